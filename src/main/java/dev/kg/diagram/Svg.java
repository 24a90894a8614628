package dev.kg.diagram;

import java.util.Locale;

/** Number formatting for SVG attributes, the same on every platform (so diagrams are byte-stable). */
public final class Svg {
    private Svg() {}

    /** A coordinate with at most one decimal. */
    public static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        if (s.equals("-0.0")) {
            return "0";
        }
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
