package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Roles that belong to the article's main event (its first inspection or visit) whatever clause
 * states them: visitors, companions, and the members and leaders of the inspecting team.
 */
final class MainEventRoles {
    private record Deferred(String person, String role, Span evidence) {}

    private final List<Deferred> deferred = new ArrayList<>();

    void defer(String person, String role, Span evidence) {
        deferred.add(new Deferred(person, role, evidence));
    }

    /** 来到X调研: the subject of a visit verb followed by a place visits. */
    void visitors(EventClause clause) {
        for (int i : clause.visits().stream().sorted().toList()) {
            Chunk verb = clause.chunks().get(i);
            for (Chunk p : clause.subject()) {
                defer(p.text(), "visitor", Clauses.span(p, verb));
            }
        }
    }

    /** Gives the deferred roles to the main event; an inspecting team's members and leaders inspect. */
    void finish(EventTable table, Map<String, String> leaders, List<PositionFact> positions) {
        table.main().ifPresent(main -> {
            for (Deferred d : deferred) {
                main.add(d.person(), d.role(), d.evidence());
            }
            if (main.kind.equals("inspection") && main.organizer != null) {
                for (PositionFact p : positions) {
                    if (p.org().filter(main.organizer::equals).isPresent()) {
                        main.add(p.person(), "inspector", p.evidence());
                    }
                }
                leaders.forEach((person, team) -> {
                    if (team.equals(main.organizer)) {
                        main.add(person, "inspector", main.evidence);
                    }
                });
            }
        });
    }
}
