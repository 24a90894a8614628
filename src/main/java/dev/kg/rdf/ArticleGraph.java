package dev.kg.rdf;

import dev.kg.vocab.KGO;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The one rule for naming an article's graph, shared by {@code kg serve}/{@code kg query} (which
 * load each article into its own named graph) and by the TriG and N-Quads writers: the graph is
 * named after its {@code kgo:Article} IRI.
 */
public final class ArticleGraph {
    private ArticleGraph() {}

    /** The article's IRI when the graph describes exactly one article with an IRI, else empty. */
    public static Optional<Node> name(Graph graph) {
        List<Node> articles = graph.find(Node.ANY, RDF.type.asNode(), KGO.Article.asNode())
                .mapWith(Triple::getSubject).toList();
        return articles.size() == 1 && articles.get(0).isURI() ? Optional.of(articles.get(0)) : Optional.empty();
    }
}
