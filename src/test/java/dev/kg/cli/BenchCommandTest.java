package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void printsOneRowOfPositiveNumbersPerSizeSmallestFirst() {
        Cli cli = Cli.run("bench", "--sizes", "8k,2k", "--repeat", "1", "seeds/xuzhou-2005.txt");
        assertEquals(0, cli.exit(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(3, lines.size(), cli.out());
        assertEquals(List.of("bytes", "chars", "median_ms", "chars/s", "peak_heap_MiB", "ratio"),
                List.of(lines.get(0).trim().split("\\s+")));
        long[] expectedBytes = {2048, 8192};
        for (int i = 0; i < 2; i++) {
            String[] cells = lines.get(i + 1).trim().split("\\s+");
            assertEquals(6, cells.length, lines.get(i + 1));
            long bytes = Long.parseLong(cells[0]);
            assertTrue(bytes <= expectedBytes[i] && bytes > expectedBytes[i] - 4, "bytes " + bytes);
            assertTrue(Long.parseLong(cells[1]) > bytes / 4, "chars " + cells[1]); // Chinese: 3 bytes a char
            for (int c = 2; c < cells.length; c++) {
                assertTrue(Double.parseDouble(cells[c]) > 0, "cell " + c + " of " + lines.get(i + 1));
            }
        }
        assertEquals("1.00", lines.get(1).trim().split("\\s+")[5]);
    }

    @Test
    void refusesASizeThatIsNotOne() {
        Cli cli = Cli.run("bench", "--sizes", "lots");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("'lots' is not a size"), cli.err());
    }
}
