package dev.kg.normalize;

import java.util.regex.Pattern;

/**
 * Closes the space that typesetting puts inside a two-character name to give it the width of a
 * three-character one ({@code (赵 华)}, {@code 摄影 钱 明}): a lone Han character, one space, a lone
 * Han character, standing between brackets, white space or the separators of a credit line (撰稿：钱 明、…), become
 * one word.
 */
public final class NamePadding {
    private static final Pattern PADDED = Pattern.compile(
            "(?<=[(（\\s:：/、])\\p{IsHan}([ \\u3000])\\p{IsHan}(?=[)）\\s、,，])");

    private NamePadding() {}

    /** The text without such spaces, its map still pointing into the original. */
    public static NormalizedText close(NormalizedText in) {
        return in.removing(PADDED, 1);
    }
}
