package dev.kg.normalize;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The text as it stands, each character its own original. */
    public static NormalizedText identity(String text) {
        int[] map = new int[text.length()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new NormalizedText(text, text, map);
    }

    /** This text without the characters that {@code group} of each match of {@code pattern} covers. */
    public NormalizedText removing(Pattern pattern, int group) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        int n = 0;
        int from = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int i = from; i < m.start(group); i++) {
                out.append(text.charAt(i));
                map[n++] = toOriginal[i];
            }
            from = m.end(group);
        }
        for (int i = from; i < text.length(); i++) {
            out.append(text.charAt(i));
            map[n++] = toOriginal[i];
        }
        return new NormalizedText(original, out.toString(), Arrays.copyOf(map, n));
    }
}
