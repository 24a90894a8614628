package dev.kg.vocab;

import java.util.Objects;
import java.util.Optional;

/**
 * One title of the titles scheme ({@code ontology/titles.ttl}), as the extractor's lexicon sees it.
 *
 * @param iri        the title concept's IRI
 * @param zhHans     the surface form to match, its zh-Hans skos:prefLabel (副组长)
 * @param notation   its skos:notation (fu-zu-zhang)
 * @param broader    IRI of its skos:broader title (组长's), if any
 * @param orgHead    for a compound title that begins with an organization (市委书记), that part (市委)
 * @param standalone true when the title never names an organization (市领导, 副市长, 记者)
 */
public record TitleEntry(String iri, String zhHans, String notation, Optional<String> broader,
                         Optional<String> orgHead, boolean standalone) {
    public TitleEntry {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(zhHans, "zhHans");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(broader, "broader");
        Objects.requireNonNull(orgHead, "orgHead");
        orgHead.ifPresent(head -> {
            if (!zhHans.startsWith(head)) {
                throw new IllegalArgumentException("orgHead " + head + " does not begin title " + zhHans);
            }
        });
    }
}
