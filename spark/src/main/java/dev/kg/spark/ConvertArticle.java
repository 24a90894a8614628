package dev.kg.spark;

import dev.kg.KgException;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import dev.kg.source.SourceException;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.util.LongAccumulator;

/**
 * Converts one article on an executor, as {@code kg convert} does: read (with kg's checks), the entry's
 * own publication date over the job's, the shared converter, and the graph written as {@code kg convert
 * --format nq} writes it. A bad article becomes a failed {@link Outcome}, never an exception that would
 * fail the task and, after Spark's retries, the job.
 */
final class ConvertArticle implements Function<Pending, Outcome> {
    private final String base;
    private final String published; // LocalDate as text: ConvertOptions is not Serializable
    private final LongAccumulator converted;
    private final LongAccumulator failed;
    private final LongAccumulator triples;
    private final LongAccumulator chars;
    private final LongAccumulator cpuNanos;

    /**
     * Counts into the accumulators: articles converted and failed, triples, characters converted and the
     * CPU time of the conversions (the executor thread's own, so a busy machine does not inflate it).
     */
    ConvertArticle(ConvertOptions options, LongAccumulator converted, LongAccumulator failed, LongAccumulator triples,
                   LongAccumulator chars, LongAccumulator cpuNanos) {
        this.base = options.base();
        this.published = options.published().map(Object::toString).orElse(null);
        this.converted = converted;
        this.failed = failed;
        this.triples = triples;
        this.chars = chars;
        this.cpuNanos = cpuNanos;
    }

    @Override
    public Outcome call(Pending pending) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Outcome outcome = convert(pending);
        cpuNanos.add(threads.getCurrentThreadCpuTime() - cpu0);
        if (outcome.ok()) {
            converted.add(1);
            triples.add(outcome.triples());
            chars.add(outcome.chars());
        } else {
            failed.add(1);
        }
        return outcome;
    }

    private Outcome convert(Pending pending) {
        String id = pending.id().orElse("-");
        try {
            ArticleReader reader = new ArticleReader();
            Input input = pending.read(reader);
            Article article = input.read(reader);
            ConvertOptions options = options();
            ConvertOptions own = options.forInput(input);
            Model model = Converters.shared().convert(article, own);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfFormat.NQ.write(model, out);
            return Outcome.converted(article.id(), pending.location(), out.toString(StandardCharsets.UTF_8), model.size(),
                    article.text().length());
        } catch (SourceException e) {
            return Outcome.failed(id, pending.location(), e.reason());
        } catch (KgException e) {
            return Outcome.failed(id, pending.location(), firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // a converter bug on one article must not cost the others (as in kg convert)
            return Outcome.failed(id, pending.location(), "conversion failed: " + e + " (a bug in kg; please report it)");
        }
    }

    private ConvertOptions options() {
        ConvertOptions options = new ConvertOptions(base, java.util.Optional.empty());
        return published == null ? options : options.withPublished(java.time.LocalDate.parse(published));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
