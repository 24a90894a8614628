package dev.kg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads a {@code NAME.gold.json} file (GOLD-FORMAT.md) with Jena's own JSON parser, checking every
 * field and every cross-reference (a position's person and org, an event's place, organizer and
 * participants must be names the file declares). Errors name the file and the field:
 * {@code d01.gold.json: events[2].participants[0].role: expected one of [...], found "host"}.
 *
 * <pre>
 *   GoldArticle gold = GoldReader.read(Path.of("seeds/xuzhou-2005.gold.json"));
 * </pre>
 */
public final class GoldReader {
    /** Event kind codes of the kinds scheme. */
    public static final Set<String> KINDS = Set.of("inspection", "meeting", "visit", "speech", "report", "other");
    /** Participant role codes of the roles scheme. */
    public static final Set<String> ROLES = Set.of("chair", "reporter", "speaker", "attendee", "accompany",
            "listener", "inspector", "organizer", "visitor");

    private final String file;

    private GoldReader(String file) {
        this.file = file;
    }

    public static GoldArticle read(Path path) {
        String json;
        try {
            json = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalException(path + ": cannot read gold file (" + e.getMessage() + ")", e);
        }
        return parse(json, path.toString());
    }

    /** Parses gold JSON; {@code fileName} only labels error messages. */
    public static GoldArticle parse(String json, String fileName) {
        return new GoldReader(fileName).article(json);
    }

    private GoldArticle article(String json) {
        JsonObject root;
        try {
            root = JSON.parse(json);
        } catch (JsonParseException e) {
            throw new EvalException(file + ": line " + e.getLine() + ", column " + e.getColumn()
                    + ": not valid JSON (" + e.getMessage() + ")", e);
        } catch (JsonException e) {
            throw new EvalException(file + ": not a JSON object (" + e.getMessage() + ")", e);
        }
        String id = string(root, "id", "id");
        Optional<String> source = optionalString(root, "source", "source");
        Optional<LocalDate> published = optionalString(root, "published", "published").map(this::publishedDate);

        List<String> persons = new ArrayList<>();
        forEachObject(root, "persons", "persons", (o, at) -> persons.add(string(o, "name", at + ".name")));
        List<GoldEntity> organizations = entities(root, "organizations");
        List<GoldEntity> places = entities(root, "places");

        Set<String> personNames = new HashSet<>(persons);
        Set<String> orgNames = names(organizations);
        Set<String> placeNames = names(places);

        List<GoldPosition> positions = new ArrayList<>();
        forEachObject(root, "positions", "positions", (o, at) -> positions.add(new GoldPosition(
                declared(string(o, "person", at + ".person"), personNames, at + ".person", "persons"),
                string(o, "title", at + ".title"),
                optionalString(o, "org", at + ".org").map(n -> declared(n, orgNames, at + ".org", "organizations")))));

        List<GoldEvent> events = new ArrayList<>();
        forEachObject(root, "events", "events", (o, at) -> events.add(event(o, at, personNames, orgNames, placeNames)));

        return new GoldArticle(id, source, published, persons, organizations, places, positions, events);
    }

    private GoldEvent event(JsonObject o, String at, Set<String> persons, Set<String> orgs, Set<String> places) {
        List<GoldParticipant> participants = new ArrayList<>();
        forEachObject(o, "participants", at + ".participants", (p, pat) -> participants.add(new GoldParticipant(
                declared(string(p, "person", pat + ".person"), persons, pat + ".person", "persons"),
                oneOf(string(p, "role", pat + ".role"), ROLES, pat + ".role"))));
        return new GoldEvent(
                string(o, "id", at + ".id"),
                oneOf(string(o, "kind", at + ".kind"), KINDS, at + ".kind"),
                string(o, "label", at + ".label"),
                optionalString(o, "start", at + ".start").map(d -> eventDate(d, at + ".start")),
                optionalString(o, "end", at + ".end").map(d -> eventDate(d, at + ".end")),
                optionalString(o, "part_of_day", at + ".part_of_day"),
                optionalString(o, "place", at + ".place").map(n -> declared(n, places, at + ".place", "places")),
                optionalString(o, "organizer", at + ".organizer")
                        .map(n -> declared(n, orgs, at + ".organizer", "organizations")),
                participants);
    }

