package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code kg bench serve} drives both servers on one TDB2 database and prints a row of real measurements per client count. */
class ServeBenchCommandIT {
    @Test
    void printsARowPerClientCountWithBothServersAnsweringWithoutErrors() {
        Cli cli = Cli.run("bench", "serve", "--seconds", "1", "--warmup", "0", "--clients", "1,2", "seeds/xuzhou-2005.txt");
        assertEquals(0, cli.exit(), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of("clients", "kg_req/s", "bare_req/s", "ratio", "kg_p50", "bare_p50", "kg_p99", "bare_p99",
                "kg_err", "bare_err"), List.of(lines.get(0).trim().split("\\s+")));
        for (int i = 0; i < 2; i++) {
            String[] cells = lines.get(i + 1).trim().split("\\s+");
            assertEquals(String.valueOf(i + 1), cells[0]);
            for (int c = 1; c <= 7; c++) {
                assertTrue(Double.parseDouble(cells[c]) > 0, "cell " + c + " of " + lines.get(i + 1));
            }
            assertEquals("0", cells[8], "kg errors: " + lines.get(i + 1));
            assertEquals("0", cells[9], "bare errors: " + lines.get(i + 1));
        }
        assertTrue(lines.get(3).contains("persons") && lines.get(3).contains("describe"), lines.get(3));
        // the page table: our entity page (through the 303) against a DESCRIBE on bare, both answered
        assertEquals(lines.get(0), lines.get(5));
        for (int i = 0; i < 2; i++) {
            String[] cells = lines.get(i + 6).trim().split("\\s+");
            assertTrue(Double.parseDouble(cells[1]) > 0 && Double.parseDouble(cells[2]) > 0, lines.get(i + 6));
            assertEquals("0", cells[8], "kg page errors: " + lines.get(i + 6));
            assertEquals("0", cells[9], "bare errors: " + lines.get(i + 6));
        }
        assertTrue(lines.get(8).contains("GET /kgnews/id/xuzhou-2005/person/"), lines.get(8));
    }
}
