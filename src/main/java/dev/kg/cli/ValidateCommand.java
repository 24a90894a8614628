package dev.kg.cli;

import dev.kg.vocab.Ontology;
import dev.kg.rdf.RdfFileReader;
import dev.kg.rdf.RdfReadException;
import dev.kg.rdf.validate.ConformanceReport;
import dev.kg.rdf.validate.GraphValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg validate DATA...}: checks RDF files against kg's SHACL shapes. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check RDF files against kg's SHACL shapes (ontology/shapes.ttl). "
                + "The syntax is chosen by file extension (.ttl, .nt, .nq, .trig, .rdf, .jsonld, optionally .gz).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every file conforms",
                "1:some file has a violation",
                "2:some file cannot be read (missing, unknown format or syntax error)"})
public final class ValidateCommand implements Callable<Integer> {
    static final int VIOLATIONS = 1;
    static final int UNREADABLE = 2;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "RDF files to check, each on its own.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GraphValidator validator = new GraphValidator(Ontology.standard());
        int conforming = 0;
        int failing = 0;
        int unreadable = 0;
        long violations = 0;
        for (Path file : files) {
            Graph graph;
            try {
                graph = RdfFileReader.read(file);
            } catch (RdfReadException e) {
                err.println("error: " + e.getMessage());
                unreadable++;
                continue;
            }
            ConformanceReport report = validator.validate(graph);
            if (report.findings().isEmpty()) {
                out.println(file + ": conforms (" + graph.size() + " triples)");
                conforming++;
            } else {
                out.println(file + ": " + report.findings().size() + " problem(s)");
                report.lines().forEach(line -> out.println("  " + line));
                violations += report.violationCount();
                if (report.violationCount() > 0) {
                    failing++;
                } else {
                    conforming++;
                }
            }
        }
        out.printf("%d file(s): %d conform, %d with violations (%d violations), %d unreadable%n",
                files.size(), conforming, failing, violations, unreadable);
        out.flush();
        err.flush();
        return unreadable > 0 ? UNREADABLE : failing > 0 ? VIOLATIONS : 0;
    }
}
