package dev.kg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one article (or of a corpus, micro-averaged) per category; a category that was not
 * scored (the baseline has no positions) is absent.
 */
public record ArticleScore(String articleId, Map<Category, CategoryScore> scores) {
    public ArticleScore {
        Objects.requireNonNull(articleId, "articleId");
        scores = scores.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    public Optional<CategoryScore> score(Category category) {
        return Optional.ofNullable(scores.get(category));
    }

    /** Micro-average over articles: counts summed per category. */
    public static ArticleScore total(String id, List<ArticleScore> articles) {
        Map<Category, CategoryScore> sums = new EnumMap<>(Category.class);
        for (ArticleScore a : articles) {
            a.scores.forEach((c, s) -> sums.merge(c, s, CategoryScore::plus));
        }
        return new ArticleScore(id, sums);
    }
}
