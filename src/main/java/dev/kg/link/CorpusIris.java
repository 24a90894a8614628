package dev.kg.link;

import dev.kg.normalize.ScriptConverter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * IRIs of the corpus-level resources, one per real person, organization and place across articles:
 * the pinyin of the normalized name and a disambiguator, so the same input gives the same IRIs.
 *
 * <pre>
 *   {base}place/{pinyin}-{code}          徐州市 → place/xu-zhou-shi-320300
 *   {base}org/{pinyin}-{code|cn|hash}    徐州市委 → org/xu-zhou-shi-wei-320300; 中央 → org/zhong-yang-cn
 *   {base}person/{pinyin}-{code|hash}    王建华 of 徐州 → person/wang-jian-hua-320300
 * </pre>
 */
public final class CorpusIris {
    /** Disambiguator of a body of the whole country. */
    public static final String NATIONAL = "cn";

    private final String base;

    public CorpusIris(String base) {
        this.base = base;
    }

    public String place(Division d) {
        return place(d.name(), d.code());
    }

    /** A place by name within a division (a town of a county), or by name and code. */
    public String place(String name, String disambiguator) {
        return base + "place/" + ScriptConverter.pinyinSlug(name) + "-" + disambiguator;
    }

    public String org(String name, String disambiguator) {
        return base + "org/" + ScriptConverter.pinyinSlug(name) + "-" + disambiguator;
    }

    public String person(String name, String disambiguator) {
        return base + "person/" + ScriptConverter.pinyinSlug(name) + "-" + disambiguator;
    }

    /** A short, stable disambiguator for a resource known only by itself (an article-level IRI). */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
