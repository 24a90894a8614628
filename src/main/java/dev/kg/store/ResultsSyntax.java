package dev.kg.store;

import java.util.Locale;

/**
 * How {@code kg query} prints results. SELECT and ASK use the SPARQL results formats; CONSTRUCT and
 * DESCRIBE print RDF: Turtle for {@code text}, JSON-LD for {@code json}, N-Triples for csv and tsv.
 */
public enum ResultsSyntax {
    TEXT, CSV, TSV, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
