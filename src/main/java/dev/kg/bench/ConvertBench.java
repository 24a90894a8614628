package dev.kg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.convert.ParallelRun;
import dev.kg.extract.Lexicon;
import dev.kg.nlp.Tokenizer;
import dev.kg.normalize.Normalizer;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.store.GraphWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;

/**
 * Corpus throughput: kg's conversion (each article to N-Quads, written nowhere, through
 * {@link ParallelRun} with one {@link ArticleConverter} per thread, as {@code kg convert} runs) against
 * HanLP's segmentation with person, place and organization recognition alone on the same texts, on the
 * same threads, in the same run. The two alternate within each round, so that both see the same load.
 *
 * <pre>
 *   ConvertBench bench = new ConvertBench(articles);
 *   List&lt;Row&gt; rows = bench.run(List.of(1, 2), 3);   // per thread count: kg and HanLP, medians
 * </pre>
 */
public final class ConvertBench {
    /**
     * Which engine a row measures: HanLP's NER alone (the baseline), kg's own nlp stage alone (normalization
     * and {@link Tokenizer}: HanLP as kg configures it, the floor under kg's time), and kg's whole conversion.
     */
    public enum Engine { HANLP, NLP, KG }

    /**
     * One engine on one thread count, per round: the wall time, and the CPU time its threads spent in
     * the jobs (what other processes on a shared machine do not inflate); {@code ratios} and
     * {@code cpuRatios} are the engine's rate over HanLP's in each round (empty on HanLP's rows).
     */
    public record Row(Engine engine, int threads, long chars, long[] nanos, long[] cpuNanos, double[] ratios,
                      double[] cpuRatios) {
        public long medianNanos() {
            return median(nanos);
        }

        public double charsPerSecond() {
            return chars * 1e9 / Math.max(1, medianNanos());
        }

        /** Chars per second of CPU time: the rate of one core kept busy. */
        public double charsPerCpuSecond() {
            return chars * 1e9 / Math.max(1, median(cpuNanos));
        }

        /** The median of the rounds' wall-time ratios to HanLP (NaN on HanLP's rows). */
        public double medianRatio() {
            return median(ratios);
        }

        /** The median of the rounds' CPU-time ratios to HanLP (NaN on HanLP's rows). */
        public double medianCpuRatio() {
            return median(cpuRatios);
        }

        private static long median(long[] values) {
            long[] s = values.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        private static double median(double[] values) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double[] s = values.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }
    }

    /** One timed pass: wall and CPU nanoseconds. */
    private record Pass(long nanos, long cpuNanos) {
    }

    private static final int WARMUP_CHARS = 300_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final List<Article> articles;
    private final long chars;

