package dev.kg.link;

import dev.kg.vocab.KGO;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * What the linker needs of one article's graph: its persons with their positions and dates, its
 * organizations and places by name, and its home place. Reads the graph kg convert writes.
 */
public record ArticleEntities(Resource article, Optional<LocalDate> date, Optional<Resource> home,
                              List<PersonEntry> persons, List<Resource> organizations, List<Resource> places) {

    /** A position as the linker sees it: the title concept and the organization, if the article names one. */
    public record Post(Resource title, Optional<Resource> organization) {}

    /** A person of the article, with the positions it gives them and the date they are seen at. */
    public record PersonEntry(Resource person, String name, List<Post> posts, Optional<LocalDate> date) {}

    private static final String ZH_HANS = "zh-Hans";

    /** Reads the article of {@code graph}; empty when the graph holds no kgo:Article (a linkset, an ontology). */
    public static Optional<ArticleEntities> read(Model graph) {
        List<Resource> articles = graph.listResourcesWithProperty(RDF.type, KGO.Article).toList();
        if (articles.size() != 1) {
            return Optional.empty();
        }
        Resource article = articles.get(0);
        Optional<LocalDate> published = date(article.getProperty(SchemaDO.datePublished));
        Optional<Resource> home = Optional.ofNullable(article.getPropertyResourceValue(KGO.homePlace));
        List<PersonEntry> persons = new ArrayList<>();
        for (Resource p : sorted(graph.listResourcesWithProperty(RDF.type, FOAF.Person).toList())) {
            Optional<String> name = name(p);
            if (name.isEmpty()) {
                continue;
            }
            List<Post> posts = new ArrayList<>();
            for (Resource m : sorted(graph.listResourcesWithProperty(ORG.member, p).toList())) {
                Resource title = m.getPropertyResourceValue(ORG.role);
                if (title != null) {
                    posts.add(new Post(title, Optional.ofNullable(m.getPropertyResourceValue(ORG.organization))));
                }
            }
            Optional<LocalDate> seen = eventDate(graph, p).or(() -> published);
            persons.add(new PersonEntry(p, name.get(), posts, seen));
        }
        return Optional.of(new ArticleEntities(article, published.or(() -> firstEventDate(graph)), home,
                persons,
                sorted(graph.listResourcesWithProperty(RDF.type, ORG.Organization).toList()),
                sorted(graph.listResourcesWithProperty(RDF.type, SchemaDO.Place).toList())));
    }

    /** The zh-Hans name (skos:prefLabel, else foaf:name) of a person, organization or place. */
    public static Optional<String> name(Resource r) {
        for (var p : List.of(SKOS.prefLabel, FOAF.name)) {
            for (Statement s : r.listProperties(p).toList()) {
                if (s.getObject().isLiteral() && ZH_HANS.equalsIgnoreCase(s.getLiteral().getLanguage())) {
                    return Optional.of(s.getString());
                }
            }
        }
        return Optional.empty();
    }

    /** The six-digit code the converter gave a place (dcterms:identifier), if any. */
    public static Optional<String> code(Resource place) {
        Statement s = place.getProperty(DCTerms.identifier);
        return s == null || !s.getObject().isLiteral() ? Optional.empty() : DivisionCode.normalize(s.getString());
    }

    // The earliest full date of an event the person takes part in: when they held what the article says.
    private static Optional<LocalDate> eventDate(Model graph, Resource person) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        graph.listResourcesWithProperty(KGO.agent, person).forEach(pt ->
                graph.listResourcesWithProperty(KGO.participation, pt).forEach(e ->
                        date(e.getProperty(SchemaDO.startDate)).ifPresent(dates::add)));
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.first());
    }

    private static Optional<LocalDate> firstEventDate(Model graph) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        graph.listStatements(null, SchemaDO.startDate, (RDFNode) null)
                .forEachRemaining(s -> date(s).ifPresent(dates::add));
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.first());
    }

    private static Optional<LocalDate> date(Statement s) {
        if (s == null || !s.getObject().isLiteral()) {
            return Optional.empty();
        }
        Literal l = s.getLiteral();
        if (!XSDDatatype.XSDdate.getURI().equals(l.getDatatypeURI())) {
            return Optional.empty(); // --MM-DD without a year orders nothing across articles
        }
        try {
            return Optional.of(LocalDate.parse(l.getLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Resource> sorted(List<Resource> rs) {
        return rs.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }
}
