package dev.kg.link;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two spellings of a GB/T 2260 division code: ours, six digits ({@code 320382}, as in the
 * gazetteer and {@code dcterms:identifier}), and Wikidata's P442, pairs of digits separated by
 * spaces with trailing {@code 00} pairs dropped ({@code "32 03 82"}; 徐州 {@code "32 03"}; 江苏
 * {@code "32"}). Matching always compares the six-digit form.
 *
 * <pre>
 * DivisionCode.toWikidata("320300")      // "32 03"
 * DivisionCode.normalize("32 03")        // Optional[320300]
 * </pre>
 */
public final class DivisionCode {
    private static final Pattern SIX = Pattern.compile("\\d{6}");
    // Wikidata also has a few codes written without spaces, or with 12 digits (township level)
    private static final Pattern PAIRS = Pattern.compile("\\d{2}( ?\\d{2}){0,2}");

    private DivisionCode() {}

    /** Wikidata's P442 form of a six-digit code. */
    public static String toWikidata(String code) {
        if (!SIX.matcher(code).matches()) {
            throw new IllegalArgumentException("not a six-digit division code: '" + code + "'");
        }
        String trimmed = code;
        while (trimmed.length() > 2 && trimmed.endsWith("00")) {
            trimmed = trimmed.substring(0, trimmed.length() - 2);
        }
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i += 2) {
            spaced.append(i == 0 ? "" : " ").append(trimmed, i, i + 2);
        }
        return spaced.toString();
    }

    /**
     * The six-digit form of a code in either spelling ({@code "32 03"}, {@code "3203"},
     * {@code "320300"}); empty for anything else (a township's 9- or 12-digit code, a typo).
     */
    public static Optional<String> normalize(String code) {
        String s = code.strip();
        if (!PAIRS.matcher(s).matches()) {
            return Optional.empty();
        }
        String digits = s.replace(" ", "");
        return Optional.of(digits + "0".repeat(6 - digits.length()));
    }
}
