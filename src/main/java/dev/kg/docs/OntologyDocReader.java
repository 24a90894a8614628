package dev.kg.docs;

import dev.kg.diagram.Labels;
import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import dev.kg.vocab.VANN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Reads an {@link OntologyDoc} from the ontology, its concept schemes and its shapes. */
public final class OntologyDocReader {
    private final Model vocabulary;
    private final Model shapes;
    private final Names names;
    /** IRIs that get a section or a table row of their own on the page, hence an anchor. */
    private final Set<String> documented = new HashSet<>();

    public OntologyDocReader(Ontology ontology) {
        this.vocabulary = ontology.model();
        this.shapes = ontology.shapes();
        Map<String, String> prefixes = new TreeMap<>(shapes.getNsPrefixMap());
        prefixes.putAll(vocabulary.getNsPrefixMap());
        this.names = new Names(prefixes);
    }

    Names names() {
        return names;
    }

    public OntologyDoc read() {
        List<Resource> classes = ownTerms(OWL.Class);
        List<Resource> objectProperties = ownTerms(OWL.ObjectProperty);
        List<Resource> datatypeProperties = ownTerms(OWL.DatatypeProperty);
        List<Resource> schemes = sortedByIri(vocabulary.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        List<Resource> nodeShapes = sortedByIri(shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList());
        for (List<Resource> group : List.of(classes, objectProperties, datatypeProperties, schemes, nodeShapes)) {
            group.forEach(r -> documented.add(r.getURI()));
        }
        for (Resource scheme : schemes) {
            vocabulary.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(c -> documented.add(c.getURI()));
        }
        return new OntologyDoc(header(),
                classes.stream().map(c -> term(c, RDFS.subClassOf)).toList(),
                objectProperties.stream().map(p -> term(p, RDFS.subPropertyOf)).toList(),
                datatypeProperties.stream().map(p -> term(p, RDFS.subPropertyOf)).toList(),
                schemes.stream().map(this::scheme).toList(),
                nodeShapes.stream().map(this::shape).toList());
    }

    private OntologyDoc.Header header() {
        List<Resource> headers = vocabulary.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList().stream()
                .filter(o -> o.hasProperty(VANN.preferredNamespaceUri))
                .toList();
        if (headers.size() != 1) {
            throw new DocsException("expected one owl:Ontology with a vann:preferredNamespaceUri in kg.ttl, found "
                    + headers.size());
        }
        Resource o = headers.get(0);
        return new OntologyDoc.Header(o.getURI(),
                Labels.get(o, DCTerms.title, Labels.EN).orElse(""),
                Labels.get(o, DCTerms.title, Labels.ZH_HANS).orElse(""),
                Labels.get(o, DCTerms.description, Labels.EN).orElse(""),
                Labels.get(o, DCTerms.description, Labels.ZH_HANS).orElse(""),
                Labels.any(o, OWL.versionInfo).orElse(""),
                iri(o, OWL.versionIRI),
                iri(o, DCTerms.license),
                Labels.any(o, DCTerms.creator).orElse(""),
                Labels.any(o, VANN.preferredNamespacePrefix).orElse(""),
                Labels.any(o, VANN.preferredNamespaceUri).orElse(""));
    }

    private OntologyDoc.Term term(Resource t, Property superProperty) {
        boolean isClass = t.hasProperty(RDF.type, OWL.Class);
        List<String> characteristics = t.listProperties(RDF.type).toList().stream()
                .map(Statement::getResource)
                .filter(type -> !type.equals(OWL.Class) && !type.equals(OWL.ObjectProperty)
                        && !type.equals(OWL.DatatypeProperty))
                .map(names::curie)
                .sorted()
                .toList();
        return new OntologyDoc.Term(t.getURI(), names.curie(t), anchor(t.getURI()),
                Labels.get(t, RDFS.label, Labels.EN).orElse(""),
                Labels.get(t, RDFS.label, Labels.ZH_HANS).orElse(""),
                Labels.get(t, RDFS.comment, Labels.EN).orElse(""),
                Labels.get(t, RDFS.comment, Labels.ZH_HANS).orElse(""),
                characteristics,
                links(objects(t, superProperty)),
                links(ownSubjects(superProperty, t)),
                links(objects(t, RDFS.domain)),
                links(objects(t, RDFS.range)),
                links(objects(t, RDFS.seeAlso)),
                isClass ? links(ownSubjects(RDFS.domain, t)) : List.of(),
                isClass ? links(ownSubjects(RDFS.range, t)) : List.of());
    }

    private OntologyDoc.Scheme scheme(Resource s) {
        List<OntologyDoc.Concept> concepts = vocabulary.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                .map(this::concept)
                .sorted(Comparator.comparing(OntologyDoc.Concept::notation).thenComparing(OntologyDoc.Concept::iri))
                .toList();
        return new OntologyDoc.Scheme(s.getURI(), anchor(s.getURI()),
                Labels.get(s, SKOS.prefLabel, Labels.EN).orElse(""),
                Labels.get(s, SKOS.prefLabel, Labels.ZH_HANS).orElse(""),
                concepts);
    }

    private OntologyDoc.Concept concept(Resource c) {
        Optional<OntologyDoc.Link> broader = objects(c, SKOS.broader).stream().findFirst().map(this::link);
        return new OntologyDoc.Concept(c.getURI(), anchor(c.getURI()),
                Labels.any(c, SKOS.notation).orElse(""),
                Labels.get(c, SKOS.prefLabel, Labels.ZH_HANS).orElse(""),
                Labels.get(c, SKOS.prefLabel, Labels.ZH_HANT).orElse(""),
                Labels.get(c, SKOS.prefLabel, Labels.PINYIN).orElse(""),
                Labels.get(c, SKOS.prefLabel, Labels.EN).orElse(""),
                broader,
                Labels.get(c, SKOS.definition, Labels.EN).orElse(""),
                Labels.get(c, SKOS.definition, Labels.ZH_HANS).orElse(""));
    }

    private OntologyDoc.Shape shape(Resource s) {
        List<OntologyDoc.Constraint> constraints = s.listProperties(SHACLM.property).toList().stream()
                .map(st -> constraint(st.getResource()))
                .sorted(Comparator.comparing(OntologyDoc.Constraint::path)
                        .thenComparing(OntologyDoc.Constraint::message))
                .toList();
        List<String> checks = s.listProperties(SHACLM.sparql).toList().stream()
                .map(st -> Labels.get(st.getResource(), SHACLM.message, Labels.EN).orElse(""))
                .sorted()
                .toList();
        return new OntologyDoc.Shape(s.getURI(), names.curie(s), anchor(s.getURI()), links(objects(s, SHACLM.targetClass)),
                constraints, checks);
    }

    private OntologyDoc.Constraint constraint(Resource ps) {
        Resource path = ps.getPropertyResourceValue(SHACLM.path);
        String pathText = path.isURIResource() ? names.curie(path)
                : "^" + names.curie(path.getPropertyResourceValue(SHACLM.inversePath));

        List<Resource> valueResources = new ArrayList<>();
        valueResources.addAll(objects(ps, SHACLM.class_));
        valueResources.addAll(objects(ps, SHACLM.node));
        valueResources.addAll(objects(ps, SHACLM.hasValue));
        List<String> facets = new ArrayList<>();
        objects(ps, SHACLM.datatype).forEach(d -> facets.add(names.curie(d)));
        Optional.ofNullable(ps.getPropertyResourceValue(SHACLM.or)).ifPresent(list ->
                facets.add(String.join(" | ", list(list).stream()
                        .map(alt -> alt.asResource().getPropertyResourceValue(SHACLM.datatype))
                        .filter(d -> d != null)
                        .map(names::curie)
                        .toList())));
        objects(ps, SHACLM.nodeKind).forEach(k -> facets.add(names.curie(k)));
        Optional.ofNullable(ps.getPropertyResourceValue(SHACLM.languageIn)).ifPresent(list ->
                facets.add(languages(list)));
        Optional.ofNullable(ps.getPropertyResourceValue(SHACLM.in)).ifPresent(list ->
                facets.add("one of " + String.join(", ", list(list).stream()
                        .map(n -> "\"" + n.asLiteral().getLexicalForm() + "\"").toList())));
        objects(ps, SHACLM.lessThan).forEach(p -> facets.add("less than " + names.curie(p)));
        if (ps.hasLiteral(SHACLM.uniqueLang, true)) {
            facets.add("one per language");
        }
        Optional.ofNullable(ps.getProperty(SHACLM.minInclusive)).ifPresent(st ->
                facets.add("≥ " + st.getLiteral().getLexicalForm()));
        Optional.ofNullable(ps.getProperty(SHACLM.maxInclusive)).ifPresent(st ->
                facets.add("≤ " + st.getLiteral().getLexicalForm()));

        String count = count(ps, SHACLM.minCount, SHACLM.maxCount);
        Resource qualified = ps.getPropertyResourceValue(SHACLM.qualifiedValueShape);
        if (qualified != null) {
            String languages = Optional.ofNullable(qualified.getPropertyResourceValue(SHACLM.languageIn))
                    .map(this::languages).orElse("matching values");
            facets.add(count(ps, SHACLM.qualifiedMinCount, SHACLM.qualifiedMaxCount) + " " + languages);
        }
        return new OntologyDoc.Constraint(pathText, count, links(valueResources), String.join("; ", facets),
                Labels.get(ps, SHACLM.message, Labels.EN).orElse(""));
    }

    private String languages(Resource list) {
        return String.join(" ", list(list).stream().map(n -> "@" + n.asLiteral().getLexicalForm()).toList());
    }

    private static String count(Resource ps, Property minP, Property maxP) {
        Optional<Integer> min = Optional.ofNullable(ps.getProperty(minP)).map(Statement::getInt);
        Optional<Integer> max = Optional.ofNullable(ps.getProperty(maxP)).map(Statement::getInt);
        if (min.isEmpty() && max.isEmpty()) {
            return "0..*";
        }
        if (min.isPresent() && min.equals(max)) {
            return String.valueOf(min.get());
        }
        return min.orElse(0) + ".." + max.map(String::valueOf).orElse("*");
    }

    private static List<RDFNode> list(Resource head) {
        return head.as(RDFList.class).asJavaList();
    }

    private List<Resource> ownTerms(Resource type) {
        return sortedByIri(vocabulary.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(KGO.NS))
                .toList());
    }

    private List<Resource> ownSubjects(Property p, Resource object) {
        return vocabulary.listSubjectsWithProperty(p, object).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(KGO.NS))
                .toList();
    }

    private static List<Resource> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .toList();
    }

    private static List<Resource> sortedByIri(List<Resource> rs) {
        return rs.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private List<OntologyDoc.Link> links(List<Resource> rs) {
        return rs.stream().map(this::link).distinct()
                .sorted(Comparator.comparing(OntologyDoc.Link::text).thenComparing(OntologyDoc.Link::iri))
                .toList();
    }

    OntologyDoc.Link link(Resource r) {
        String iri = r.getURI();
        String href = documented.contains(iri) ? "#" + anchor(iri) : iri;
        return new OntologyDoc.Link(iri, names.curie(iri), href);
    }

    private String anchor(String iri) {
        return names.anchor(iri, KGO.NS);
    }

    private static String iri(Resource r, Property p) {
        Resource o = r.getPropertyResourceValue(p);
        return o == null || !o.isURIResource() ? "" : o.getURI();
    }
}
