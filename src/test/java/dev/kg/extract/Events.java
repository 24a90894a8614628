package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Optional;

/** Test helpers: the events {@link Extractor} reads from a small article, and short views of them. */
final class Events {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    private Events() {}

    static List<EventFact> events(String article) {
        return EXTRACTOR.extract(Normalizer.normalize(article)).events();
    }

    static EventFact only(String article) {
        List<EventFact> events = events(article);
        assertEquals(1, events.size(), () -> "events of " + article + ": " + events);
        return events.get(0);
    }

    /** The event with this label. */
    static EventFact labelled(List<EventFact> events, String label) {
        return events.stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + label + " in " + events));
    }

    /** Participants as {@code person:role}, in order. */
    static List<String> roles(EventFact e) {
        return e.participants().stream().map(p -> p.person() + ":" + p.role()).toList();
    }

    static String date(Optional<PartialDate> d) {
        return d.map(PartialDate::lexical).orElse("none");
    }
}
