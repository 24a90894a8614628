package dev.kg.docs;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Resource;

/**
 * Short names for IRIs ({@code kgo:Event}) and the HTML anchors of our own terms, from a fixed prefix
 * table so that output does not depend on the order in which prefixes were read.
 */
final class Names {
    /** namespace → prefix; where two prefixes share a namespace the shorter, then alphabetically first, wins. */
    private final Map<String, String> prefixOf = new TreeMap<>();

    Names(Map<String, String> prefixes) {
        new TreeMap<>(prefixes).forEach((prefix, ns) -> {
            if (prefix.isEmpty()) {
                return;
            }
            prefixOf.merge(ns, prefix, (a, b) -> Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()).compare(a, b) <= 0 ? a : b);
        });
    }

    /** {@code kgo:Event}, or the full IRI where no namespace fits (longest namespace wins). */
    String curie(String iri) {
        String best = null;
        for (String ns : prefixOf.keySet()) {
            if (iri.startsWith(ns) && isLocalName(iri.substring(ns.length()))
                    && (best == null || ns.length() > best.length())) {
                best = ns;
            }
        }
        return best == null ? iri : prefixOf.get(best) + ":" + iri.substring(best.length());
    }

    String curie(Resource r) {
        return r.isURIResource() ? curie(r.getURI()) : "[]";
    }

    /**
     * The anchor of a term in ontology.html: the local name for our own terms ({@code Event}), and
     * prefix-local for concepts and shapes ({@code title-fu-zu-zhang}, {@code kgsh-EventShape}).
     */
    String anchor(String iri, String ownNamespace) {
        if (iri.startsWith(ownNamespace)) {
            return iri.substring(ownNamespace.length());
        }
        String c = curie(iri);
        if (c.equals(iri)) {
            return "";
        }
        // a scheme IRI is a bare namespace (role:), so it gets its own suffix
        return c.endsWith(":") ? c.replace(":", "-scheme") : c.replace(':', '-');
    }

    private static boolean isLocalName(String local) {
        return local.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.');
    }
}
