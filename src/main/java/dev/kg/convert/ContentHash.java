package dev.kg.convert;

import dev.kg.source.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an article's output depends on, as one SHA-256: the article's text (as read, UTF-8), the
 * options that change its graph (base IRI, publication date, source), the output syntax and kg's
 * version. Equal hashes mean the output would be byte for byte the same, so it need not be made again.
 *
 * <pre>
 *   String hash = ContentHash.of(article, options, "ttl");
 * </pre>
 */
public final class ContentHash {
    /** The converter's version from the jar; a development build (no jar) counts as one version. */
    static final String VERSION = versionOf();

    private ContentHash() {
    }

    public static String of(Article article, ConvertOptions options, String syntax) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        // each field on its own line, named, so that no two different inputs run together alike
        String head = "kg " + VERSION + "\nsyntax " + syntax + "\nbase " + options.base()
                + "\npublished " + options.published().map(Object::toString).orElse("")
                + "\nsource " + options.source().orElse("") + "\ntext\n";
        sha.update(head.getBytes(StandardCharsets.UTF_8));
        sha.update(article.text().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String versionOf() {
        String v = ContentHash.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
