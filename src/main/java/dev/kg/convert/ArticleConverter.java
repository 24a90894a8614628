package dev.kg.convert;

import dev.kg.extract.ArticleFacts;
import dev.kg.extract.Extractor;
import dev.kg.extract.Lexicon;
import dev.kg.normalize.NormalizedText;
import dev.kg.normalize.Normalizer;
import dev.kg.rdf.ArticleGraph;
import dev.kg.rdf.GraphBuilder;
import dev.kg.source.Article;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(ArticleConverter.class);
    private final Extractor extractor = new Extractor(Lexicon.standard());

    public Model convert(Article article, ConvertOptions options) {
        long t0 = System.nanoTime();
        ArticleFacts facts = facts(article);
        Model model = new GraphBuilder(options.base(), article.id(), facts, options.published()).build();
        // where it was published: a fact about the article, not found in its text
        options.source().ifPresent(url -> ArticleGraph.name(model.getGraph()).ifPresent(iri ->
                model.add(model.wrapAsResource(iri), DCTerms.source, model.createResource(url))));
        LOG.info("{}: {} persons, {} organizations, {} places, {} positions, {} events; {} triples in {} ms",
                article.id(), facts.persons().size(), facts.organizations().size(), facts.places().size(),
                facts.positions().size(), facts.events().size(), model.size(), (System.nanoTime() - t0) / 1_000_000);
        return model;
    }

    /** The extracted facts, before mapping to RDF. */
    public ArticleFacts facts(Article article) {
        NormalizedText text = Normalizer.normalize(article.text());
        return extractor.extract(text);
    }
}
