package dev.kg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;

/**
 * Where Fuseki's admin module keeps its work area (configuration, backups, logs, templates,
 * {@code shiro.ini}). Fuseki 5.6 makes it, when the server is built, in {@code $FUSEKI_BASE}, read
 * first as a system property and then as an environment variable ({@code Lib.getenv}), else in
 * {@code ./run} of the current folder. kg must not write into the user's current folder, so unless
 * the user chose {@code FUSEKI_BASE} the work area goes inside the database folder (or a temporary
 * folder for a database in memory).
 *
 * <pre>
 *   KgServer server = FusekiWorkArea.in(db.resolve("fuseki"), () -&gt; KgServer.start(dsg, 0, true));
 * </pre>
 */
public final class FusekiWorkArea {
    /** The work area's folder inside a kg database folder. */
    public static final String DIR = "fuseki";

    private FusekiWorkArea() {
    }

    /**
     * Builds and starts a server with its work area in {@code dir}, unless {@code FUSEKI_BASE} is set
     * (the user's choice wins). The system property is set only while the server is built, where
     * Fuseki reads it, so other servers of this JVM keep their own.
     */
    public static synchronized <T> T in(Path dir, Supplier<T> start) {
        if (Lib.getenv(FusekiServerCtl.envFusekiBase) != null) {
            return start.get();
        }
        System.setProperty(FusekiServerCtl.envFusekiBase, dir.toAbsolutePath().toString());
        try {
            return start.get();
        } finally {
            System.clearProperty(FusekiServerCtl.envFusekiBase);
        }
    }

    /** A temporary folder for the work area of a server without a database folder, deleted at exit. */
    public static Path temporary() {
        try {
            Path dir = Files.createTempDirectory("kg-fuseki-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "kg-fuseki-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for Fuseki's work area", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // at exit there is no one left to tell; the folder is under the system's temporary folder
        }
    }
}
