package dev.kg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The article's events as they are found, by key, and the one the text is about now. */
final class EventTable {
    private final List<EventBuilder> events = new ArrayList<>();
    private final Map<String, EventBuilder> byKey = new HashMap<>();
    private EventBuilder current;

    /** Creates or finds the event; {@code movesCurrent}: the text turns to it even when it existed. */
    EventBuilder event(String key, String kind, String cls, String label, SentenceState st, Chunk at,
                       boolean movesCurrent) {
        EventBuilder e = byKey.get(key);
        boolean created = e == null;
        Optional<EventBuilder> trip = main().filter(EventTable::isTrip);
        if (e == null) {
            e = new EventBuilder(events.size() + 1, kind, cls, label, at.span());
            e.key = key;
            byKey.put(key, e);
            events.add(e);
        }
        DateExtractor.SentenceDate d = st.date;
        if (!e.dated || d.explicit() && !e.explicit) {
            e.start = d.start();
            e.end = d.explicit() ? d.end() : Optional.empty();
            e.partOfDay = d.explicit() ? d.partOfDay() : Optional.empty();
            e.dated = true;
            e.explicit = d.explicit();
        }
        if (e.place == null && !st.destinations.isEmpty()) {
            e.place = st.destinations.size() == 1 ? st.destinations.iterator().next() : "";
        }
        if (created && e.place == null && kind.equals("meeting")) {
            placeWithin(e, trip);
        }
        if ((created || movesCurrent) && !st.prior) {
            current = e;
        }
        return e;
    }

    /** A further stop of the article's trip ({@code 还调研了…}) is within the trip's place. */
    void placeWithinTrip(EventBuilder e) {
        placeWithin(e, main().filter(EventTable::isTrip));
    }

    /** Held or made once the article's visit or inspection is under way: where that is. */
    private static void placeWithin(EventBuilder e, Optional<EventBuilder> trip) {
        trip.filter(t -> t != e && t.place != null && !t.place.isEmpty()).ifPresent(t -> {
            e.place = t.place;
            e.placedBy = t;
        });
    }

    /** Creates or finds an event the text only mentions (a meeting whose speech is relayed): undated, not current. */
    EventBuilder aside(String key, String kind, String cls, String label, Chunk at) {
        EventBuilder e = byKey.get(key);
        if (e == null) {
            e = new EventBuilder(events.size() + 1, kind, cls, label, at.span());
            e.key = key;
            e.dated = true;
            e.place = "";
            e.aside = true;
            byKey.put(key, e);
            events.add(e);
        }
        return e;
    }

    EventBuilder current() {
        return current;
    }

    void turnTo(EventBuilder e) {
        current = e;
    }

    List<EventBuilder> all() {
        return List.copyOf(events);
    }

    /** The latest event a verb trigger named. */
    Optional<EventBuilder> lastWithTrigger(String trigger) {
        EventBuilder found = null;
        for (EventBuilder e : events) {
            if (e.trigger.equals(trigger)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The meeting the text is about, else the latest meeting. */
    Optional<EventBuilder> lastMeeting() {
        if (current != null && current.kind.equals("meeting")) {
            return Optional.of(current);
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).kind.equals("meeting")) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    /** The article's main event: its first inspection or visit, else its first event. */
    Optional<EventBuilder> main() {
        return events.stream()
                .filter(e -> e.kind.equals("inspection") || e.kind.equals("visit"))
                .findFirst().or(() -> events.stream().findFirst());
    }

    /** A report heard on the day of a report meeting (听取…情况汇报, 主持汇报会) is that meeting. */
    private void mergeReports() {
        for (EventBuilder r : List.copyOf(events)) {
            if (!r.kind.equals("report")) {
                continue;
            }
            events.stream().filter(m -> m.cls.equals("ReportMeeting") && m.start.equals(r.start) && m.start.isPresent())
                    .findFirst().ifPresent(m -> {
                        r.participants().forEach(p -> m.add(p.person(), p.role(), p.evidence()));
                        events.remove(r);
                    });
        }
    }

    /**
     * The events as facts. A visit or inspection without a place of its own comes to the article's
     * home; a meeting the text does not place stays unplaced. An inspection without an organizer of
     * its own is part of the article's main inspection (its team checks a site) and has its organizer.
     */
    List<EventFact> facts(PlaceResolver.Result places) {
        mergeReports();
        Optional<String> home = places.places().stream().filter(PlaceFact::home).map(PlaceFact::name).findFirst();
        Optional<String> mainTeam = main().filter(m -> m.kind.equals("inspection")).map(m -> m.organizer);
        List<EventFact> out = new ArrayList<>();
        for (EventBuilder e : events) {
            if (e.aside && e.participants.isEmpty()) {
                continue;   // a meeting only mentioned, with no one in it, says nothing
            }
            if (e.placedBy != null && e.organizer != null && !e.organizer.equals(e.placedBy.organizer)) {
                e.place = null;   // another body's meeting (a session of the county congress) is no part of the visit
            }
            Optional<String> place = e.place == null ? home.filter(h -> isTrip(e))
                    : e.place.isEmpty() ? Optional.empty() : places.nameOf(e.place).or(() -> Optional.of(e.place));
            if (e.organizer == null && e.kind.equals("inspection")) {
                e.organizer = mainTeam.orElse(null);
            }
            out.add(e.toFact(out.size() + 1, place));
        }
        return out;
    }

    /** Visits and inspections: events of coming somewhere. */
    static boolean isTrip(EventBuilder e) {
        return e.kind.equals("inspection") || e.kind.equals("visit");
    }
}
