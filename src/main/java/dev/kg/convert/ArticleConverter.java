package dev.kg.convert;

import dev.kg.extract.ArticleFacts;
import dev.kg.extract.Extractor;
import dev.kg.extract.Lexicon;
import dev.kg.normalize.NormalizedText;
import dev.kg.normalize.Normalizer;
import dev.kg.rdf.GraphBuilder;
import dev.kg.source.Article;
import org.apache.jena.rdf.model.Model;

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
    private final Extractor extractor = new Extractor(Lexicon.standard());

    public Model convert(Article article, ConvertOptions options) {
        return new GraphBuilder(options.base(), article.id(), facts(article), options.published()).build();
    }

    /** The extracted facts, before mapping to RDF. */
    public ArticleFacts facts(Article article) {
        NormalizedText text = Normalizer.normalize(article.text());
        return extractor.extract(text);
    }
}
