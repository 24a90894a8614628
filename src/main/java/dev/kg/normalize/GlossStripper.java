package dev.kg.normalize;

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
        return NormalizedText.identity(text).removing(GLOSS, 0);
    }
}
