package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapBenchCommandTest {
    @Test
    void convertsEachSizeInAChildJvmAndReadsItsPeakHeapFromTheGcLog(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        // a small initial heap, so that even a few articles make the JVM collect and log its heap
        Cli cli = Cli.run("bench", "heap", "--articles", "6,3", "--java-option=-Xmx256m", "--java-option=-Xms16m",
                "--convert-option=--threads=1", "--keep", work.toString());
        assertEquals(0, cli.exit(), cli.err());
        List<String> rows = cli.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(3, rows.size(), cli.out());
        int[] articles = {3, 6};
        for (int i = 0; i < 2; i++) {
            String[] cells = rows.get(i + 1).trim().split("\\s+");
            assertEquals(String.valueOf(articles[i]), cells[0], rows.get(i + 1));
            assertEquals("0", cells[3], "kg convert's exit status: " + rows.get(i + 1));
            assertTrue(Long.parseLong(cells[4]) > 0 && Long.parseLong(cells[4]) <= 256, "peak after GC " + rows.get(i + 1));
            assertTrue(Long.parseLong(cells[5]) >= Long.parseLong(cells[4]), rows.get(i + 1));
            assertTrue(Integer.parseInt(cells[7]) > 0, "collections " + rows.get(i + 1));
            try (var files = Files.list(work.resolve("out-" + articles[i]))) {
                assertEquals(articles[i], files.filter(p -> p.toString().endsWith(".nq")).count());
            }
        }
        assertEquals("1.00", rows.get(1).trim().split("\\s+")[8]);
    }
}
