package dev.kg.link;

import dev.kg.vocab.KGO;
import dev.kg.vocab.PROV;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;

/**
 * One linkset being written: a graph named {@code https://w3id.org/kgnews/linkset/NAME} that holds
 * its links, one {@link KGO#LinkEvidence} per link (plain reification: rdf:subject, rdf:predicate,
 * rdf:object, with kgo:score, kgo:rule, kgo:sharedContext and prov:wasDerivedFrom), and, once
 * {@link #finish} is called, its own VoID description: a {@code void:Linkset} with its targets,
 * link predicates, number of links (also per predicate, as subsets), creation date and method.
 *
 * <pre>
 * Linkset ls = new Linkset("identity", Linkset.ARTICLES, Linkset.CORPUS, "how the links were made");
 * ls.link(articlePerson, OWL.sameAs, corpusPerson, 0.95, List.of("same-organization"), shared, others);
 * Model graph = ls.finish(LocalDate.now());
 * </pre>
 */
public final class Linkset {
    /** Namespace of every linkset graph (the shared design: VoID lists each void:Linkset found there). */
    public static final String NS = "https://w3id.org/kgnews/linkset/";
    /** The void:Dataset of the article-level resources (one named graph per article). */
    public static final String ARTICLES = "https://w3id.org/kgnews/dataset/articles";
    /** The void:Dataset of the corpus-level persons, organizations and places the linker mints. */
    public static final String CORPUS = "https://w3id.org/kgnews/dataset/corpus";
    /** Wikidata as a void:Dataset. */
    public static final String WIKIDATA = "https://w3id.org/kgnews/dataset/wikidata";
    /** GeoNames as a void:Dataset (reached through Wikidata's P1566). */
    public static final String GEONAMES = "https://w3id.org/kgnews/dataset/geonames";
    /** Links at or above this score are owl:sameAs (identity certain); below, skos:closeMatch. */
    public static final double SAME_AS = 0.9;

    private final Model model = ModelFactory.createDefaultModel();
    private final Resource self;
    private final Resource subjects;
    private final Resource objects;
    private final String method;
    private final Map<String, Long> counts = new TreeMap<>();

    public Linkset(String name, String subjectsTarget, String objectsTarget, String method) {
        this.self = model.createResource(NS + name);
        this.subjects = model.createResource(subjectsTarget);
        this.objects = model.createResource(objectsTarget);
        this.method = method;
        model.setNsPrefix("void", VOID.NS);
        model.setNsPrefix("owl", OWL.NS);
        model.setNsPrefix("skos", SKOS.getURI());
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("kgo", KGO.NS);
        model.setNsPrefix("prov", PROV.NS);
        model.setNsPrefix("rdf", RDF.getURI());
        model.setNsPrefix("linkset", NS);
    }

    /** The graph's name, also the void:Linkset it describes. */
    public String iri() {
        return self.getURI();
    }

    /** The graph being written: descriptions of the linked resources go here too. */
    public Model model() {
        return model;
    }

    /** The predicate a score calls for: owl:sameAs when certain, skos:closeMatch when probable. */
    public static Property predicate(double score) {
        return score >= SAME_AS ? OWL.sameAs : SKOS.closeMatch;
    }

    /**
     * Adds the link {@code subject predicate object} and its evidence node.
     *
     * @return the evidence node, for callers that add more (a source, a date)
     */
    public Resource link(Resource subject, Property predicate, Resource object, double score,
                         Collection<String> rules, Collection<? extends Resource> shared,
                         Collection<? extends Resource> derivedFrom) {
        model.add(subject, predicate, object);
        counts.merge(predicate.getURI(), 1L, Long::sum);
        Resource evidence = model.createResource(self.getURI() + "/" + hash(subject, predicate, object))
                .addProperty(RDF.type, KGO.LinkEvidence)
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, predicate)
                .addProperty(RDF.object, object)
                .addLiteral(KGO.score, model.createTypedLiteral(BigDecimal.valueOf(score)));
        rules.forEach(r -> evidence.addProperty(KGO.rule, r));
        shared.forEach(s -> evidence.addProperty(KGO.sharedContext, s));
        derivedFrom.forEach(d -> evidence.addProperty(PROV.wasDerivedFrom, d));
        return evidence;
    }

    /** Number of links written with {@code predicate}. */
    public long count(Property predicate) {
        return counts.getOrDefault(predicate.getURI(), 0L);
    }

    /** Adds the VoID self-description and returns the graph. */
    public Model finish(LocalDate created) {
        self.addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.subjectsTarget, subjects)
                .addProperty(VOID.objectsTarget, objects)
                .addProperty(DCTerms.created, created.toString(), XSDDatatype.XSDdate)
                .addProperty(DCTerms.description, method, "en")
                .addLiteral(VOID.triples, integer(counts.values().stream().mapToLong(Long::longValue).sum()));
        subjects.addProperty(RDF.type, VOID.Dataset);
        objects.addProperty(RDF.type, VOID.Dataset);
        counts.forEach((p, n) -> {
            Resource predicate = model.createResource(p);
            self.addProperty(VOID.linkPredicate, predicate);
            // one subset per predicate, so that VoID says how many links of each kind
            Resource subset = model.createResource(self.getURI() + "/" + predicate.getLocalName())
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, subjects)
                    .addProperty(VOID.objectsTarget, objects)
                    .addProperty(VOID.linkPredicate, predicate)
                    .addLiteral(VOID.triples, integer(n));
            self.addProperty(VOID.subset, subset);
        });
        return model;
    }

    private org.apache.jena.rdf.model.Literal integer(long n) {
        return model.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static String hash(Resource s, Property p, Resource o) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    (s.getURI() + "\t" + p.getURI() + "\t" + o.getURI()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
