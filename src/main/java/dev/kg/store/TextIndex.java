package dev.kg.store;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index behind {@code text:query}: one Lucene field, {@value #FIELD}, over every label
 * (simplified, traditional, pinyin) and every sentence's text (original and simplified), segmented by
 * Lucene's SmartCN analyzer, so that {@code ?s text:query "检查组"} finds entities and sentences alike.
 * jena-text keeps the index in step with the dataset: a triple added or deleted in a transaction is
 * indexed or unindexed with it (the uid field makes deletes exact).
 *
 * <p>The standalone Fuseki configuration declares the same index in assembler form; a test checks the two agree.
 */
public final class TextIndex {
    /** The one indexed field: {@code text:query "…"} without a property searches it. */
    public static final String FIELD = "text";
    /** The predicates whose literals are indexed. */
    public static final List<Node> PREDICATES = List.of(
            SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), FOAF.name.asNode(), RDFS.label.asNode(),
            NIF.anchorOf.asNode(), KGO.normalizedForm.asNode());

    private TextIndex() {}

    /**
     * The entity definition: subject IRI in {@code uri}, language tag in {@code lang}. No graph field:
     * with one, jena-text filters hits by the query's active graph, and the union default graph that
     * users query would find nothing.
     */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        PREDICATES.forEach(p -> def.set(FIELD, p));
        def.setLangField("lang");
        def.setUidField("uid");
        return def;
    }

    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true); // text:query can return the matched literal (?s text:query (?p "q") ?score ?literal)
        return config;
    }

    /** {@code base} with an index in {@code dir} (created if absent), kept in step with it. */
    public static DatasetGraph onDisk(DatasetGraph base, Path dir) {
        try {
            return wrap(base, FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + dir, e);
        }
    }

    /** {@code base} with an index in memory (for {@code --mem} and tests). */
    public static DatasetGraph inMemory(DatasetGraph base) {
        return wrap(base, new ByteBuffersDirectory());
    }

    private static DatasetGraph wrap(DatasetGraph base, Directory dir) {
        return TextDatasetFactory.createLucene(base, dir, config());
    }
}
