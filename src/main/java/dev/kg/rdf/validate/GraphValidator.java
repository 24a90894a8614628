package dev.kg.rdf.validate;

import dev.kg.vocab.Ontology;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks a data graph against kg's SHACL shapes ({@code ontology/shapes.ttl}).
 *
 * <pre>
 *   GraphValidator validator = new GraphValidator(Ontology.standard());
 *   ConformanceReport report = validator.validate(graph);
 *   if (!report.conforms()) report.lines().forEach(...);
 * </pre>
 *
 * Thread-safe; the shapes are parsed once.
 */
public final class GraphValidator {
    private final Shapes shapes;
    private final PrefixMapping prefixes;

    public GraphValidator(Ontology ontology) {
        this.shapes = Shapes.parse(ontology.shapes().getGraph());
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(ontology.shapes().getNsPrefixMap())
                .setNsPrefixes(ontology.model().getNsPrefixMap())
                .lock();
    }

    public ConformanceReport validate(Model data) {
        return validate(data.getGraph());
    }

    public ConformanceReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMapping names = PrefixMapping.Factory.create()
                .setNsPrefixes(prefixes)
                .setNsPrefixes(data.getPrefixMapping());
        List<ConformanceReport.Finding> findings = report.getEntries().stream()
                .map(e -> finding(e, names))
                .sorted(Comparator.comparing(ConformanceReport.Finding::focusNode)
                        .thenComparing(ConformanceReport.Finding::path)
                        .thenComparing(ConformanceReport.Finding::message)
                        .thenComparing(ConformanceReport.Finding::check))
                .toList();
        return new ConformanceReport(report.conforms(), findings);
    }

    private static ConformanceReport.Finding finding(ReportEntry e, PrefixMapping names) {
        Path path = e.resultPath();
        return new ConformanceReport.Finding(
                node(e.focusNode(), names),
                path == null ? "" : path.toString(new org.apache.jena.sparql.core.Prologue(names)),
                e.message() == null ? "" : e.message(),
                severityName(e.severity().level()),
                e.value() == null ? "" : node(e.value(), names),
                check(e.sourceConstraintComponent()));
    }

    /** sh:MinCountConstraintComponent → minCount. */
    private static String check(Node component) {
        if (component == null || !component.isURI()) {
            return "";
        }
        String name = component.getURI().substring(component.getURI().lastIndexOf('#') + 1)
                .replace("ConstraintComponent", "");
        return name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String node(Node n, PrefixMapping names) {
        return n.isBlank() ? NodeFmtLib.displayStr(n) : FmtUtils.stringForNode(n, names);
    }

    /** sh:Violation → Violation. */
    private static String severityName(Node level) {
        String uri = level.getURI();
        return uri.substring(uri.lastIndexOf('#') + 1);
    }
}
