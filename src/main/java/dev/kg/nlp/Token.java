package dev.kg.nlp;

/**
 * One segment of normalized text with its HanLP part of speech; {@code word} is always
 * {@code text.substring(start, end)}.
 */
public record Token(String word, String nature, int start, int end) {
    public boolean isPunctuation() {
        return nature.startsWith("w");
    }

    public boolean natureStartsWith(String prefix) {
        return nature.startsWith(prefix);
    }
}
