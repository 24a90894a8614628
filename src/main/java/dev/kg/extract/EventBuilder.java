package dev.kg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An event while the article is read: what is known of it so far, filled in clause by clause. */
final class EventBuilder {
    final int number;
    final String kind;
    final String cls;
    final String label;
    final Span evidence;
    String trigger = "";
    String key = "";
    Optional<PartialDate> start = Optional.empty();
    Optional<PartialDate> end = Optional.empty();
    Optional<String> partOfDay = Optional.empty();
    boolean dated;
    boolean explicit;
    /** only mentioned (a relayed speech's meeting): dropped when no one is in it */
    boolean aside;
    String place;
    /** the main visit or inspection this event takes its place from, when the text gives it none */
    EventBuilder placedBy;
    String organizer;
    final Map<String, ParticipationFact> participants = new LinkedHashMap<>();

    EventBuilder(int number, String kind, String cls, String label, Span evidence) {
        this.number = number;
        this.kind = kind;
        this.cls = cls;
        this.label = label;
        this.evidence = evidence;
    }

    void add(String person, String role, Span span) {
        participants.putIfAbsent(key(person, role), new ParticipationFact(person, role, span));
    }

    boolean has(String person, String role) {
        return participants.containsKey(key(person, role));
    }

    private static String key(String person, String role) {
        return person + "\t" + role;
    }

    List<ParticipationFact> participants() {
        return List.copyOf(participants.values());
    }

    EventFact toFact(int number, Optional<String> resolvedPlace) {
        return new EventFact(number, kind, cls, label, start, end, partOfDay, resolvedPlace,
                Optional.ofNullable(organizer), participants(), evidence);
    }
}
