package dev.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What carries from clause to clause inside one sentence while its events are read. */
final class SentenceState {
    final DateExtractor.SentenceDate date;
    /** the sentence tells what came before the current event (会前): its events do not become current */
    boolean prior;
    /** persons of clauses without a verb, waiting for the verb of a later clause */
    final List<Chunk> pending = new ArrayList<>();
    List<Chunk> subject = List.of();
    /** the organization the sentence is about (its clause-initial subject, or the team a person leads) */
    Chunk subjectOrg;
    /** places the sentence's subject comes to (来到X) */
    final Set<String> destinations = new LinkedHashSet<>();

    SentenceState(DateExtractor.SentenceDate date) {
        this.date = date;
    }
}
