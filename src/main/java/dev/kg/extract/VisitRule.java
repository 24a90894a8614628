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

    /**
     * Adds the clause's destinations to the sentence and returns the visit verbs followed by a place;
     * 在云南省调研 counts as one (在, a place, then a verb of visit or inspection). The place that
     * an inspection or visit is 对 (对白湖镇党委开展巡察) is where it happens, but no one comes by it.
     */
    Set<Integer> apply(List<Chunk> cl, SentenceState st) {
        Set<Integer> visits = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cl.size(); i++) {
            String w = cl.get(i).text();
            if (lexicon.visitVerbs().contains(w) || w.equals("在") && i + 2 < cl.size() && visitOrInspection(cl.get(i + 2))) {
                Optional<String> place = placeNameAfter(cl, i + 1);
                if (place.isPresent()) {
                    st.destinations.add(place.get());
                    visits.add(i);
                }
            } else if (w.equals("对") && cl.subList(i + 2, cl.size()).stream().anyMatch(this::visitOrInspection)) {
                Chunk object = cl.get(i + 1);
                placeNameAfter(cl, i + 1).filter(p -> !p.isEmpty())
                        .or(() -> placeInside(object)).ifPresent(st.destinations::add);
            }
        }
        return visits;
    }

    private boolean visitOrInspection(Chunk c) {
        String kind = lexicon.eventVerbs().get(c.text());
        return c.is(Chunk.Type.WORD) && ("visit".equals(kind) || "inspection".equals(kind));
    }

    /** 白湖区白湖镇党委: the innermost division an organization's name starts with is where it is. */
    private Optional<String> placeInside(Chunk org) {
        if (!org.is(Chunk.Type.ORG)) {
            return Optional.empty();
        }
        String found = null;
        int end = -1;
        for (PlaceFact p : places.places()) {
            for (Span m : p.mentions()) {
                if (m.start() >= org.start() && m.end() < org.end() && m.end() > end) {
                    found = p.name();
                    end = m.end();
                }
            }
        }
        return Optional.ofNullable(found);
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
