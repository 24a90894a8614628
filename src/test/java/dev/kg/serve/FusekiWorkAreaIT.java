package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve} run from an empty folder, as a process of its own without {@code FUSEKI_BASE}:
 * Fuseki's admin module would make its work area {@code ./run} there; kg puts it in the database.
 */
class FusekiWorkAreaIT {
    private static final Path JAR = Path.of("target", "kg.jar").toAbsolutePath();
    private static final Path SEED = Path.of("seeds", "xuzhou-2005.txt").toAbsolutePath();

    @TempDir
    Path cwd;

    @Test
    void serveCreatesNothingInTheCurrentFolderButItsDatabase() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the integration tests run after 'package' made " + JAR);
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-jar", JAR.toString(), "serve", "--db", "X", "--port", "0", SEED.toString())
                .directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().remove("FUSEKI_BASE");
        Process p = pb.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("SPARQL endpoint: ")) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        assertTrue(output.toString().contains("SPARQL endpoint: "), "kg serve started:\n" + output);
        try (Stream<Path> here = Files.list(cwd)) {
            assertEquals(List.of("X"), here.map(f -> f.getFileName().toString()).toList(), output.toString());
        }
        Path area = cwd.resolve("X").resolve(FusekiWorkArea.DIR);
        assertTrue(Files.isRegularFile(area.resolve("config.ttl")), "Fuseki's work area is in the database: " + area);
    }
}
