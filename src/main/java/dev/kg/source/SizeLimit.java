package dev.kg.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest article kg reads, in bytes (UTF-8): checked from a file's size, or while reading a JSON
 * Lines line, before the article is held in memory. News articles of the genre are under 100 KB; the
 * default, 4 MiB, leaves room for long reports and refuses dumps and runaway lines.
 *
 * <pre>
 *   SizeLimit.parse("512k").bytes()   // 524288
 * </pre>
 */
public record SizeLimit(long bytes) {
    public static final SizeLimit DEFAULT = new SizeLimit(4L << 20);
    /** No limit: what library callers that build their own articles get. */
    public static final SizeLimit NONE = new SizeLimit(Long.MAX_VALUE);
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(i?b)?", Pattern.CASE_INSENSITIVE);

    public SizeLimit {
        if (bytes < 1) {
            throw new IllegalArgumentException("a size limit is at least 1 byte: " + bytes);
        }
    }

    /** {@code 4194304}, {@code 512k}, {@code 4m}, {@code 4MiB}, {@code 1g}: k, m, g are powers of 1024. */
    public static SizeLimit parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (e.g. 4m, 512k or 100000)");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long n = Long.parseLong(m.group(1));
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return new SizeLimit(n << shift);
    }

    public boolean exceededBy(long size) {
        return size > bytes;
    }

    /** Why an article of {@code size} bytes is refused, for a {@link SourceException}. */
    String reason(long size) {
        return "too large: " + human(size) + ", over the limit of " + this;
    }

    static String hint() {
        return "news articles are far smaller; split it, or raise --max-article-size";
    }

    @Override
    public String toString() {
        return human(bytes);
    }

    private static String human(long n) {
        if (n == Long.MAX_VALUE) {
            return "no limit";
        }
        String[] units = {"bytes", "KiB", "MiB", "GiB"};
        int u = 0;
        double v = n;
        while (v >= 1024 && u < units.length - 1 && n % (1L << (10 * (u + 1))) == 0) {
            v /= 1024;
            u++;
        }
        if (u == 0 && n >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
        return (long) v + " " + units[u];
    }
}
