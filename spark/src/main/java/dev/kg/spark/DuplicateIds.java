package dev.kg.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Ids that more than one article has. An id names the article's graph, so two articles with one id
 * would merge into one graph when loaded: refused before anything is converted, as {@code kg convert}
 * refuses them. Reads names and JSON lines only (a text file's bytes are not opened).
 */
final class DuplicateIds {
    private DuplicateIds() {
    }

    /**
     * @param seen counts every article looked at (bad JSON lines included)
     * @return up to {@code limit} lines {@code ID (N articles)}
     */
    static List<String> find(JavaRDD<Pending> articles, LongAccumulator seen, int limit) {
        return articles
                .mapToPair(p -> {
                    seen.add(1);
                    return new Tuple2<>(p.id().orElse(""), 1L);
                })
                .reduceByKey(Long::sum)
                .filter(c -> c._2() > 1 && !c._1().isEmpty())
                .map(c -> c._1() + " (" + c._2() + " articles)")
                .take(limit);
    }
}
