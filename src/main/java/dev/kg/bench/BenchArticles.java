package dev.kg.bench;

import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import dev.kg.source.Inputs;
import dev.kg.source.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The articles a benchmark reads: files, folders and JSON Lines as {@code kg convert} takes them, all or nothing. */
public final class BenchArticles {
    private BenchArticles() {
    }

    /** @throws SourceException on the first input that cannot be read: a benchmark needs all of them */
    public static List<Article> read(List<Path> paths) {
        Inputs inputs = Inputs.expand(paths);
        if (!inputs.problems().isEmpty()) {
            throw new SourceException(inputs.problems().get(0));
        }
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (Input input : inputs.inputs()) {
            articles.add(input.read(reader));
        }
        if (articles.isEmpty()) {
            throw new SourceException("no articles in " + paths);
        }
        return articles;
    }
}
