package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code kg bench start} starts both servers as processes (target/kg.jar) and prints real start times. */
class StartBenchCommandIT {
    @Test
    void printsTheStartTimesOfBothServers() {
        Cli cli = Cli.run("bench", "start", "--runs", "1", "--java-option", "-Xmx512m", "seeds/xuzhou-2005.txt");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.err().lines().noneMatch(l -> l.contains("Exception")), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of("run", "kg_ms", "bare_ms", "ratio"), List.of(lines.get(0).trim().split("\\s+")));
        for (String row : List.of(lines.get(1), lines.get(2))) {
            String[] cells = row.trim().split("\\s+");
            for (int c = 1; c <= 3; c++) {
                assertTrue(Double.parseDouble(cells[c]) > 0, "cell " + c + " of " + row);
            }
        }
        assertEquals("1", lines.get(1).trim().split("\\s+")[0]);
        assertEquals("p50", lines.get(2).trim().split("\\s+")[0]);
    }
}
