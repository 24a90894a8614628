package dev.kg.bench;

import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import dev.kg.source.Corpus;
import dev.kg.source.SizeLimit;
import dev.kg.source.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The articles a benchmark reads: files, folders and JSON Lines as {@code kg convert} takes them. An input
 * that is no article (a list of URLs beside the corpus) is skipped and reported, as kg convert would.
 */
public final class BenchArticles {
    private BenchArticles() {
    }

    /** @throws SourceException when no input is an article */
    public static List<Article> read(List<Path> paths, Consumer<String> skipped) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        Corpus.of(paths, SizeLimit.NONE).forEach(entry -> {
            if (entry.isProblem()) {
                skipped.accept(entry.problem());
                return;
            }
            try {
                articles.add(entry.input().read(reader));
            } catch (SourceException e) {
                skipped.accept(e.getMessage());
            }
        });
        if (articles.isEmpty()) {
            throw new SourceException("no articles in " + paths);
        }
        return articles;
    }
}
