package dev.kg.web;

import static dev.kg.web.Html.e;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * How a page shows an RDF term: a resource by its label (not its IRI), linked to its page when this
 * server serves it; a literal with its language tag as the {@code lang} attribute.
 */
final class Terms {
    static final String ZH_HANS = "zh-Hans";
    static final String ZH_HANT = "zh-Hant";
    static final String PINYIN = "zh-Latn-pinyin";
    static final String EN = "en";

    /** A label and its language tag ("" when it has none). */
    record Label(String text, String lang) {
        String html() {
            return lang.isEmpty() ? e(text) : "<span lang=\"" + e(lang) + "\">" + e(text) + "</span>";
        }
    }

    /** Label properties in order of preference; for each, the preferred languages. */
    private static final List<Property> LABELS = List.of(SKOS.prefLabel, FOAF.name, RDFS.label, SKOS.altLabel);
    private static final List<String> LANGS = List.of(ZH_HANS, "zh", EN, ZH_HANT, PINYIN, "");

    private final Model model;
    private final Addresses addresses;
    private final PrefixMapping prefixes;

    /** @param model the data (and the ontology) to look labels up in; read inside a transaction */
    Terms(Model model, Addresses addresses, PrefixMapping prefixes) {
        this.model = model;
        this.addresses = addresses;
        this.prefixes = prefixes;
    }

    Model model() {
        return model;
    }

    Addresses addresses() {
        return addresses;
    }

    /** The best label: a Chinese (simplified) one first, then English, then any; else a short form of the IRI. */
    Label label(RDFNode node) {
        if (node.isLiteral()) {
            return new Label(node.asLiteral().getLexicalForm(), node.asLiteral().getLanguage());
        }
        Resource r = node.asResource().inModel(model);
        for (Property p : LABELS) {
            for (String lang : LANGS) {
                Optional<Label> l = literal(r, p, lang);
                if (l.isPresent()) {
                    return l.get();
                }
            }
        }
        // n-ary nodes have no label of their own: a participation reads "role person", a position "title person"
        for (Property[] pair : new Property[][] {{KGO.role, KGO.agent}, {ORG.role, ORG.member}}) {
            Resource first = r.getPropertyResourceValue(pair[0]);
            Resource second = r.getPropertyResourceValue(pair[1]);
            if (first != null && second != null) {
                return new Label(label(first).text() + " " + label(second).text(), label(second).lang());
            }
        }
        for (Property p : List.of(NIF.anchorOf, DCTerms.identifier)) {   // mentions, sentences, articles
            Optional<Label> l = literal(r, p, "");
            if (l.isPresent()) {
                return l.get();
            }
        }
        return new Label(r.isURIResource() ? shortForm(r.getURI()) : "(blank node)", "");
    }

    /** The lexically smallest literal of {@code p} tagged {@code lang} ("" for any tag or none). */
    static Optional<Label> literal(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> lang.isEmpty() || l.getLanguage().equalsIgnoreCase(lang))
                .min(Comparator.comparing(Literal::getLexicalForm))
                .map(l -> new Label(l.getLexicalForm(), l.getLanguage()));
    }

    /** A prefixed name when a prefix is known, else the IRI. */
    String shortForm(String iri) {
        return prefixes.shortForm(iri);
    }

    /** HTML for a term: a link with its label for a resource, the value (with language) for a literal. */
    String html(RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            String value = new Label(l.getLexicalForm(), l.getLanguage()).html();
            // XML Schema types (dates, numbers) read plainly; other datatypes are named
            String dt = l.getLanguage().isEmpty() && l.getDatatypeURI() != null
                    && !l.getDatatypeURI().startsWith(XSD.NS)
                    ? " <span class=\"muted\">(" + e(shortForm(l.getDatatypeURI())) + ")</span>" : "";
            return value + dt;
        }
        return link(node.asResource(), label(node).html());
    }

    /** {@code inner} (HTML) as a link to the resource's page here, or to the IRI itself when it is not ours. */
    String link(Resource r, String inner) {
        Optional<String> href = r.isURIResource() ? href(r.getURI()) : Optional.empty();
        return href.map(h -> "<a href=\"" + e(h) + "\" title=\"" + e(r.getURI()) + "\">" + inner + "</a>").orElse(inner);
    }

    /**
     * Where a link to {@code iri} goes: its page here, else the IRI itself when it is a web address;
     * never a {@code javascript:} or other IRI that a loaded RDF file could smuggle into a page.
     */
    Optional<String> href(String iri) {
        Optional<String> local = addresses.page(iri);
        if (local.isPresent()) {
            return local;
        }
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri) : Optional.empty();
    }

    /** A predicate: its prefixed name, with its English label as a tooltip when the ontology has one. */
    String predicate(Resource p) {
        String tip = literal(p.inModel(model), RDFS.label, EN).map(Label::text).orElse(p.getURI());
        String code = "<code>" + e(shortForm(p.getURI())) + "</code>";
        return href(p.getURI()).map(h -> "<a href=\"" + e(h) + "\" title=\"" + e(tip) + "\">" + code + "</a>").orElse(code);
    }
}
