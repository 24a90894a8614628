package dev.kg.docs;

import java.util.List;
import java.util.Optional;

/**
 * What the ontology reference shows, read from the ontology files by {@link OntologyDocReader}: every
 * list is sorted, so the pages generated from it are the same on every run.
 */
public record OntologyDoc(Header header, List<Term> classes, List<Term> objectProperties,
                          List<Term> datatypeProperties, List<Scheme> schemes, List<Shape> shapes) {
    public OntologyDoc {
        classes = List.copyOf(classes);
        objectProperties = List.copyOf(objectProperties);
        datatypeProperties = List.copyOf(datatypeProperties);
        schemes = List.copyOf(schemes);
        shapes = List.copyOf(shapes);
    }

    /** The owl:Ontology header. Missing values are empty strings. */
    public record Header(String iri, String titleEn, String titleZh, String descriptionEn, String descriptionZh,
                         String version, String versionIri, String license, String creator, String prefix,
                         String namespace) {}

    /**
     * A reference to a term: {@code href} is {@code #anchor} for a term documented on the page and the
     * IRI itself for an external one.
     */
    public record Link(String iri, String text, String href) {
        public boolean internal() {
            return href.startsWith("#");
        }
    }

    /** A class or property of our namespace, with its relations to other terms. */
    public record Term(String iri, String curie, String anchor, String labelEn, String labelZh,
                       String commentEn, String commentZh, List<String> characteristics, List<Link> supers,
                       List<Link> subs, List<Link> domains, List<Link> ranges, List<Link> seeAlso,
                       List<Link> usedAsDomain, List<Link> usedAsRange) {}

    /** A concept of one of our SKOS schemes. */
    public record Concept(String iri, String anchor, String notation, String zhHans, String zhHant, String pinyin,
                          String en, Optional<Link> broader, String definitionEn, String definitionZh) {}

    /** A SKOS concept scheme and its concepts, sorted by notation. */
    public record Scheme(String iri, String anchor, String labelEn, String labelZh, List<Concept> concepts) {}

    /** A SHACL node shape: the classes it targets and what each of their properties must satisfy. */
    public record Shape(String iri, String curie, String anchor, List<Link> targets, List<Constraint> constraints,
                        List<String> checks) {}

    /**
     * One property shape, in words: the path ({@code ^p} for an inverse path), how many values, what the
     * values must be, and the shape's own message.
     */
    public record Constraint(String path, String count, List<Link> valueLinks, String valueText, String message) {}
}
