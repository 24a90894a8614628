package dev.kg.web;

import java.util.function.Function;
import org.apache.jena.graph.Graph;

/**
 * The diagram on an article's page: an inline {@code <svg>} of the people, organizations, places and
 * events of one article and how they connect, or "" for none. Called inside a read transaction with
 * the article's own named graph, and with where each node should link to (its page here). Shaped
 * like {@code dev.kg.diagram.ArticleDiagram.svg}, so that {@code ArticleDiagram::svg} is one.
 * {@link #NONE} leaves the page's figure slot empty.
 */
@FunctionalInterface
public interface ArticleFigure {
    ArticleFigure NONE = (graph, article, hrefOf) -> "";

    /**
     * @param articleGraph the article's named graph
     * @param articleIri   the article's IRI
     * @param hrefOf       the link of a node, given its IRI
     */
    String svg(Graph articleGraph, String articleIri, Function<String, String> hrefOf);
}
