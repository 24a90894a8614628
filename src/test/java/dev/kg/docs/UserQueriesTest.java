package dev.kg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ready-made queries in {@code queries/}: each parses and answers on the seed article's graph. */
class UserQueriesTest {
    private static final Path DIR = Path.of("queries");

    private static String read(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"person-timeline.rq", "who-met-whom.rq", "positions-by-org.rq", "provenance.rq"})
    void parsesAndReturnsRowsOnTheSeed(String file) throws IOException {
        List<QuerySolution> rows = SeedGraph.select(read(file));
        assertFalse(rows.isEmpty(), file + " returned no row on the seed's graph");
    }

    @Test
    void whoMetWhomListsEachPairOnlyOneWayRound() throws IOException {
        List<QuerySolution> rows = SeedGraph.select(read("who-met-whom.rq"));
        Set<List<String>> seen = new HashSet<>();
        for (QuerySolution row : rows) {
            String event = row.getResource("event").getURI();
            String a = row.getLiteral("person1").getString();
            String b = row.getLiteral("person2").getString();
            assertFalse(a.equals(b), "a person paired with themselves at " + event);
            assertTrue(seen.add(List.of(event, a, b)), "pair listed twice: " + a + " / " + b + " at " + event);
            assertFalse(seen.contains(List.of(event, b, a)), "pair listed both ways: " + a + " / " + b + " at " + event);
        }
    }

    @Test
    void personTimelineIsOrderedByDateWithinEachPerson() throws IOException {
        List<QuerySolution> rows = SeedGraph.select(read("person-timeline.rq"));
        for (int i = 1; i < rows.size(); i++) {
            QuerySolution prev = rows.get(i - 1);
            QuerySolution cur = rows.get(i);
            if (!prev.getLiteral("name").getString().equals(cur.getLiteral("name").getString())
                    || !prev.contains("date")) {
                continue;
            }
            if (cur.contains("date")) {
                assertTrue(prev.getLiteral("date").getString().compareTo(cur.getLiteral("date").getString()) <= 0,
                        "dates out of order at row " + i);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.contains("date") && r.contains("role")),
                "no dated participation in the timeline");
    }

    @Test
    void personTimelineShowsHowToPickOnePerson() throws IOException {
        String query = read("person-timeline.rq");
        Matcher m = Pattern.compile("(?m)^\\s*#\\s*(VALUES \\?name \\{ \"[^\"]+\" \\})\\s*$").matcher(query);
        assertTrue(m.find(), "person-timeline.rq lacks the commented VALUES ?name line");
        // uncommented, the line must still give a valid query
        QueryFactory.create(query.replace(m.group(0), m.group(1)));
    }

    @Test
    void positionsByOrgGroupsHoldersOfOneTitleInOneOrganization() throws IOException {
        List<QuerySolution> rows = SeedGraph.select(read("positions-by-org.rq"));
        Set<List<String>> keys = new HashSet<>();
        for (QuerySolution row : rows) {
            String org = row.contains("organization") ? row.getLiteral("organization").getString() : "";
            assertTrue(keys.add(List.of(org, row.getLiteral("title").getString(), row.getLiteral("titleCode").getString())),
                    "organization and title repeated: " + org + " " + row.getLiteral("title"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.contains("organization")), "no position with an organization");
    }

    @Test
    void provenanceGivesTheOriginalCharactersAtTheirOffsets() throws IOException {
        String text = Files.readString(SeedGraph.TEXT, StandardCharsets.UTF_8);
        List<QuerySolution> rows = SeedGraph.select(read("provenance.rq"));
        Set<String> kinds = new HashSet<>();
        for (QuerySolution row : rows) {
            int begin = row.getLiteral("begin").getInt();
            int end = row.getLiteral("end").getInt();
            assertEquals(text.substring(begin, end), row.getLiteral("original").getString());
            kinds.add(row.getLiteral("what").getString());
        }
        assertTrue(kinds.containsAll(Set.of("person", "position", "event", "participation")), "kinds: " + kinds);
    }
}
