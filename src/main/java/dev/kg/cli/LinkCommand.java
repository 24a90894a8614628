package dev.kg.cli;

import dev.kg.link.IdentityLinker;
import dev.kg.link.Linking;
import dev.kg.link.Linkset;
import dev.kg.link.WikidataSource;
import dev.kg.store.DatasetLoader;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg link}: the linksets of a set of articles and RDF files. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link persons, organizations and places across articles, and to Wikidata; write the linksets.",
        footer = {"",
                "Writes three named graphs (TriG, or N-Quads for a .nq output): " + Linkset.NS + "identity (article-level",
                "resources to corpus-level ones, owl:sameAs or skos:closeMatch, each with its kgo:LinkEvidence),",
                Linkset.NS + "wikidata (from ontology/links/wikidata.ttl, and --endpoint if given) and",
                Linkset.NS + "geonames (through Wikidata's P1566). Each describes itself as a void:Linkset.",
                "",
                "Examples:",
                "  kg link seeds/xuzhou-2005.txt out/*.trig -o links.trig",
                "  kg link out/*.trig --endpoint https://query.wikidata.org/sparql -o -",
                "",
                "Exit status: 0 ok, 1 the endpoint failed (the offline links are written all the same),",
                "2 usage error, an input that does not parse or an output that exists (give --force)."})
public final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Parameters(arity = "1..*", paramLabel = "DATA",
            description = "Articles (.txt, converted on the fly) and RDF files (.ttl .trig .nq .jsonld .nt .rdf).")
    List<Path> data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the linksets: a .trig or .nq file, or - for stdout (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--force", description = "Replace an existing output file (never a link, a folder or a device).")
    boolean force;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Also reconcile with this SPARQL endpoint, e.g. https://query.wikidata.org/sparql (needs network access).")
    URI endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Bound of each query to the endpoint (default: ${DEFAULT-VALUE}); on a failure kg stops asking.")
    int timeout;

    @Override
    public Integer call() {
        Optional<Path> target = output.equals("-") ? Optional.empty() : Optional.of(Path.of(output));
        Existing existing = force ? Existing.REPLACE : Existing.REFUSE;
        if (target.isPresent()) {
            Optional<String> problem = OutputFile.problem(target.get(), existing);
            if (problem.isPresent()) {
                throw new ParameterException(spec.commandLine(), "cannot write " + output + ": " + problem.get());
            }
        }
        if (target.isPresent() && !isDatasetSyntax(target.get())) {
            throw new ParameterException(spec.commandLine(), "cannot write " + output
                    + ": the linksets are named graphs, which only TriG and N-Quads keep (name it .trig or .nq)");
        }
        if (endpoint != null && !List.of("http", "https").contains(String.valueOf(endpoint.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--endpoint " + endpoint + ": not an http(s) URL");
        }
        if (timeout <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        DatasetLoader loader = new DatasetLoader(article.toOptions());
        data.forEach(loader::load);
        Optional<WikidataSource> online = Optional.ofNullable(endpoint)
                .map(u -> WikidataSource.endpoint(u.toString(), Duration.ofSeconds(timeout)));
        Linking.Outcome outcome = Linking.run(loader.dataset(), article.toOptions().base(), online, LocalDate.now());
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        outcome.linksets().forEach((name, model) -> {
            out.addGraph(org.apache.jena.graph.NodeFactory.createURI(name), model.getGraph());
            model.getNsPrefixMap().forEach(out.prefixes()::add);
        });
        RDFFormat format = target.map(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".nq"))
                .orElse(false) ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS;
        if (target.isPresent()) {
            OutputFile.write(target.get(), existing, s -> RDFDataMgr.write(s, out, format));
        } else {
            OutputStream stdout = System.out;
            RDFDataMgr.write(stdout, out, format);
            System.out.flush();
        }
        summary(outcome);
        return outcome.failure().isPresent() ? 1 : 0;
    }

    private static boolean isDatasetSyntax(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".trig") || name.endsWith(".nq");
    }

    private void summary(Linking.Outcome outcome) {
        PrintWriter err = spec.commandLine().getErr();
        Model identity = outcome.linksets().get(IdentityLinker.IRI);
        err.printf("identity: %d owl:sameAs, %d skos:closeMatch; wikidata: %d links, %d ambiguous%n",
                identity.listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                identity.listStatements(null, SKOS.closeMatch, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                outcome.wikidataLinks(), outcome.ambiguous());
        outcome.failure().ifPresent(f -> err.println("kg: " + f));
        err.flush();
    }
}
