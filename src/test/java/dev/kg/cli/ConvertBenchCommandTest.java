package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConvertBenchCommandTest {
    @Test
    void printsHanlpAndKgRowsPerThreadCountWithRatiosAndSpeedUps() {
        Cli cli = Cli.run("bench", "convert", "--size", "40k", "--threads", "1,2", "--runs", "1", "seeds/xuzhou-2005.txt");
        assertEquals(0, cli.exit(), cli.err());
        List<String> rows = cli.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("threads", "engine", "median_s", "chars/s", "chars/s/thread", "vs_hanlp", "speedup", "chars/cpu_s", "cpu_vs_hanlp"),
                List.of(rows.get(0).trim().split("\\s+")), cli.out());
        assertEquals(7, rows.size(), cli.out());
        String[] engines = {"hanlp", "nlp", "kg", "hanlp", "nlp", "kg"};
        String[] threads = {"1", "1", "1", "2", "2", "2"};
        for (int i = 0; i < 6; i++) {
            String[] cells = rows.get(i + 1).trim().split("\\s+");
            assertEquals(threads[i], cells[0], rows.get(i + 1));
            assertEquals(engines[i], cells[1], rows.get(i + 1));
            for (int c : new int[] {2, 3, 4, 6, 7}) {
                assertTrue(Double.parseDouble(cells[c]) > 0, rows.get(i + 1));
            }
            assertEquals(!engines[i].equals("hanlp"), !cells[5].equals("-"), rows.get(i + 1));
            assertEquals(!engines[i].equals("hanlp"), !cells[8].equals("-"), rows.get(i + 1));
            if (!engines[i].equals("hanlp")) {
                assertTrue(Double.parseDouble(cells[5]) > 0 && Double.parseDouble(cells[8]) > 0, rows.get(i + 1));
            }
        }
        assertEquals("1.00", rows.get(1).trim().split("\\s+")[6]);
        assertEquals("1.00", rows.get(2).trim().split("\\s+")[6]);
        assertEquals("1.00", rows.get(3).trim().split("\\s+")[6]);
        assertTrue(cli.out().contains("# ") && cli.out().contains("load average before"), cli.out());
        // the seed is about 40 KB of UTF-8 (traditional script, 3 bytes a char): at most two copies
        long chars = Long.parseLong(cli.out().lines().filter(l -> l.contains(" chars")).findFirst().orElseThrow()
                .replaceAll("# \\d+ articles, (\\d+) chars", "$1"));
        assertTrue(chars > 10_000 && chars < 30_000, "chars " + chars);
    }

    @Test
    void refusesZeroThreads() {
        Cli cli = Cli.run("bench", "convert", "--threads", "0", "seeds/xuzhou-2005.txt");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("at least 1"), cli.err());
    }
}
