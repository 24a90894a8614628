package dev.kg.link;

import dev.kg.vocab.Ontology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * The rules of evidence for persons. Two article-level persons of the same name are the same
 * person only when something else agrees; the name alone never suffices:
 *
 * <table>
 * <tr><th>rule</th><th>when</th><th>score</th></tr>
 * <tr><td>same-organization</td><td>a position in the same corpus organization (0.95 with the same title too)</td><td>0.9</td></tr>
 * <tr><td>same-title-and-place</td><td>the same title in the same division</td><td>0.9</td></tr>
 * <tr><td>title-chain</td><td>a deputy title first, the title above it later (副市长 in 2003, 市长 in 2005)</td><td>0.8</td></tr>
 * <tr><td>same-place</td><td>the same division (their organizations', else their articles' home place)</td><td>0.7</td></tr>
 * <tr><td>same-title</td><td>the same title (and no veto: one of them unplaced, or nested places)</td><td>0.6</td></tr>
 * </table>
 *
 * And one veto: persons placed in two divisions neither of which contains the other (徐州 and
 * 南京) are never the same, whatever else agrees.
 */
public final class PersonEvidence {

    /** A person of one article as the rules see it. */
    public record Person(Resource person, String name, Set<Resource> organizations, Set<Resource> titles,
                         List<Division> places, Optional<LocalDate> date) {}

    /** Why two persons are probably or certainly one. */
    public record Evidence(double score, Set<String> rules, Set<Resource> shared) {}

    private final DivisionResolver divisions;
    private final Model titles;
    private final CorpusIris iris;

    public PersonEvidence(DivisionResolver divisions, CorpusIris iris) {
        this.divisions = divisions;
        this.titles = Ontology.standard().model();
        this.iris = iris;
    }

    /** Whether the two are placed in divisions that exclude each other. */
    public boolean conflict(Person a, Person b) {
        if (a.places().isEmpty() || b.places().isEmpty()) {
            return false;
        }
        for (Division x : a.places()) {
            for (Division y : b.places()) {
                if (divisions.nested(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The evidence that two persons of one name are one, or empty when there is none or a veto. */
    public Optional<Evidence> between(Person a, Person b) {
        if (!a.name().equals(b.name()) || conflict(a, b)) {
            return Optional.empty();
        }
        double score = 0;
        Set<String> rules = new TreeSet<>();
        Set<Resource> shared = new LinkedHashSet<>();
        Set<Resource> orgs = intersection(a.organizations(), b.organizations());
        Set<Resource> sameTitles = intersection(a.titles(), b.titles());
        Set<Division> places = samePlaces(a, b);
        if (!orgs.isEmpty()) {
            score = Math.max(score, sameTitles.isEmpty() ? 0.9 : 0.95);
            rules.add("same-organization");
            shared.addAll(orgs);
            shared.addAll(sameTitles);
        }
        if (!sameTitles.isEmpty() && !places.isEmpty()) {
            score = Math.max(score, 0.9);
            rules.add("same-title-and-place");
            shared.addAll(sameTitles);
        }
        if (chain(a, b) || chain(b, a)) {
            score = Math.max(score, 0.8);
            rules.add("title-chain");
        }
        if (!places.isEmpty()) {
            score = Math.max(score, 0.7);
            rules.add("same-place");
            places.forEach(d -> shared.add(titles.createResource(iris.place(d))));
        }
        if (!sameTitles.isEmpty()) {
            score = Math.max(score, 0.6);
            rules.add("same-title");
            shared.addAll(sameTitles);
        }
        return rules.isEmpty() ? Optional.empty() : Optional.of(new Evidence(score, rules, shared));
    }

    /** {@code early} held a title below one that {@code late} held later: a promotion, consistent in time. */
    private boolean chain(Person early, Person late) {
        if (early.date().isEmpty() || late.date().isEmpty() || !early.date().get().isBefore(late.date().get())) {
            return false;
        }
        for (Resource low : early.titles()) {
            for (Resource high : late.titles()) {
                if (!low.equals(high) && above(high, low)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code high} is reached from {@code low} by skos:broader (副组长 → 组长). */
    private boolean above(Resource high, Resource low) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(titles.createResource(low.getURI())));
        while (!todo.isEmpty()) {
            Resource t = todo.remove(todo.size() - 1);
            if (!seen.add(t)) {
                continue;
            }
            for (Resource b : t.listProperties(SKOS.broader).mapWith(s -> s.getResource()).toList()) {
                if (b.getURI().equals(high.getURI())) {
                    return true;
                }
                todo.add(b);
            }
        }
        return false;
    }

    private static Set<Division> samePlaces(Person a, Person b) {
        Set<Division> same = new LinkedHashSet<>(a.places());
        same.retainAll(new HashSet<>(b.places()));
        return same;
    }

    private static Set<Resource> intersection(Set<Resource> a, Set<Resource> b) {
        Set<Resource> s = new LinkedHashSet<>(a);
        s.retainAll(b);
        return s;
    }
}
