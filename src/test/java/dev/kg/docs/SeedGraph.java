package dev.kg.docs;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.source.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/** The seed article's graph, converted once per test run, and a helper to query it. */
final class SeedGraph {
    static final Path TEXT = Path.of("seeds/xuzhou-2005.txt");
    private static Model model;

    private SeedGraph() {}

    static synchronized Model model() {
        if (model == null) {
            try {
                Article article = new Article("xuzhou-2005", TEXT.toString(),
                        Files.readString(TEXT, StandardCharsets.UTF_8));
                model = new ArticleConverter().convert(article, ConvertOptions.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** Parses (throwing on a syntax error) and runs a SELECT query, returning every row. */
    static List<QuerySolution> select(String sparql) {
        Query query = QueryFactory.create(sparql);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model()).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
