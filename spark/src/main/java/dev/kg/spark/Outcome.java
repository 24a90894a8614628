package dev.kg.spark;

import java.io.Serializable;

/**
 * What became of one article: its graph as N-Quads, or why it failed.
 *
 * @param id       the article's id ({@code -} when the entry has none, e.g. a line that is not JSON)
 * @param location where it came from
 * @param nquads   its named graph in N-Quads, or {@code null} when it failed
 * @param triples  the graph's size
 * @param chars    the article's length (UTF-16 units, as kg convert's progress counts them)
 * @param failure  the reason it failed (one line), or {@code null}
 */
record Outcome(String id, String location, String nquads, long triples, long chars, String failure)
        implements Serializable {
    static Outcome converted(String id, String location, String nquads, long triples, long chars) {
        return new Outcome(id, location, nquads, triples, chars, null);
    }

    static Outcome failed(String id, String location, String reason) {
        return new Outcome(id, location, null, 0, 0, reason);
    }

    boolean ok() {
        return failure == null;
    }

    /** The report's line: id, location and reason, tab-separated (tabs and line breaks inside become spaces). */
    String reportLine() {
        return clean(id) + "\t" + clean(location) + "\t" + clean(failure) + "\n";
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
