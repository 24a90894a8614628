package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.docs.DocsGenerator;
import dev.kg.vocab.Ontology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg docs [-o DIR]}: writes the ontology reference and diagram generated from ontology/*.ttl. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Generate the ontology reference (ontology.html) and class diagram (ontology.svg) "
                + "from the ontology files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the files could not be generated or written"})
public final class DocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "docs",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<Path> written = new DocsGenerator(Ontology.standard()).write(output);
            written.forEach(p -> out.println("wrote " + p));
            out.flush();
            return 0;
        } catch (KgException e) {
            spec.commandLine().getErr().println("kg docs: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
