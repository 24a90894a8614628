package dev.kg.convert;

import dev.kg.source.Article;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The whole pipeline for one article: normalize → nlp → extract → rdf.
 *
 * <pre>
 *   ArticleConverter converter = new ArticleConverter();
 *   Model graph = converter.convert(article, ConvertOptions.defaults());
 * </pre>
 *
 * Thread-safe once constructed; construct once and reuse (lexicons and HanLP load once).
 */
public final class ArticleConverter {
    public Model convert(Article article, ConvertOptions options) {
        // TODO(foundation): wired to the pipeline stages
        return ModelFactory.createDefaultModel();
    }
}
