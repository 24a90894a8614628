package dev.kg.normalize;

/** Whether characters are Han (Chinese) script: the one test every stage shares. */
public final class Han {
    private Han() {}

    public static boolean is(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Non-empty and every character Han. */
    public static boolean all(CharSequence s) {
        return s.length() > 0 && s.codePoints().allMatch(Han::is);
    }
}
