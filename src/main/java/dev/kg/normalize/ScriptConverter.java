package dev.kg.normalize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Traditional ↔ simplified conversion and pinyin, all by HanLP. */
public final class ScriptConverter {
    // compiled once: every IRI minted from a name goes through pinyinSlug
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern END_DASH = Pattern.compile("^-|-$");
    private ScriptConverter() {}

    /** Simplified script: HanLP's conversion, then the variants it leaves ({@code lexicon/variant-characters.tsv}). */
    public static String toSimplified(String text) {
        String simplified = HanLP.convertToSimplifiedChinese(text);
        Map<Character, Character> variants = Variants.TABLE;
        StringBuilder out = null;
        for (int i = 0; i < simplified.length(); i++) {
            Character standard = variants.get(simplified.charAt(i));
            if (standard != null) {
                if (out == null) {
                    out = new StringBuilder(simplified);
                }
                out.setCharAt(i, standard);
            }
        }
        return out == null ? simplified : out.toString();
    }

    /** Read once, on first use. */
    private static final class Variants {
        static final Map<Character, Character> TABLE = read();

        private static Map<Character, Character> read() {
            Map<Character, Character> table = new HashMap<>();
            try (InputStream in = ScriptConverter.class.getResourceAsStream("/lexicon/variant-characters.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("lexicon/variant-characters.tsv is missing from the jar");
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.split("\t"))
                        .forEach(cols -> table.put(cols[0].charAt(0), cols[1].charAt(0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(table);
        }
    }

    public static String toTraditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /** Pinyin with tone marks, syllables separated by spaces ({@code gù xīng}); non-Han kept. */
    public static String pinyinWithTones(String text) {
        return pinyin(text, true, " ");
    }

    /** Toneless ASCII pinyin joined by {@code -} ({@code gu-xing}), for IRIs. */
    public static String pinyinSlug(String text) {
        String slug = pinyin(text, false, "-").toLowerCase(Locale.ROOT)
                .replace('ü', 'v');
        slug = NOT_SLUG.matcher(slug).replaceAll("-");
        slug = DASHES.matcher(slug).replaceAll("-");
        slug = END_DASH.matcher(slug).replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }

    private static String pinyin(String text, boolean tones, String separator) {
        List<Pinyin> syllables = HanLP.convertToPinyinList(text);
        StringJoiner out = new StringJoiner(separator);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin p = i < syllables.size() ? syllables.get(i) : Pinyin.none5;
            if (p == Pinyin.none5 || !Han.is(c)) {
                out.add(String.valueOf(c));
            } else {
                out.add(tones ? p.getPinyinWithToneMark() : p.getPinyinWithoutTone());
            }
        }
        return out.toString();
    }
}
