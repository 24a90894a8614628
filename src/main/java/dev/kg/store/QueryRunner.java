package dev.kg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Reads a SPARQL query file and runs it over a dataset, printing results through Jena's formatters.
 *
 * <pre>
 *   Query query = QueryRunner.parse(Path.of("queries/cq/persons.rq"));
 *   QueryRunner.run(query, dsg, ResultsSyntax.CSV, System.out);
 * </pre>
 */
public final class QueryRunner {
    private static final Pattern POSITION = Pattern.compile(" ?at line (\\d+), column (\\d+)\\.?");

    private QueryRunner() {}

    /** Parses a query file; a syntax error becomes {@code FILE:LINE:COL: message}. */
    public static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the query (" + e.getMessage() + ")", e);
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new StoreException(file + ":" + position(e) + ": " + describe(e), e);
        }
    }

    /**
     * The parser's message names the offending token's position; the exception's own line and
     * column are those of the token before it, so prefer the message's.
     */
    private static String position(QueryParseException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) + ":" + m.group(2) : e.getLine() + ":" + e.getColumn();
    }

    private static String describe(QueryParseException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("syntax error");
        return POSITION.matcher(first).replaceFirst("").replaceAll("\\s{2,}", " ").strip();
    }

    public static void run(Query query, DatasetGraph dsg, ResultsSyntax syntax, OutputStream out) {
        Dataset dataset = DatasetFactory.wrap(dsg);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    writeSelect(exec.execSelect(), query, syntax, out);
                } else if (query.isAskType()) {
                    writeAsk(exec.execAsk(), syntax, out);
                } else if (query.isConstructType()) {
                    writeGraph(exec.execConstruct(), syntax, out);
                } else if (query.isDescribeType()) {
                    writeGraph(exec.execDescribe(), syntax, out);
                } else {
                    throw new StoreException("unsupported query form: " + query.queryType());
                }
            }
        });
    }

    private static void writeSelect(ResultSet rs, Query query, ResultsSyntax syntax, OutputStream out) {
        switch (syntax) {
            case TEXT -> ResultSetFormatter.out(out, rs, query);
            case CSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
        }
    }

    private static void writeAsk(boolean answer, ResultsSyntax syntax, OutputStream out) {
        switch (syntax) {
            case TEXT -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
        }
    }

    private static void writeGraph(Model model, ResultsSyntax syntax, OutputStream out) {
        RDFFormat format = switch (syntax) {
            case TEXT -> RDFFormat.TURTLE_PRETTY;
            case JSON -> RDFFormat.JSONLD;
            case CSV, TSV -> RDFFormat.NTRIPLES;
        };
        RDFDataMgr.write(out, model, format);
    }
}
