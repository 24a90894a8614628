package dev.kg.rdf;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.PROV;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Turtle (or TriG, inside the article's named graph) laid out for a reader. Subjects come by kind:
 * the article, persons, organizations, places, positions, events, participations, the concepts they
 * use, anything else, then mentions and sentences; the article's full text ({@code nif:isString})
 * closes the file in a second block of the article, so that the article and its people fit the
 * first screen. Within a kind, subjects are in natural order ({@code :s2} before {@code :s10}); within
 * a subject, types (the one that gives its kind first), names and labels come first and provenance last. Only the prefixes that some term
 * uses are declared, and the article's IRI is the {@code BASE}, so mentions read {@code <#char=3,6>}.
 * The order is total, so the same graph always gives the same bytes. Jena's
 * {@link WriterStreamRDFBlocks} does the syntax; this class only chooses the order.
 */
public final class ReadableTurtle {
    private static final List<Node> KINDS = nodes(KGO.Article, FOAF.Person, ORG.Organization, SchemaDO.Place,
            ORG.Membership, KGO.Event, KGO.Participation, SKOS.Concept);
    private static final List<Node> LAST_KINDS = nodes(KGO.Mention, NIF.Sentence);
    private static final int OTHER = KINDS.size();
    private static final int TEXT = OTHER + LAST_KINDS.size() + 1;
    private static final List<Node> FIRST_PREDICATES = nodes(RDF.type, FOAF.name, SKOS.prefLabel, SKOS.altLabel);
    private static final List<Node> LAST_PREDICATES = nodes(PROV.wasDerivedFrom);

    private ReadableTurtle() {}

    /** Writes the graph's triples, in the named graph when {@code graphName} is given (TriG). */
    public static void write(Model model, Optional<Node> graphName, OutputStream out) {
        Graph graph = model.getGraph();
        Map<Node, Integer> kinds = kinds(graph);
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparingInt((Triple t) -> rank(t, kinds))
                .thenComparing(Triple::getSubject, ReadableTurtle::compareNodes)
                .thenComparing(Triple::getPredicate, ReadableTurtle::comparePredicates)
                .thenComparingInt(ReadableTurtle::typeRank)
                .thenComparing(Triple::getObject, ReadableTurtle::compareNodes));
        String base = ArticleGraph.name(graph).map(Node::getURI).orElse(null);
        WriterStreamRDFBlocks writer = new WriterStreamRDFBlocks(out, RIOT.getContext());
        writer.start();
        if (base != null) {
            writer.base(base);
        }
        usedPrefixes(PrefixMapFactory.create(model.getNsPrefixMap()), base, triples, graphName).forEach(writer::prefix);
        for (Triple t : triples) {
            graphName.ifPresentOrElse(g -> writer.quad(Quad.create(g, t)), () -> writer.triple(t));
        }
        writer.finish();
    }

    /** Each subject's kind: the first of KINDS it has as a type, else after them, mentions and sentences last. */
    private static Map<Node, Integer> kinds(Graph graph) {
        Map<Node, Integer> kinds = new HashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            int k = KINDS.indexOf(t.getObject());
            if (k < 0) {
                int last = LAST_KINDS.indexOf(t.getObject());
                k = last < 0 ? OTHER : OTHER + 1 + last;
            }
            kinds.merge(t.getSubject(), k, Math::min);
        });
        return kinds;
    }

    private static int rank(Triple t, Map<Node, Integer> kinds) {
        return t.getPredicate().equals(NIF.isString.asNode()) ? TEXT : kinds.getOrDefault(t.getSubject(), OTHER);
    }

    /** The type that gives a subject its kind comes before its other types: {@code a kgo:Article, nif:Context}. */
    private static int typeRank(Triple t) {
        if (!t.getPredicate().equals(RDF.type.asNode())) {
            return 0;
        }
        int k = KINDS.indexOf(t.getObject());
        int last = LAST_KINDS.indexOf(t.getObject());
        return k >= 0 ? k : last >= 0 ? OTHER + 1 + last : TEXT;
    }

    private static int comparePredicates(Node a, Node b) {
        int c = Integer.compare(predicateRank(a), predicateRank(b));
        return c != 0 ? c : compareNodes(a, b);
    }

    private static int predicateRank(Node p) {
        int first = FIRST_PREDICATES.indexOf(p);
        return first >= 0 ? first : LAST_PREDICATES.contains(p) ? FIRST_PREDICATES.size() + 1 : FIRST_PREDICATES.size();
    }

    /** IRIs, then blank nodes, then literals; each in natural order of its text. */
    private static int compareNodes(Node a, Node b) {
        int c = Integer.compare(order(a), order(b));
        return c != 0 ? c : NaturalOrder.compare(key(a), key(b));
    }

    private static int order(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : 2;
    }

    private static String key(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm() + "\u0000" + n.getLiteralLanguage() + "\u0000" + n.getLiteralDatatypeURI();
        }
        return n.isURI() ? n.getURI() : n.getBlankNodeLabel();
    }

    /**
     * The prefixes the writer will use: each term is formatted as Jena's Turtle writer formats it,
     * and a prefix counts when some term came out as a prefixed name with it.
     */
    private static Map<String, String> usedPrefixes(PrefixMap all, String base, List<Triple> triples, Optional<Node> graphName) {
        NodeFormatter formatter = new NodeFormatterTTL(base, all);
        Map<String, String> used = new LinkedHashMap<>();
        Stream<Node> terms = Stream.concat(graphName.stream(), triples.stream().flatMap(t -> Stream.of(t.getSubject(),
                t.getPredicate().equals(RDF.type.asNode()) ? null : t.getPredicate(), t.getObject())));
        terms.filter(n -> n != null && !n.isBlank()).distinct().forEach(n -> {
            String written = format(formatter, n);
            int datatype = written.lastIndexOf("\"^^");
            String term = n.isLiteral() ? (datatype < 0 ? "<" : written.substring(datatype + 3)) : written;
            int colon = term.indexOf(':');
            if (!term.startsWith("<") && colon >= 0) {
                String prefix = term.substring(0, colon);
                used.put(prefix, all.get(prefix));
            }
        });
        Map<String, String> sorted = new LinkedHashMap<>();
        used.keySet().stream().sorted().forEach(p -> sorted.put(p, used.get(p)));
        return sorted;
    }

    private static String format(NodeFormatter formatter, Node n) {
        StringWriter s = new StringWriter();
        AWriter w = IO.wrap(s);
        formatter.format(w, n);
        w.flush();
        return s.toString();
    }

    private static List<Node> nodes(RDFNode... resources) {
        return Stream.of(resources).map(RDFNode::asNode).toList();
    }
}
