package dev.kg.normalize;

/**
 * An article's text after normalization, with the map back to the original: character {@code i} of
 * {@link #text()} came from character {@code toOriginal[i]} of {@link #original()}.
 */
public record NormalizedText(String original, String text, int[] toOriginal) {
    public NormalizedText {
        if (toOriginal.length != text.length()) {
            throw new IllegalArgumentException("offset map length " + toOriginal.length
                    + " != text length " + text.length());
        }
    }

    /** Start offset in the original text of the normalized span starting at {@code start}. */
    public int originalStart(int start) {
        return start >= text.length() ? original.length() : toOriginal[start];
    }

    /**
     * End offset (exclusive) in the original text of the normalized span ending at {@code end}
     * (exclusive). A gloss right after the span's last character is not part of the span.
     */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : toOriginal[end - 1] + 1;
    }

    /** The original characters behind a normalized span, glosses inside it included. */
    public String originalSlice(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
