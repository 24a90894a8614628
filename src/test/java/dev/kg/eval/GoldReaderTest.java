package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.DevCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
    private static final Path SEED_GOLD = Path.of("seeds/xuzhou-2005.gold.json");

    /** A valid gold file; tests break one field of it at a time. */
    private static final String VALID = """
            {"id": "t", "source": null, "published": "2009-03-05",
             "persons": [{"name": "甲乙"}],
             "organizations": [{"name": "徐州市委", "aliases": ["市委"]}, {"name": "检查组"}],
             "places": [{"name": "徐州市", "aliases": []}],
             "positions": [{"person": "甲乙", "title": "副组长", "org": "检查组"}],
             "events": [{"id": "e1", "kind": "meeting", "label": "汇报会", "start": "--09-12", "end": null,
                         "part_of_day": "上午", "place": "徐州市", "organizer": "徐州市委",
                         "participants": [{"person": "甲乙", "role": "chair"}]}]}
            """;

    @Test
    void readsTheSeedGold() {
        GoldArticle gold = GoldReader.read(SEED_GOLD);

        assertEquals("xuzhou-2005", gold.id());
        assertEquals(Optional.empty(), gold.published());
        assertEquals(List.of("朱成林", "顾星", "夏春胜", "徐鸣", "陆正方", "肖俊"), gold.persons());
        assertEquals(11, gold.organizations().size());
        assertEquals(List.of(new GoldEntity("徐州市委", List.of("市委", "中共徐州市委"))),
                gold.organizationsNamed("市委"));
        assertEquals(List.of(), gold.organizations().stream()
                .filter(o -> o.name().equals("徐州矿务集团")).findFirst().orElseThrow().aliases());
        assertTrue(gold.placesNamed("我市").stream().anyMatch(p -> p.name().equals("徐州市")));

        assertEquals(8, gold.positions().size());
        assertTrue(gold.positions().contains(new GoldPosition("徐鸣", "市领导", Optional.empty())));
        assertTrue(gold.positions().contains(new GoldPosition("朱成林", "副组长", Optional.of("中央巡回检查组"))));

        assertEquals(5, gold.events().size());
        GoldEvent meeting = gold.events().get(1);
        assertEquals("e2", meeting.id());
        assertEquals("meeting", meeting.kind());
        assertEquals("汇报会", meeting.label());
        assertEquals(Optional.of("--09-12"), meeting.start());
        assertEquals(Optional.empty(), meeting.end());
        assertEquals(Optional.of("上午"), meeting.partOfDay());
        assertEquals(Optional.of("徐州市"), meeting.place());
        assertEquals(Optional.of("徐州市委先进性教育活动领导小组"), meeting.organizer());
        assertTrue(meeting.participants().contains(new GoldParticipant("徐鸣", "reporter")));
        assertTrue(meeting.participants().contains(new GoldParticipant("徐鸣", "attendee")));
        assertEquals(Optional.empty(), gold.events().get(3).start());
    }

    @Test
    void readsPublishedAndOptionalFields() {
        GoldArticle gold = GoldReader.parse(VALID, "t.gold.json");

        assertEquals(Optional.of(LocalDate.of(2009, 3, 5)), gold.published());
        assertEquals(Optional.empty(), gold.source());
        // "aliases" may be left out when there are none
        assertEquals(List.of(), gold.organizations().get(1).aliases());
    }

    @Test
    void readsEveryDevGoldFile() throws IOException {
        Path dev = DevCorpus.require();
        try (Stream<Path> files = Files.list(dev)) {
            List<Path> golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
            assertFalse(golds.isEmpty());
            for (Path p : golds) {
                String name = p.getFileName().toString();
                assertEquals(name.substring(0, name.length() - ".gold.json".length()), GoldReader.read(p).id());
            }
        }
    }

    @Test
    void aMissingFieldIsNamedWithTheFile() {
        String json = VALID.replace("\"persons\": [{\"name\": \"甲乙\"}],", "");
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.parse(json, "t.gold.json"));
        assertEquals("t.gold.json: persons: missing", e.getMessage());
    }

    @Test
    void anUnknownRoleIsNamedByItsPath() {
        String json = VALID.replace("\"role\": \"chair\"", "\"role\": \"host\"");
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.parse(json, "t.gold.json"));
        assertTrue(e.getMessage().startsWith("t.gold.json: events[0].participants[0].role: expected one of"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\"host\""), e.getMessage());
    }

    @Test
    void anUnknownKindIsRejected() {
        String json = VALID.replace("\"kind\": \"meeting\"", "\"kind\": \"party\"");
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.parse(json, "t.gold.json"));
        assertTrue(e.getMessage().startsWith("t.gold.json: events[0].kind:"), e.getMessage());
    }

    @Test
    void aPositionOrgMustBeADeclaredOrganization() {
        String json = VALID.replace("\"org\": \"检查组\"", "\"org\": \"巡视组\"");
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.parse(json, "t.gold.json"));
        assertEquals("t.gold.json: positions[0].org: \"巡视组\" is not a name in organizations", e.getMessage());
    }

    @Test
    void anEventDateMustBeOneOfTheTwoForms() {
        String json = VALID.replace("\"start\": \"--09-12\"", "\"start\": \"9月12日\"");
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.parse(json, "t.gold.json"));
        assertTrue(e.getMessage().startsWith("t.gold.json: events[0].start: expected YYYY-MM-DD or --MM-DD"),
                e.getMessage());
    }

    @Test
    void aWrongTypeIsNamed() {
        String json = VALID.replace("\"title\": \"副组长\"", "\"title\": 3");
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.parse(json, "t.gold.json"));
        assertTrue(e.getMessage().startsWith("t.gold.json: positions[0].title: expected a string"), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        EvalException e = assertThrows(EvalException.class,
                () -> GoldReader.parse("{\"id\": \"t\",\n \"persons\": [}", "t.gold.json"));
        assertTrue(e.getMessage().startsWith("t.gold.json: line 2"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        EvalException e = assertThrows(EvalException.class, () -> GoldReader.read(Path.of("no/such.gold.json")));
        assertTrue(e.getMessage().startsWith("no/such.gold.json: cannot read"), e.getMessage());
    }
}
