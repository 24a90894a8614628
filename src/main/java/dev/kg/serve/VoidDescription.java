package dev.kg.serve;

import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.util.SplitIRI;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID and DCAT description of the served dataset, as the document at {@code /.well-known/void}
 * on the host the client asked ({@code root}, e.g. {@code http://localhost:3030}): the statistics,
 * the SPARQL endpoint, the dumps, the license, and every linkset of the dataset as a subset.
 */
final class VoidDescription {
    /** The path that VoID (RFC 5785 well-known URI registration "void") reserves for the description. */
    static final String PATH = "/.well-known/void";

    /** Classes whose first entity is given as an example resource, when the data has them. */
    private static final List<Resource> EXAMPLE_CLASSES =
            List.of(KGO.Article, FOAF.Person, ORG.Organization, SchemaDO.Place, KGO.Event);
    private static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final Resource SPARQL_PROTOCOL = ResourceFactory.createResource("https://www.w3.org/TR/sparql11-protocol/");
    private static final String TITLE = "kg: Chinese official-event news as a knowledge graph";
    private static final String TITLE_ZH = "kg：公务活动中文新闻知识图谱";
    private static final String DESCRIPTION = "Persons, organizations, places, positions and events read from Chinese news"
            + " articles about official events, one named graph per article, each fact linked to the characters it was"
            + " read from; and the linksets that join them across articles and to other datasets.";
    private static final String RIGHTS = "The graph (its entities, statements and links) is published under the same"
            + " license as kg, Apache-2.0. The articles' own text, quoted in nif:isString and nif:anchorOf, remains"
            + " its publishers' and is not covered by that license.";

    private final DatasetStatistics stats;
    private final String base;

    VoidDescription(DatasetStatistics stats, String base) {
        this.stats = stats;
        this.base = base;
    }

    Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Ontology.standard().model().getNsPrefixMap())
                .setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", FOAF.NS);
        String doc = root + PATH;
        Resource endpoint = m.createResource(root + KgServer.DATASET + "/sparql");
        Resource dataset = m.createResource(doc + "#dataset")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(TITLE, "en"))
                .addProperty(DCTerms.title, m.createLiteral(TITLE_ZH, "zh-Hans"))
                .addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"))
                .addProperty(DCTerms.license, license(m))
                .addProperty(DCTerms.rights, m.createLiteral(RIGHTS, "en"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.sparqlEndpoint, endpoint)
                .addLiteral(VOID.triples, count(m, stats.triples()))
                .addLiteral(VOID.entities, count(m, stats.entities()))
                .addLiteral(VOID.classes, count(m, stats.classes().size()))
                .addLiteral(VOID.properties, count(m, stats.properties().size()));
        m.createResource(doc)
                .addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("Description of " + TITLE, "en"))
                .addProperty(FOAF.primaryTopic, dataset);

        for (Resource c : EXAMPLE_CLASSES) {
            String example = stats.examples().get(c.getURI());
            if (example != null) {
                dataset.addProperty(VOID.exampleResource, m.createResource(example));
            }
        }
        TreeSet<String> vocabularies = new TreeSet<>();
        stats.classes().forEach((c, n) -> {
            vocabularies.add(SplitIRI.namespace(c));
            dataset.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(c))
                    .addLiteral(VOID.entities, count(m, n)));
        });
        stats.properties().forEach((p, n) -> {
            vocabularies.add(SplitIRI.namespace(p));
            dataset.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, m.createResource(p))
                    .addLiteral(VOID.triples, count(m, n)));
        });
        vocabularies.forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));

        for (Dump d : Dump.values()) {
            Resource file = m.createResource(root + d.path());
            dataset.addProperty(VOID.dataDump, file).addProperty(DCAT.distribution, file);
            file.addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, m.createLiteral(d.file + ": " + d.description, "en"))
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.mediaType, mediaType(m, d))
                    .addProperty(DCTerms.license, license(m));
        }
        Resource service = m.createResource(doc + "#sparql-service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint of " + TITLE, "en"))
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCTerms.conformsTo, SPARQL_PROTOCOL)
                .addProperty(DCAT.servesDataset, dataset);
        dataset.addProperty(DCAT.distribution, m.createResource(doc + "#sparql")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessURL, endpoint)
                .addProperty(DCAT.accessService, service));

        m.add(stats.linksets());
        stats.linksets().listSubjectsWithProperty(RDF.type, VOID.Linkset)
                .forEachRemaining(linkset -> dataset.addProperty(VOID.subset, linkset));
        return m;
    }

    /** The license the ontology declares for kg (Apache-2.0): the graph is published under it too. */
    private static Resource license(Model m) {
        Resource ontology = Ontology.standard().model().listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        return m.createResource(ontology.getPropertyResourceValue(DCTerms.license).getURI());
    }

    private static Resource mediaType(Model m, Dump d) {
        return m.createResource(IANA_MEDIA_TYPES + d.lang().getContentType().getContentTypeStr());
    }

    private static Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
