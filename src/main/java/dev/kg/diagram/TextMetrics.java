package dev.kg.diagram;

/**
 * Estimated text widths for laying out diagrams without a font engine: CJK characters are one em,
 * Latin ones about 0.6 em. Estimates err wide so that boxes never clip their text.
 */
public final class TextMetrics {
    private TextMetrics() {}

    public static double width(String s, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            em += advance(cp);
        }
        return em * fontSize * (bold ? 1.08 : 1.0);
    }

    private static double advance(int cp) {
        if (cp >= 0x2E80) {
            return 1.0;
        }
        if (cp == ' ' || cp == ':' || cp == '.' || cp == ',' || cp == 'i' || cp == 'l' || cp == 'j' || cp == '\'') {
            return 0.32;
        }
        if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W') {
            return 0.9;
        }
        if (Character.isUpperCase(cp)) {
            return 0.7;
        }
        return 0.58;
    }
}
