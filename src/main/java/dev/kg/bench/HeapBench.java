package dev.kg.bench;

import dev.kg.KgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap of a {@code kg convert} in a JVM of its own, read from the JVM's GC log ({@code -Xlog:gc}):
 * the most heap in use after any collection (the live set, what must fit) and before any (what the
 * heap had to hold, garbage included).
 *
 * <pre>
 *   Peak peak = HeapBench.run(List.of("java", "-Xmx1g", "-cp", cp, "dev.kg.cli.Main", "convert", …), dir);
 * </pre>
 */
public final class HeapBench {
    /** {@code 25M->5M(256M)} of a unified GC log line: used before, used after, committed. */
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** Peak use in MiB after and before collections, the largest committed heap, how many collections. */
    public record Peak(long afterGcMiB, long beforeGcMiB, long committedMiB, int collections, long nanos, int exit) {
    }

    private HeapBench() {
    }

    /**
     * Runs the command with {@code -Xlog:gc} added after its first word ({@code java}), its output to
     * {@code dir/NAME.log}.
     */
    public static Peak run(List<String> command, Path dir, String name) {
        Path gcLog = dir.resolve(name + ".gc.log");
        List<String> full = new ArrayList<>(command);
        full.add(1, "-Xlog:gc:file=" + gcLog);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        long t0 = System.nanoTime();
        try {
            int exit = builder.start().waitFor();
            long nanos = System.nanoTime() - t0;
            return parse(Files.readAllLines(gcLog), nanos, exit);
        } catch (IOException e) {
            throw new KgException("cannot run " + full + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while running " + full, e);
        }
    }

    static Peak parse(List<String> gcLog, long nanos, int exit) {
        long after = 0;
        long before = 0;
        long committed = 0;
        int collections = 0;
        for (String line : gcLog) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                collections++;
                before = Math.max(before, Long.parseLong(m.group(1)));
                if (line.contains("Pause Young") || line.contains("Pause Full")) { // a remark frees nothing yet
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
                committed = Math.max(committed, Long.parseLong(m.group(3)));
            }
        }
        return new Peak(after, before, committed, collections, nanos, exit);
    }
}
