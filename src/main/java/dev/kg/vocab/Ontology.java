package dev.kg.vocab;

import dev.kg.KgException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The kg ontology, its concept schemes and its SHACL shapes, read from the classpath
 * ({@code /ontology/*.ttl}, packaged from the repository's {@code ontology/} folder).
 *
 * <pre>
 *   Ontology ontology = Ontology.standard();
 *   for (TitleEntry title : ontology.titles()) { ... }          // the extractor's title lexicon
 *   ontology.copyConcept(titleConcept, graph);                     // make a graph self-contained
 * </pre>
 *
 * Immutable and thread-safe; load once and share.
 */
public final class Ontology {
    /** The ontology and the three concept schemes, in the order they are merged. */
    public static final List<String> VOCABULARY_FILES = List.of("kg.ttl", "roles.ttl", "titles.ttl", "kinds.ttl");
    public static final String SHAPES_FILE = "shapes.ttl";
    private static final String RESOURCE_DIR = "/ontology/";
    private static final String ZH_HANS = "zh-Hans";

    private final Model vocabulary;
    private final Model shapes;
    private final List<TitleEntry> titles;

    private Ontology(Model vocabulary, Model shapes) {
        this.vocabulary = readOnly(vocabulary);
        this.shapes = readOnly(shapes);
        this.titles = readTitles(this.vocabulary);
    }

    private static final class Holder {
        static final Ontology INSTANCE = load();
    }

    /** The ontology shipped with kg, read once (it is immutable, so every stage can share it). */
    public static Ontology standard() {
        return Holder.INSTANCE;
    }

    /** Reads every file from the classpath; fails with a {@link KgException} naming the file. */
    public static Ontology load() {
        Model vocabulary = ModelFactory.createDefaultModel();
        for (String file : VOCABULARY_FILES) {
            parseResource(file, vocabulary);
        }
        Model shapes = ModelFactory.createDefaultModel();
        parseResource(SHAPES_FILE, shapes);
        return new Ontology(vocabulary, shapes);
    }

    /** The ontology plus the roles, titles and kinds schemes, read-only. */
    public Model model() {
        return vocabulary;
    }

    /** The SHACL shapes graph, read-only. */
    public Model shapes() {
        return shapes;
    }

    /**
     * The title lexicon: every kgo:Title of the titles scheme, longest surface form first (so that a
     * caller scanning in this order prefers 常务副市长 over 副市长 over 市长), ties by form.
     */
    public List<TitleEntry> titles() {
        return titles;
    }

    /**
     * Copies what a data graph needs of a concept (title, role or kind) so that the graph is
     * self-contained: its types, skos:prefLabel, skos:notation and skos:inScheme.
     *
     * @throws KgException if the concept is not in any of our schemes
     */
    public void copyConcept(Resource concept, Model target) {
        Resource c = vocabulary.getResource(concept.getURI());
        if (!c.hasProperty(SKOS.inScheme)) {
            throw new KgException("not a concept of the kg schemes: " + concept.getURI());
        }
        for (Property p : List.of(RDF.type, SKOS.prefLabel, SKOS.notation, SKOS.inScheme)) {
            c.listProperties(p).forEach(target::add);
        }
    }

    private static void parseResource(String file, Model into) {
        String path = RESOURCE_DIR + file;
        try (InputStream in = Ontology.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new KgException("classpath resource " + path + " is missing; "
                        + "the build copies ontology/ into the jar, so rebuild with Maven");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new KgException("cannot read classpath resource " + path + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new KgException("ontology file " + file + " is not valid Turtle: " + e.getMessage(), e);
        }
    }

    private static Model readOnly(Model m) {
        Graph copy = GraphFactory.createDefaultGraph();
        m.getGraph().find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(m.getNsPrefixMap());
        return ModelFactory.createModelForGraph(new GraphReadOnly(copy));
    }

    private static List<TitleEntry> readTitles(Model m) {
        List<TitleEntry> entries = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, KGO.Title).forEachRemaining(t -> entries.add(titleEntry(t)));
        entries.sort(Comparator.comparingInt((TitleEntry e) -> -e.zhHans().length())
                .thenComparing(TitleEntry::zhHans));
        return List.copyOf(entries);
    }

    private static TitleEntry titleEntry(Resource t) {
        String zhHans = t.listProperties(SKOS.prefLabel).toList().stream()
                .map(Statement::getLiteral)
                .filter(l -> ZH_HANS.equalsIgnoreCase(l.getLanguage()))
                .map(Literal::getLexicalForm)
                .reduce((a, b) -> {
                    throw new KgException("titles.ttl: " + t.getURI() + " has two zh-Hans prefLabels");
                })
                .orElseThrow(() -> new KgException("titles.ttl: " + t.getURI() + " has no zh-Hans prefLabel"));
        Statement notation = t.getProperty(SKOS.notation);
        if (notation == null) {
            throw new KgException("titles.ttl: " + t.getURI() + " has no skos:notation");
        }
        Optional<String> broader = Optional.ofNullable(t.getPropertyResourceValue(SKOS.broader)).map(Resource::getURI);
        Optional<String> orgHead = Optional.ofNullable(t.getProperty(KGO.orgHead)).map(s -> s.getString());
        boolean standalone = Optional.ofNullable(t.getProperty(KGO.standalone))
                .map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getBoolean()).orElse(false);
        return new TitleEntry(t.getURI(), zhHans, notation.getString(), broader, orgHead, standalone);
    }
}