    private List<GoldEntity> entities(JsonObject root, String key) {
        List<GoldEntity> out = new ArrayList<>();
        forEachObject(root, key, key, (o, at) -> {
            List<String> aliases = new ArrayList<>();
            // An entity with no other forms may leave "aliases" out.
            if (o.hasKey("aliases") && !o.get("aliases").isNull()) {
                JsonArray array = array(o, "aliases", at + ".aliases");
                for (int i = 0; i < array.size(); i++) {
                    aliases.add(stringValue(array.get(i), at + ".aliases[" + i + "]"));
                }
            }
            out.add(new GoldEntity(string(o, "name", at + ".name"), aliases));
        });
        return out;
    }

    private static Set<String> names(List<GoldEntity> entities) {
        Set<String> names = new HashSet<>();
        entities.forEach(e -> names.add(e.name()));
        return names;
    }

    private interface ObjectVisitor {
        void visit(JsonObject object, String at);
    }

    private void forEachObject(JsonObject parent, String key, String at, ObjectVisitor visitor) {
        JsonArray array = array(parent, key, at);
        for (int i = 0; i < array.size(); i++) {
            String itemAt = at + "[" + i + "]";
            JsonValue item = array.get(i);
            if (!item.isObject()) {
                throw error(itemAt, "expected an object, found " + item);
            }
            visitor.visit(item.getAsObject(), itemAt);
        }
    }

    private JsonArray array(JsonObject parent, String key, String at) {
        JsonValue value = required(parent, key, at);
        if (!value.isArray()) {
            throw error(at, "expected an array, found " + value);
        }
        return value.getAsArray();
    }

    private JsonValue required(JsonObject parent, String key, String at) {
        if (!parent.hasKey(key)) {
            throw error(at, "missing");
        }
        return parent.get(key);
    }

    private String string(JsonObject parent, String key, String at) {
        JsonValue value = required(parent, key, at);
        if (value.isNull()) {
            throw error(at, "must not be null");
        }
        return stringValue(value, at);
    }

    /** A string or null; an absent key counts as null (gold leaves open what the text leaves open). */
    private Optional<String> optionalString(JsonObject parent, String key, String at) {
        if (!parent.hasKey(key) || parent.get(key).isNull()) {
            return Optional.empty();
        }
        return Optional.of(stringValue(parent.get(key), at));
    }

    private String stringValue(JsonValue value, String at) {
        if (!value.isString()) {
            throw error(at, "expected a string, found " + value);
        }
        String s = value.getAsString().value();
        if (s.isBlank()) {
            throw error(at, "must not be blank");
        }
        return s;
    }

    private String oneOf(String value, Set<String> allowed, String at) {
        if (!allowed.contains(value)) {
            throw error(at, "expected one of " + allowed.stream().sorted().toList() + ", found \"" + value + "\"");
        }
        return value;
    }

    private String declared(String name, Set<String> declared, String at, String list) {
        if (!declared.contains(name)) {
            throw error(at, "\"" + name + "\" is not a name in " + list);
        }
        return name;
    }

    private LocalDate publishedDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error("published", "expected YYYY-MM-DD, found \"" + value + "\"");
        }
    }

    private String eventDate(String value, String at) {
        if (!EventDates.isValid(value)) {
            throw error(at, "expected YYYY-MM-DD or --MM-DD, found \"" + value + "\"");
        }
        return value;
    }

    private EvalException error(String at, String problem) {
        return new EvalException(file + ": " + at + ": " + problem);
    }
}
