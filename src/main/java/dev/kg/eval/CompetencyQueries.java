package dev.kg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The six competency queries, the graph's public contract, loaded once from the classpath
 * ({@code /queries/cq/{query}.rq}, shipped in the jar) and run over a model or dataset, per
 * {@link Category} (event details run the events query, see {@link Category#query()}).
 * Each row maps a variable to the lexical form of a literal or the IRI of a resource; an unbound
 * variable is absent from its row.
 *
 * <pre>
 *   CompetencyQueries cqs = CompetencyQueries.load();
 *   List&lt;Map&lt;String, String&gt;&gt; persons = cqs.run(Category.PERSONS, model);
 * </pre>
 */
public final class CompetencyQueries {
    private final Map<Category, Query> queries;

    private CompetencyQueries(Map<Category, Query> queries) {
        this.queries = queries;
    }

    public static CompetencyQueries load() {
        Map<Category, Query> queries = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            queries.put(c, c.query() == c ? parse(c) : queries.get(c.query()));
        }
        return new CompetencyQueries(queries);
    }

    /** Where a category's query lives on the classpath. */
    public static String resource(Category category) {
        return "/queries/cq/" + category.query().code() + ".rq";
    }

    /** The SPARQL text of a category's query, as shipped. */
    public String text(Category category) {
        return queries.get(category).serialize();
    }

    public List<Map<String, String>> run(Category category, Model model) {
        try (QueryExecution qexec = QueryExecution.model(model).query(queries.get(category)).build()) {
            return rows(qexec.execSelect());
        }
    }

    /** Runs over the dataset's default graph (a store that keeps articles in named graphs should make it their union). */
    public List<Map<String, String>> run(Category category, Dataset dataset) {
        try (QueryExecution qexec = QueryExecution.dataset(dataset).query(queries.get(category)).build()) {
            return rows(qexec.execSelect());
        }
    }

    /** Every category's rows over one model, in category order (a shared query runs once). */
    public Map<Category, List<Map<String, String>>> runAll(Model model) {
        Map<Category, List<Map<String, String>>> all = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            all.put(c, c.query() == c ? run(c, model) : all.get(c.query()));
        }
        return Collections.unmodifiableMap(all);
    }

    private static List<Map<String, String>> rows(ResultSet results) {
        List<String> vars = results.getResultVars();
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String var : vars) {
                RDFNode node = solution.get(var);
                if (node != null) {
                    row.put(var, lexical(node));
                }
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableList(rows);
    }

    private static String lexical(RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        return "_:" + node.asResource().getId().getLabelString();
    }

    private static Query parse(Category category) {
        String path = resource(category);
        try (InputStream in = CompetencyQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new EvalException("competency query " + path + " is not on the classpath; "
                        + "is the jar built with queries/ packaged?");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return QueryFactory.create(text);
        } catch (IOException e) {
            throw new EvalException("cannot read competency query " + path + ": " + e.getMessage(), e);
        } catch (QueryParseException e) {
            throw new EvalException("competency query " + path + " is not valid SPARQL: " + e.getMessage(), e);
        }
    }
}
