package dev.kg.serve;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one client may ask of the server: how long a query may run, how many rows a SELECT
 * returns, and which hosts a {@code SERVICE} clause may call (none unless the operator lists them).
 *
 * @param timeout      every query is cancelled after this long, whether or not its client is still there
 * @param maxRows      a SELECT without LIMIT, or with a larger one, gets at most this many rows
 * @param serviceHosts hosts a {@code SERVICE} clause may call; empty refuses every {@code SERVICE}
 */
public record ServerLimits(Duration timeout, long maxRows, Set<String> serviceHosts) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final ServerLimits DEFAULT = new ServerLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, Set.of());

    public ServerLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
        }
        // host names compare case-insensitively, as URIs do
        serviceHosts = serviceHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
