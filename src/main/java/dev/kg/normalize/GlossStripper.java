package dev.kg.normalize;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes interlinear pinyin glosses that republishing sites put after some characters, as in
 * {@code 共產(chǎn)黨員}: a bracketed syllable right after a Han character, in ASCII or full-width
 * brackets, carrying a tone mark or ü. Real parenthetical text ({@code (记者 王某)}) has no tone
 * marks and is kept.
 */
public final class GlossStripper {
    /** Letters of a pinyin syllable; at least one must be a tone-marked vowel or ü. */
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[(（]([a-zA-Z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜǕǗǙǛĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)[)）]");

    private GlossStripper() {}

    /** The text without glosses, with each kept character's offset in {@code text}. */
    public static NormalizedText strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        int n = 0;
        int from = 0;
        Matcher m = GLOSS.matcher(text);
        while (m.find()) {
            for (int i = from; i < m.start(); i++) {
                out.append(text.charAt(i));
                map[n++] = i;
            }
            from = m.end();
        }
        for (int i = from; i < text.length(); i++) {
            out.append(text.charAt(i));
            map[n++] = i;
        }
        return new NormalizedText(text, out.toString(), Arrays.copyOf(map, n));
    }
}
