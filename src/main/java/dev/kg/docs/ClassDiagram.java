package dev.kg.docs;

import dev.kg.diagram.Labels;
import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The classes of the model and the properties between them, as a graph to draw: our classes, the
 * external classes they are declared subclasses of, subclass edges, our object properties from domain
 * to range, and the object properties that the shapes require between classes ({@code sh:targetClass}
 * with {@code sh:path} and {@code sh:class}). A shape edge that a superclass already has is left out.
 */
record ClassDiagram(List<Node> nodes, List<Edge> edges) {
    enum Kind { SUBCLASS, PROPERTY }

    /**
     * @param own     a term of our namespace (drawn with its labels) rather than an external one
     * @param anchor  its anchor in ontology.html, or empty for an external class
     */
    record Node(String iri, String curie, String labelEn, String labelZh, boolean own, String anchor) {}

    /** From a subclass to its superclass, or from a property's domain to its range. */
    record Edge(String from, String to, Kind kind, String label) {}

    static ClassDiagram of(Ontology ontology, Names names) {
        Model vocabulary = ontology.model();
        Map<String, Node> nodes = new TreeMap<>();
        Set<Edge> edges = new LinkedHashSet<>();

        for (Resource c : vocabulary.listSubjectsWithProperty(RDF.type, OWL.Class).toList()) {
            if (!own(c)) {
                continue;
            }
            node(c, vocabulary, names, nodes);
            for (Resource sup : uris(c, RDFS.subClassOf)) {
                node(sup, vocabulary, names, nodes);
                edges.add(new Edge(c.getURI(), sup.getURI(), Kind.SUBCLASS, ""));
            }
        }
        for (Resource p : vocabulary.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList()) {
            if (!own(p)) {
                continue;
            }
            // a property without a declared domain (kgo:homePlace) has no edge to draw
            for (Resource d : uris(p, RDFS.domain)) {
                for (Resource r : uris(p, RDFS.range)) {
                    node(d, vocabulary, names, nodes);
                    node(r, vocabulary, names, nodes);
                    edges.add(new Edge(d.getURI(), r.getURI(), Kind.PROPERTY, names.curie(p)));
                }
            }
        }
        List<Edge> shapeEdges = new ArrayList<>();
        Model shapes = ontology.shapes();
        for (Resource shape : shapes.listSubjectsWithProperty(SHACLM.targetClass).toList()) {
            for (Resource ps : uris(shape, SHACLM.property, true)) {
                Resource path = ps.getPropertyResourceValue(SHACLM.path);
                if (path == null || !path.isURIResource()) {
                    continue;
                }
                for (Resource target : uris(shape, SHACLM.targetClass)) {
                    for (Resource range : uris(ps, SHACLM.class_)) {
                        node(target, vocabulary, names, nodes);
                        node(range, vocabulary, names, nodes);
                        shapeEdges.add(new Edge(target.getURI(), range.getURI(), Kind.PROPERTY, names.curie(path)));
                    }
                }
            }
        }
        Map<String, Set<String>> supers = superclosure(edges);
        for (Edge e : shapeEdges) {
            boolean inherited = supers.getOrDefault(e.from(), Set.of()).stream()
                    .anyMatch(s -> shapeEdges.contains(new Edge(s, e.to(), e.kind(), e.label())));
            if (!inherited) {
                edges.add(e);
            }
        }
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparing(Edge::from).thenComparing(Edge::kind).thenComparing(Edge::label)
                .thenComparing(Edge::to));
        return new ClassDiagram(List.copyOf(nodes.values()), List.copyOf(sorted));
    }

    private static Map<String, Set<String>> superclosure(Set<Edge> edges) {
        Map<String, Set<String>> direct = new HashMap<>();
        edges.stream().filter(e -> e.kind() == Kind.SUBCLASS)
                .forEach(e -> direct.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to()));
        Map<String, Set<String>> closure = new HashMap<>();
        for (String c : direct.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(direct.get(c));
            while (!todo.isEmpty()) {
                String s = todo.remove(todo.size() - 1);
                if (seen.add(s)) {
                    todo.addAll(direct.getOrDefault(s, Set.of()));
                }
            }
            closure.put(c, seen);
        }
        return closure;
    }

    /** Labels come from the vocabulary even when the class was found in the shapes. */
    private static void node(Resource found, Model vocabulary, Names names, Map<String, Node> nodes) {
        Resource r = vocabulary.getResource(found.getURI());
        nodes.computeIfAbsent(r.getURI(), iri -> own(r)
                ? new Node(iri, names.curie(iri), Labels.get(r, RDFS.label, Labels.EN).orElse(""),
                        Labels.get(r, RDFS.label, Labels.ZH_HANS).orElse(""), true, names.anchor(iri, KGO.NS))
                : new Node(iri, names.curie(iri), "", "", false, ""));
    }

    private static boolean own(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(KGO.NS);
    }

    private static List<Resource> uris(Resource r, org.apache.jena.rdf.model.Property p) {
        return uris(r, p, false);
    }

    private static List<Resource> uris(Resource r, org.apache.jena.rdf.model.Property p, boolean blankToo) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isURIResource() || (blankToo && o.isAnon()))
                .map(RDFNode::asResource)
                .toList();
    }
}
