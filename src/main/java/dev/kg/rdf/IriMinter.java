package dev.kg.rdf;

import dev.kg.normalize.ScriptConverter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place where strings become IRIs. Every IRI depends only on the base, the article id and
 * the extracted content, so the same article gives the same IRIs on every run.
 *
 * <pre>
 *   {base}{article}                       the article
 *   {base}{article}/s{n}                  a sentence
 *   {base}{article}#char={begin},{end}    a span of the original text (RFC 5147)
 *   {base}{article}/person/{pinyin}       a person (likewise org/, place/)
 *   {base}{article}/position/{hash}       a position
 *   {base}{article}/event/{n}             an event
 *   {base}{article}/participation/{n}-{role}-{person}   a person's role in event n
 * </pre>
 *
 * Each kind has its own namespace, so that {@link #prefixes()} can make them read
 * {@code person:xu-ming} in Turtle.
 */
public final class IriMinter {
    private static final String PERSON = "/person/";
    private static final String ORG = "/org/";
    private static final String PLACE = "/place/";
    private static final String POSITION = "/position/";
    private static final String EVENT = "/event/";
    private static final String PARTICIPATION = "/participation/";

    private final String base;
    private final String article;
    private final Map<String, String> slugs = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    public IriMinter(String base, String articleId) {
        this.base = base;
        this.article = base + encode(articleId);
    }

    /**
     * Prefix → namespace for each kind of IRI minted here: {@code article:} for the base (the article
     * reads {@code article:ID}), {@code :} for the article's own namespace (sentences read {@code :s1}),
     * {@code person:}, {@code organization:} (not {@code org:}, which is the W3C vocabulary),
     * {@code place:}, {@code position:}, {@code event:} and {@code participation:}.
     */
    public Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("article", base);
        p.put("", article + "/");
        p.put("person", article + PERSON);
        p.put("organization", article + ORG);
        p.put("place", article + PLACE);
        p.put("position", article + POSITION);
        p.put("event", article + EVENT);
        p.put("participation", article + PARTICIPATION);
        return p;
    }

    public String article() {
        return article;
    }

    public String sentence(int index) {
        return article + "/s" + (index + 1);
    }

    public String span(int begin, int end) {
        return article + "#char=" + begin + "," + end;
    }

    public String person(String name) {
        return article + PERSON + slug("person", name);
    }

    public String org(String name) {
        return article + ORG + slug("org", name);
    }

    public String place(String name) {
        return article + PLACE + slug("place", name);
    }

    public String position(String person, String title, String org) {
        return article + POSITION + hash(person + "\t" + title + "\t" + (org == null ? "" : org));
    }

    public String event(int number) {
        return article + EVENT + number;
    }

    public String participation(int event, String role, String person) {
        return article + PARTICIPATION + event + "-" + role + "-" + slug("person", person);
    }

    /** Pinyin slug, made unique within its kind by a numeric suffix in order of first use. */
    private String slug(String kind, String name) {
        return slugs.computeIfAbsent(kind + "\t" + name, k -> {
            String base = ScriptConverter.pinyinSlug(name);
            String s = base;
            for (int i = 2; !taken.add(kind + "\t" + s); i++) {
                s = base + "-" + i;
            }
            return s;
        });
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
