package dev.kg.web;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The diagram on an article's page: an SVG drawing of the people, organizations, places and events of
 * one article and how they connect, or empty for none. Called inside a read transaction with the
 * article's own named graph. {@link #NONE} leaves the page's figure slot empty.
 */
@FunctionalInterface
public interface ArticleFigure {
    ArticleFigure NONE = (graph, article) -> Optional.empty();

    /** An {@code <svg>} element for the article, or empty. */
    Optional<String> svg(Graph articleGraph, Node article);
}
