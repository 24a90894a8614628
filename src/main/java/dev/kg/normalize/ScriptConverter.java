package dev.kg.normalize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
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

    public static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
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
