package dev.kg.spark;

import dev.kg.convert.ArticleConverter;

/**
 * One {@link ArticleConverter} per executor JVM, made on first use: HanLP's models and kg's lexicons
 * load once, whatever the number of tasks the executor runs (the converter is thread-safe).
 */
final class Converters {
    private Converters() {
    }

    /** The class is initialised (and the converter built) when a task first asks; the JVM makes that thread-safe. */
    private static final class Holder {
        static final ArticleConverter CONVERTER = new ArticleConverter();
    }

    static ArticleConverter shared() {
        return Holder.CONVERTER;
    }
}