    public ConvertBench(List<Article> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles");
        }
        this.articles = List.copyOf(articles);
        this.chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    }

    public long chars() {
        return chars;
    }

    public int articles() {
        return articles.size();
    }

    /** The articles repeated in turn (renamed {@code …-r2} etc.) until they hold {@code size} chars. */
    public static List<Article> upTo(List<Article> sources, long size) {
        List<Article> out = new ArrayList<>();
        long chars = 0;
        for (int i = 0; chars < size; i++) {
            Article a = sources.get(i % sources.size());
            int copy = i / sources.size();
            out.add(copy == 0 ? a : new Article(a.id() + "-r" + (copy + 1), a.location(), a.text()));
            chars += a.text().length();
        }
        return out;
    }

    /** For each thread count, a HanLP, an nlp and a kg row, in that order; {@code runs} rounds each. */
    public List<Row> run(List<Integer> threadCounts, int runs, Runnable afterEachRun) {
        int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        // built before timing, as kg convert builds them once per thread: HanLP's and our dictionaries load here
        List<ArticleConverter> converters = new ArrayList<>();
        List<Tokenizer> tokenizers = new ArrayList<>();
        for (int i = 0; i <= most; i++) { // one more: ParallelRun's submitting thread runs jobs when the queue is full
            converters.add(new ArticleConverter());
            tokenizers.add(new Tokenizer(Lexicon.standard().dictionaryWords()));
        }
        warmUp(converters, tokenizers.get(0));
        List<Row> rows = new ArrayList<>();
        for (int threads : threadCounts) {
            Pass[][] passes = new Pass[Engine.values().length][runs];
            for (int r = 0; r < runs; r++) {
                // alternate the order, so that no engine always runs on a warmer or quieter machine
                List<Engine> order = r % 2 == 0 ? List.of(Engine.HANLP, Engine.NLP, Engine.KG)
                        : List.of(Engine.KG, Engine.NLP, Engine.HANLP);
                for (Engine e : order) {
                    passes[e.ordinal()][r] = switch (e) {
                        case HANLP -> timeHanlp(threads);
                        case NLP -> timeNlp(tokenizers, threads);
                        case KG -> timeKg(converters, threads);
                    };
                }
                afterEachRun.run();
            }
            Pass[] hanlp = passes[Engine.HANLP.ordinal()];
            for (Engine e : Engine.values()) {
                Pass[] p = passes[e.ordinal()];
                boolean base = e == Engine.HANLP;
                double[] ratios = new double[base ? 0 : runs];
                double[] cpuRatios = new double[base ? 0 : runs];
                for (int r = 0; !base && r < runs; r++) {
                    ratios[r] = (double) hanlp[r].nanos() / p[r].nanos();
                    cpuRatios[r] = (double) hanlp[r].cpuNanos() / p[r].cpuNanos();
                }
                rows.add(new Row(e, threads, chars, Arrays.stream(p).mapToLong(Pass::nanos).toArray(),
                        Arrays.stream(p).mapToLong(Pass::cpuNanos).toArray(), ratios, cpuRatios));
            }
        }
        return rows;
    }

    private void warmUp(List<ArticleConverter> converters, Tokenizer tokenizer) {
        List<Article> some = new ArrayList<>();
        long n = 0;
        for (Article a : articles) {
            if (n >= WARMUP_CHARS) {
                break;
            }
            some.add(a);
            n += a.text().length();
        }
        Segment segment = baseline();
        for (Article a : some) {
            segment.seg(a.text());
            nlp(tokenizer, a);
            kg(converters.get(0), a);
        }
    }

    private Pass timeKg(List<ArticleConverter> converters, int threads) {
        BlockingQueue<ArticleConverter> ready = new ArrayBlockingQueue<>(converters.size(), false, converters);
        return time(threads, ready::remove, ConvertBench::kg);
    }

    private Pass timeNlp(List<Tokenizer> tokenizers, int threads) {
        BlockingQueue<Tokenizer> ready = new ArrayBlockingQueue<>(tokenizers.size(), false, tokenizers);
        return time(threads, ready::remove, ConvertBench::nlp);
    }

    private Pass timeHanlp(int threads) {
        return time(threads, ConvertBench::baseline, (segment, a) -> (long) segment.seg(a.text()).size());
    }

    private <W> Pass time(int threads, Supplier<W> perThread, BiFunction<W, Article, Long> job) {
        System.gc(); // start each run from the live set, so one run's garbage is not the next's cost
        LongAdder cpu = new LongAdder();
        long t0 = System.nanoTime();
        List<Long> out = ParallelRun.run(articles, threads, perThread, (worker, article) -> {
            long c0 = CPU.getCurrentThreadCpuTime();
            Long result = job.apply(worker, article);
            cpu.add(CPU.getCurrentThreadCpuTime() - c0);
            return result;
        });
        long nanos = System.nanoTime() - t0;
        if (out.size() != articles.size()) {
            throw new IllegalStateException("lost articles: " + out.size() + " of " + articles.size());
        }
        return new Pass(nanos, cpu.sum());
    }

    private static long kg(ArticleConverter converter, Article article) {
        Model model = converter.convert(article, ConvertOptions.defaults());
        GraphWriter.write(model, OutputStream.nullOutputStream(), RdfFormat.NQ);
        return model.size();
    }

    /** kg's nlp stage as {@link dev.kg.extract.Extractor} runs it: the normalized text in sentences and words. */
    private static long nlp(Tokenizer tokenizer, Article article) {
        return tokenizer.sentences(Normalizer.normalize(article.text()).text()).size();
    }

    /** HanLP with its person, place and organization recognizers (the issue-3 baseline), no kg code. */
    static Segment baseline() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
    }
}
