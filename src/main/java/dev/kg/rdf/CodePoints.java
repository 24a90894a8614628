package dev.kg.rdf;

/**
 * Offsets into a text counted in characters (Unicode code points), as RFC 5147 ({@code #char=b,e}),
 * NIF and SPARQL's {@code STRLEN}/{@code SUBSTR} count them, beside Java's UTF-16 indices. They
 * differ only after a character outside the Basic Multilingual Plane (𠮷, 𠀀), which Java stores as
 * two chars; for a text without one both directions are the identity and no table is kept.
 *
 * <pre>
 *   CodePoints cp = new CodePoints("𠮷野家");
 *   cp.of(2)        // 1: the UTF-16 index 2 is the second character
 *   cp.utf16(1)     // 2
 * </pre>
 */
public final class CodePoints {
    private final int length;
    /** UTF-16 index → code points before it; null when the text has no surrogate pair. */
    private final int[] toCodePoints;
    /** Code point offset → UTF-16 index; null likewise. */
    private final int[] toUtf16;

    public CodePoints(String text) {
        length = text.length();
        int count = text.codePointCount(0, length);
        if (count == length) {
            toCodePoints = null;
            toUtf16 = null;
            return;
        }
        toCodePoints = new int[length + 1];
        toUtf16 = new int[count + 1];
        int n = 0;
        for (int i = 0; i < length; ) {
            toUtf16[n] = i;
            int next = i + Character.charCount(text.codePointAt(i));
            for (int j = i; j < next; j++) {
                toCodePoints[j] = n; // an index inside a pair counts as the character it starts
            }
            i = next;
            n++;
        }
        toCodePoints[length] = count;
        toUtf16[count] = length;
    }

    /** The code point offset of a UTF-16 index of the text. */
    public int of(int utf16) {
        return toCodePoints == null ? utf16 : toCodePoints[utf16];
    }

    /** The UTF-16 index of a code point offset, clamped into the text (offsets from a file may be wrong). */
    public int utf16(int codePoints) {
        if (toUtf16 == null) {
            return Math.max(0, Math.min(length, codePoints));
        }
        return toUtf16[Math.max(0, Math.min(toUtf16.length - 1, codePoints))];
    }

    /** The text's length in code points. */
    public int length() {
        return of(length);
    }
}
