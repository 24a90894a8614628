package dev.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 来到扬州市 / 深入我市: a verb of coming followed by a place names where the sentence's events
 * happen; its subject are the visitors (assigned later by {@link RoleAssigner}).
 */
final class VisitRule {
    private final Lexicon lexicon;
    private final PlaceResolver.Result places;

    VisitRule(Lexicon lexicon, PlaceResolver.Result places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    /** Adds the clause's destinations to the sentence and returns the visit verbs followed by a place. */
    Set<Integer> apply(List<Chunk> cl, SentenceState st) {
        Set<Integer> visits = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cl.size(); i++) {
            if (lexicon.visitVerbs().contains(cl.get(i).text())) {
                Optional<String> place = placeNameAfter(cl, i + 1);
                if (place.isPresent()) {
                    st.destinations.add(place.get());
                    visits.add(i);
                }
            }
        }
        return visits;
    }

    /** The place at chunk i ("" for a list of several), or the home place's one-character alias. */
    private Optional<String> placeNameAfter(List<Chunk> cl, int i) {
        Chunk c = cl.get(i);
        if (c.is(Chunk.Type.PLACE) || c.is(Chunk.Type.DEICTIC)) {
            List<String> names = new ArrayList<>();
            names.add(c.text());
            for (int k = i + 1; k + 1 < cl.size() && (cl.get(k).isPunct("、") || cl.get(k).text().equals("和"))
                    && (cl.get(k + 1).is(Chunk.Type.PLACE)); k += 2) {
                names.add(cl.get(k + 1).text());
            }
            return Optional.of(names.size() == 1 ? places.nameOf(c.text()).orElse(c.text()) : "");
        }
        if (c.is(Chunk.Type.WORD) && c.text().length() == 1) {
            Optional<PlaceFact> home = places.places().stream().filter(PlaceFact::home).findFirst();
            if (home.isPresent() && home.get().aliases().contains(c.text())) {
                return Optional.of(home.get().name());
            }
        }
        return Optional.empty();
    }
}
