package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.ArticleGraph;
import dev.kg.source.Corpus;
import dev.kg.source.SizeLimit;
import dev.kg.source.Survey;
import dev.kg.store.BulkLoad;
import dev.kg.store.KgDatabase;
import dev.kg.store.StoreException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.Lang;
import dev.kg.link.Linking;
import dev.kg.store.DatasetLoader;
import dev.kg.store.DatasetLoader.Loaded;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.kg.vocab.KGO;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Loads files, saying on {@code out} what each added and on {@code err} why one failed: {@link #bulk}
 * all of them in one all-or-nothing bulk load ({@code kg load}), or {@link #run} one transaction each
 * ({@code kg serve FILE...}, where a failed file does not stop the others).
 */
final class FileLoads {
    private int loaded;
    private int replaced;
    private int failed;
    /** Articles out of folders and JSON Lines files, counted apart from files in the summary. */
    private int batchArticles;
    private long newGraphs = -1;

    static FileLoads run(DatasetLoader loader, List<Path> files, PrintWriter out, PrintWriter err) {
        FileLoads loads = new FileLoads();
        for (Path file : files) {
            try {
                Loaded l = loader.load(file);
                loads.loaded++;
                if (l.replaced()) {
                    loads.replaced++;
                }
                out.println(file + ": " + count(l.triples(), "triple") + " in <" + l.graph().getURI() + ">"
                        + (l.replaced() ? " (replaced)" : " (new graph)"));
            } catch (KgException e) {
                loads.failed++;
                err.println("kg: " + e.getMessage().lines().findFirst().orElse(""));
            }
            out.flush();
            err.flush();
        }
        return loads;
    }

    /**
     * One bulk load of every input ({@link BulkLoad}): RDF files parsed into it, then articles (files,
     * folders, JSON Lines) converted on {@code threads} and streamed into it. Any input that fails stops
     * the load and nothing is loaded: the database is as before. A progress line goes to {@code err}
     * every {@code progressEvery}.
     */
    static FileLoads bulk(KgDatabase database, List<Path> paths, ConvertOptions options, int threads,
                          Duration progressEvery, PrintWriter out, PrintWriter err) {
        FileLoads loads = new FileLoads();
        List<Path> rdf = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        paths.forEach(p -> (isRdf(p) ? rdf : articles).add(p));
        List<String> problems = new ArrayList<>();
        List<Lang> syntaxes = new ArrayList<>();
        for (Path file : rdf) {
            try {
                syntaxes.add(DatasetLoader.syntax(file));
            } catch (KgException e) {
                problems.add(e.getMessage());
            }
        }
        // a first pass over the articles, keeping ids only: bad entries and shared ids stop the load
        // before it starts; the second pass, the conversion, streams (a JSON Lines file is never held)
        Corpus corpus = Corpus.of(articles, SizeLimit.DEFAULT);
        long[] total = firstPass(corpus, problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("kg: " + p));
            return loads.nothingLoaded(paths.size(), err);
        }
        BulkLoad load = database.bulkLoad();
        AtomicLong articlesDone = new AtomicLong();
        long start = System.nanoTime();
        // on a terminal a bar (articles, chars/s, ETA); otherwise a line now and then, with the triples
        Progress progress = new Progress(total[0], total[1]);
        AutoCloseable ticker = total[0] > 1 && Progress.stderrIsTerminal() ? progress.bar(System.err, "load")
                : Progress.every(progressEvery, () -> Progress.say(err, "kg: progress: " + load.quads() + " triples loaded ("
                + perSecond(load.quads(), start) + "/s), " + articlesDone.get() + "/" + total[0] + " articles"));
        try {
            for (int i = 0; i < rdf.size(); i++) {
                Path file = rdf.get(i);
                BulkLoad.Sink sink = load.into(DatasetLoader.fileGraph(file));
                DatasetLoader.parse(file, syntaxes.get(i), sink);
                loads.said(out, file.toString(), sink.added());
            }
            ConvertedArticles.each(corpus, total[0], threads, options, c -> {
                if (c.failure() != null) {
                    throw new StoreException(c.failure());
                }
                Node name = ArticleGraph.name(c.model().getGraph()).orElseGet(() -> DatasetLoader.fileGraph(c.input().file()));
                loads.said(out, c.input().location(), load.add(name, c.model().getGraph()));
                articlesDone.incrementAndGet();
                progress.done(c.input().size());
                if (c.input().batch()) {
                    loads.batchArticles++;
                }
            });
            load.commit();
        } catch (KgException e) {
            load.abort(e);
            Progress.say(err, "kg: " + e.getMessage().lines().findFirst().orElse(""));
            return loads.nothingLoaded(paths.size(), err);
        } catch (RuntimeException | Error e) {
            load.abort(e instanceof Exception x ? x : new IllegalStateException(e));
            throw e;
        } finally {
            Progress.close(ticker);
        }
        loads.newGraphs = load.newGraphs();
        loads.replaced = (int) load.replacedGraphs();
        return loads;
    }

    private void said(PrintWriter out, String source, BulkLoad.Added added) {
        loaded++;
        List<Node> graphs = added.graphs();
        if (graphs.size() == 1) {
            out.println(source + ": " + count(added.triples(), "triple") + " in <" + graphs.get(0).getURI() + ">"
                    + (added.replaced().isEmpty() ? " (new graph)" : " (replaced)"));
        } else {
            out.println(source + ": " + count(added.triples(), "triple") + " in " + count(graphs.size(), "graph")
                    + " (" + (graphs.size() - added.replaced().size()) + " new, " + added.replaced().size() + " replaced)");
        }
    }

    private FileLoads nothingLoaded(int inputs, PrintWriter err) {
        failed = Math.max(1, inputs - loaded);
        loaded = 0;
        batchArticles = 0;
        err.println("kg: nothing loaded: the database is as it was before this load (fix or remove the input above"
                + " and load again)");
        err.flush();
        return this;
    }

    /**
     * Collects every bad entry, and the first id two articles share; returns the number of articles
     * and their size (characters, or bytes for files not read yet).
     */
    private static long[] firstPass(Corpus corpus, List<String> problems) {
        Set<String> ids = new HashSet<>();
        long[] articles = {0, 0};
        boolean[] shared = {false};
        corpus.forEach(entry -> {
            if (entry.isProblem()) {
                problems.add(entry.problem());
            } else {
                articles[0]++;
                articles[1] += entry.input().size();
                shared[0] |= !ids.add(entry.input().id());
            }
        });
        if (shared[0]) {
            Survey.of(corpus).duplicate().ifPresent(problems::add);
        }
        return articles;
    }

    private static boolean isRdf(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return !Files.isDirectory(p) && !DatasetLoader.isArticle(p) && !name.endsWith(".jsonl");
    }

    private static long perSecond(long n, long startNanos) {
        return Math.round(n / Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3));
    }

    /**
     * After a load that changed something, computes the linksets again over every article of the
     * database (identity across articles, curated Wikidata links) and replaces the stored ones.
     */
    void relink(DatasetGraph dataset, String base, PrintWriter out) {
        if (loaded == 0 || !Txn.calculateRead(dataset,
                () -> dataset.getUnionGraph().contains(Node.ANY, RDF.type.asNode(), KGO.Article.asNode()))) {
            return; // nothing changed, or no article to link (plain RDF files)
        }
        long start = System.nanoTime();
        Map<String, Model> linksets = Linking.linkAll(dataset, base, false);
        long links = linksets.values().stream().mapToLong(Model::size).sum();
        out.println("Linked across articles: " + count(linksets.size(), "linkset graph") + " ("
                + count(links, "triple") + ") in " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)
                + " s.");
        out.flush();
    }

    int loaded() {
        return loaded;
    }

    int failed() {
        return failed;
    }

    /** E.g. "Loaded 2 of 3 files (1 new graph, 1 replaced)", "Loaded 1 file and 200 articles (201 new graphs, 0 replaced)". */
    String summary() {
        int files = loaded - batchArticles;
        String what = failed == 0 ? count(files, "file") : files + " of " + count(files + failed, "file");
        if (batchArticles > 0) {
            what = files == 0 && failed == 0 ? count(batchArticles, "article") : what + " and " + count(batchArticles, "article");
        }
        long fresh = newGraphs >= 0 ? newGraphs : loaded - replaced;
        return "Loaded " + what + " (" + count(fresh, "new graph") + ", " + replaced + " replaced)";
    }

    /** "1 graph", "2 graphs". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
