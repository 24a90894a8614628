package dev.kg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import dev.kg.store.TextIndex;
import dev.kg.store.TextRecovery;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Load throughput of several loaders on the same N-Quads, each run on a fresh database, the loaders
 * taking turns within each run (so a busy machine slows them alike); medians over the runs.
 *
 * <pre>
 *   Path nq = LoadBench.copies(List.of(devNq), 80, base, work.resolve("corpus.nq"));
 *   Map&lt;String, Loader&gt; loaders = Map.of("jena sequential", LoadBench.jena(LoaderFactory::sequentialLoader));
 *   List&lt;Row&gt; rows = LoadBench.run(nq, devNq, loaders, 3, work, System.err::println);
 * </pre>
 */
public final class LoadBench {
    /** Loads {@code corpus} into a new database in the (absent) folder {@code db}. */
    @FunctionalInterface
    public interface Loader {
        void load(Path corpus, Path db);
    }

    /** A TDB2 loader factory, such as {@link LoaderFactory#parallelLoader(DatasetGraph, MonitorOutput)}. */
    @FunctionalInterface
    public interface JenaLoader {
        DataLoader create(DatasetGraph dsg, MonitorOutput output);
    }

    /** One loader's result: the median seconds of its runs and the triples per second at that median. */
    public record Row(String loader, long triples, List<Double> seconds, double median, double triplesPerSecond) {}

    private LoadBench() {}

    /**
     * A TDB2 loader driven as {@code tdb2.tdbloader} drives it: a fresh TDB2 database in {@code db},
     * {@code startBulk}, {@code load(file)}, {@code finishBulk}.
     */
    public static Loader jena(JenaLoader factory) {
        return (corpus, db) -> {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
            try {
                DataLoader loader = factory.create(dsg, (format, args) -> { });
                loader.startBulk();
                try {
                    loader.load(corpus.toString());
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                loader.finishBulk();
            } finally {
                TDBInternal.expel(dsg);
            }
        };
    }

    /**
     * {@code loader}, then the text index built from what it loaded, as jena-text's {@code textindexer}
     * builds it: the Jena way to the text-indexed database that {@code kg load} makes.
     */
    public static Loader withTextIndex(Loader loader) {
        return (corpus, db) -> {
            loader.load(corpus, db);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
            DatasetGraph indexed = TextIndex.onDisk(dsg, db.resolve("text"));
            try {
                TextRecovery.rebuild(dsg, ((DatasetGraphText) indexed).getTextIndex());
            } finally {
                indexed.close();
                TDBInternal.expel(dsg);
            }
        };
    }

    /**
     * Runs each loader {@code runs} times on {@code corpus} (fresh folders under {@code work}, removed
     * after), after one untimed run of each on {@code warmup} (loading classes, warming the JIT); the
     * loaders take turns, each run starting with the next one.
     */
    public static List<Row> run(Path corpus, Path warmup, Map<String, Loader> loaders, int runs, Path work,
                                Consumer<String> progress) {
        long triples = count(corpus);
        List<String> names = new ArrayList<>(loaders.keySet());
        for (String name : names) {
            Path db = work.resolve("warmup");
            loaders.get(name).load(warmup, db);
            delete(db);
        }
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        names.forEach(name -> seconds.put(name, new ArrayList<>()));
        for (int run = 1; run <= runs; run++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((run - 1 + i) % names.size());
                Path db = work.resolve("run" + run + "-" + i);
                System.gc();
                long t0 = System.nanoTime();
                loaders.get(name).load(corpus, db);
                double s = (System.nanoTime() - t0) / 1e9;
                seconds.get(name).add(s);
                progress.accept(String.format(java.util.Locale.ROOT, "run %d: %s %.2f s (%.0f triples/s)",
                        run, name, s, triples / s));
                delete(db);
            }
        }
        List<Row> rows = new ArrayList<>();
        seconds.forEach((name, s) -> {
            double median = median(s);
            rows.add(new Row(name, triples, List.copyOf(s), median, triples / median));
        });
        return rows;
    }

    /**
     * Writes {@code copies} copies of the N-Quads files into {@code out}, each copy with other ids:
     * every IRI under {@code base} gets {@code c<k>-} before its first segment (the article id), so
     * each copy's articles are new graphs with new resources, as a larger corpus would have.
     */
    public static Path copies(List<Path> nquads, int copies, String base, Path out) {
        try (OutputStream os = Files.newOutputStream(out)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            writer.start();
            for (int k = 0; k < copies; k++) {
                String prefix = base + "c" + k + "-";
                for (Path file : nquads) {
                    RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            writer.quad(Quad.create(renamed(q.getGraph(), base, prefix), renamed(q.getSubject(), base, prefix),
                                    q.getPredicate(), renamed(q.getObject(), base, prefix)));
                        }
                    });
                }
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return out;
    }

    private static Node renamed(Node n, String base, String prefix) {
        return n.isURI() && n.getURI().startsWith(base) ? NodeFactory.createURI(prefix + n.getURI().substring(base.length())) : n;
    }

    private static long count(Path nquads) {
        long[] n = {0};
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                n[0]++;
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                n[0]++;
            }
        });
        return n[0];
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    /** Removes {@code folder} and everything in it (a database made for a run). */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
