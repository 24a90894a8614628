package dev.kg.normalize;

/**
 * Normalization stage: strip pinyin glosses, close the padding inside two-character names, then
 * convert to simplified characters, keeping a map
 * from every normalized character back to the original text.
 */
public final class Normalizer {
    private Normalizer() {}

    public static NormalizedText normalize(String original) {
        NormalizedText stripped = NamePadding.close(GlossStripper.strip(original));
        String simplified = ScriptConverter.toSimplified(stripped.text());
        if (simplified.length() != stripped.text().length()) {
            // HanLP converts by words; should a word change length, fall back to one character at a
            // time so that the offset map stays exact.
            StringBuilder sb = new StringBuilder(stripped.text().length());
            for (int i = 0; i < stripped.text().length(); i++) {
                String one = ScriptConverter.toSimplified(String.valueOf(stripped.text().charAt(i)));
                sb.append(one.length() == 1 ? one : String.valueOf(stripped.text().charAt(i)));
            }
            simplified = sb.toString();
        }
        return new NormalizedText(original, simplified, stripped.toOriginal());
    }
}
