package dev.kg.serve;

import dev.kg.convert.ConvertOptions;

/**
 * How {@link KgServer} listens and what it allows: one value instead of a constructor per combination.
 * {@link #local(int)} is the safe default (localhost only, default limits, admin locked, the default
 * base IRI); the {@code with…} methods change one setting each.
 *
 * <pre>
 *   KgServer.start(dsg, ServerSettings.local(3030).withAdmin(AdminAccess.password("s3cret")));
 * </pre>
 *
 * @param port     the port (0 picks a free one)
 * @param loopback listen on localhost only, rather than on every interface
 * @param limits   what one query may take
 * @param admin    who may change the server through {@code /$/}
 * @param base     the base of the IRIs whose pages the server answers (see {@link dev.kg.web.Pages})
 */
public record ServerSettings(int port, boolean loopback, ServerLimits limits, AdminAccess admin, String base) {
    public static ServerSettings local(int port) {
        return new ServerSettings(port, true, ServerLimits.DEFAULT, AdminAccess.locked(), ConvertOptions.DEFAULT_BASE);
    }

    public ServerSettings withLoopback(boolean loopback) {
        return new ServerSettings(port, loopback, limits, admin, base);
    }

    public ServerSettings withLimits(ServerLimits limits) {
        return new ServerSettings(port, loopback, limits, admin, base);
    }

    public ServerSettings withAdmin(AdminAccess admin) {
        return new ServerSettings(port, loopback, limits, admin, base);
    }

    public ServerSettings withBase(String base) {
        return new ServerSettings(port, loopback, limits, admin, base);
    }
}
