package dev.kg.link;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Every linkset of a dataset in one call: identity across articles, then the links of the corpus
 * resources to Wikidata (curated file, and the endpoint if one is given) and GeoNames.
 *
 * <pre>
 * Map&lt;String, Model&gt; linksets = Linking.compute(dataset, base, LocalDate.now());
 * Linking.install(dataset, linksets, true);   // true: also into the default graph (in-memory datasets)
 * </pre>
 */
public final class Linking {
    private Linking() {}

    /** The linksets by graph name, identity first, and how the Wikidata path went. */
    public record Outcome(Map<String, Model> linksets, long wikidataLinks, long ambiguous, Optional<String> failure) {}

    /** Offline only: identity, the curated Wikidata links and GeoNames. */
    public static Map<String, Model> compute(DatasetGraph dataset, String base, LocalDate created) {
        return run(dataset, base, Optional.empty(), created).linksets();
    }

    /** All linksets; an endpoint that fails leaves the offline links in place and says why in the outcome. */
    public static Outcome run(DatasetGraph dataset, String base, Optional<WikidataSource> online, LocalDate created) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        Model identity = Txn.calculateRead(dataset, () -> new IdentityLinker(base).link(dataset, created));
        graphs.put(IdentityLinker.IRI, identity);
        WikidataLinker.Result wd = new WikidataLinker(WikidataSource.curated(), online).link(identity, created);
        graphs.put(WikidataLinker.IRI, wd.wikidata());
        graphs.put(WikidataLinker.GEONAMES_IRI, wd.geonames());
        return new Outcome(graphs, wd.linked(), wd.ambiguous(), wd.failure());
    }

    /**
     * What {@code kg load} and {@code kg serve} call after loading: computes the offline linksets
     * over every article of the dataset and puts them in it (see {@link #install}).
     */
    public static Map<String, Model> linkAll(DatasetGraph dataset, String base, boolean copyToDefault) {
        Map<String, Model> linksets = compute(dataset, base, LocalDate.now());
        install(dataset, linksets, copyToDefault);
        return linksets;
    }

    /**
     * Puts each linkset into the dataset as its named graph, replacing an earlier one of that name;
     * with {@code copyToDefault} its triples also go to the default graph (a dataset without a
     * union default graph, as {@code store.DatasetLoader} makes).
     */
    public static void install(DatasetGraph dataset, Map<String, Model> linksets, boolean copyToDefault) {
        Txn.executeWrite(dataset, () -> linksets.forEach((name, model) -> {
            Node g = NodeFactory.createURI(name);
            dataset.removeGraph(g);
            model.getGraph().find().forEachRemaining(t -> {
                dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                if (copyToDefault) {
                    dataset.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
                }
            });
            model.getNsPrefixMap().forEach(dataset.prefixes()::add);
        }));
    }
}
