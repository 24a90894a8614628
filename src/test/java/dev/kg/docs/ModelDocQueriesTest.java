package dev.kg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's "The model" section: its three example queries answer on the seed's graph; its links resolve. */
class ModelDocQueriesTest {
    private static final Path MODEL = Path.of("README.md");
    private static String markdown;
    private static List<String> queries;

    @BeforeAll
    static void read() throws IOException {
        String readme = Files.readString(MODEL, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## The model\n");
        int end = readme.indexOf("\n## ", start + 1);
        markdown = readme.substring(start, end < 0 ? readme.length() : end);
        queries = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```sparql\\n(.*?)```").matcher(markdown);
        while (m.find()) {
            queries.add(m.group(1));
        }
    }

    @Test
    void hasThreeQueries() {
        assertEquals(3, queries.size(), "```sparql blocks in " + MODEL);
    }

    @Test
    void positionsWithTheirSentence() {
        List<QuerySolution> rows = SeedGraph.select(queries.get(0));
        assertFalse(rows.isEmpty());
        for (QuerySolution row : rows) {
            String sentence = row.getLiteral("sentence").getString();
            assertTrue(sentence.length() > row.getLiteral("title").getString().length(), "sentence: " + sentence);
        }
    }

    @Test
    void eventsWithTheirChair() {
        List<QuerySolution> rows = SeedGraph.select(queries.get(1));
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertFalse(r.getLiteral("chair").getString().isBlank()));
    }

    @Test
    void originalCharactersBehindParticipations() throws IOException {
        String text = Files.readString(SeedGraph.TEXT, StandardCharsets.UTF_8);
        List<QuerySolution> rows = SeedGraph.select(queries.get(2));
        assertFalse(rows.isEmpty());
        for (QuerySolution row : rows) {
            int begin = row.getLiteral("begin").getInt();
            int end = row.getLiteral("end").getInt();
            assertEquals(text.substring(begin, end), row.getLiteral("original").getString());
        }
    }

    @Test
    void diagramAndLinksPointAtFilesInTheRepository() {
        assertTrue(markdown.contains("![model](docs/ontology.svg)"), "diagram link, relative to the repository root");
        Matcher m = Pattern.compile("\\]\\(((?:docs|queries)/[^)#]*)(?:#([^)]+))?\\)").matcher(markdown);
        int links = 0;
        while (m.find()) {
            links++;
            Path target = Path.of(m.group(1));
            assertTrue(Files.exists(target), "link to a missing file: " + m.group(0));
            if (m.group(2) != null) {
                String html = read(target);
                assertTrue(html.contains("id=\"" + m.group(2) + "\""), "link to a missing anchor: " + m.group(0));
            }
        }
        assertTrue(links >= 4, "links found: " + links);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(p + ": " + e.getMessage(), e);
        }
    }
}
