package dev.kg.web;

import static dev.kg.web.Html.e;

import dev.kg.rdf.CodePoints;
import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.PROV;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The HTML page of one entity (person, organization, place, event, position, mention, concept …):
 * its labels in every script, its types, what it means in words (an event's participants by role and
 * its date and place; a person's positions and events), the sentences it was read from with the
 * mention highlighted, every statement in and out, and links to its RDF forms.
 */
final class EntityPage {
    /** The syntaxes offered for a description, by file extension. */
    static final Map<String, String> FORMS = Map.of("ttl", "Turtle", "jsonld", "JSON-LD", "nt", "N-Triples", "rdf", "RDF/XML");

    private final Terms t;
    private final Model m;
    private final Resource r;
    private final StringBuilder out = new StringBuilder();

    private EntityPage(Terms terms, Resource r) {
        this.t = terms;
        this.m = terms.model();
        this.r = r.inModel(m);
    }

    static String render(Terms terms, Resource r) {
        return new EntityPage(terms, r).render();
    }

    private String render() {
        Terms.Label label = t.label(r);
        out.append("<h1>").append(label.html()).append("</h1>\n<p><code>").append(e(r.getURI())).append("</code></p>\n");
        List<String> types = distinct(r.listProperties(RDF.type).toList()).stream()
                .map(s -> t.html(s.getObject())).toList();
        if (!types.isEmpty()) {
            out.append("<p>Type: ").append(String.join(", ", types)).append("</p>\n");
        }
        labels();
        if (r.hasProperty(RDF.type, KGO.Event)) {
            event();
        }
        if (r.hasProperty(RDF.type, FOAF.Person)) {
            person();
        }
        if (r.hasProperty(RDF.type, ORG.Organization)) {
            members();
        }
        sources();
        statements();
        forms(out, t.addresses(), r.getURI());
        return Html.page(label.text(), "", out.toString());
    }

    private void labels() {
        List<String[]> rows = new ArrayList<>();
        for (String[] lang : new String[][] {{Terms.ZH_HANS, "简体 Simplified"}, {Terms.ZH_HANT, "繁體 Traditional"},
                {Terms.PINYIN, "Pinyin"}, {Terms.EN, "English"}}) {
            Optional<Terms.Label> l = Terms.literal(r, SKOS.prefLabel, lang[0])
                    .or(() -> Terms.literal(r, FOAF.name, lang[0]));
            l.ifPresent(v -> rows.add(new String[] {lang[1], v.html()}));
        }
        List<String> alt = distinct(r.listProperties(SKOS.altLabel).toList()).stream()
                .map(s -> t.html(s.getObject())).toList();
        if (!alt.isEmpty()) {
            rows.add(new String[] {"Also written", String.join("、", alt)});
        }
        if (!rows.isEmpty()) {
            out.append("<h2>Names</h2>\n<table>\n");
            rows.forEach(row -> out.append("<tr><th>").append(row[0]).append("</th><td>").append(row[1]).append("</td></tr>\n"));
            out.append("</table>\n");
        }
    }

    private void event() {
        out.append("<h2>Event</h2>\n<table>\n");
        row("Kind", KGO.eventKind);
        String date = String.join(" – ", values(SchemaDO.startDate, SchemaDO.endDate));
        if (!date.isEmpty()) {
            out.append("<tr><th>Date</th><td>").append(date).append(values(KGO.partOfDay).stream()
                    .map(d -> " " + d).reduce("", String::concat)).append("</td></tr>\n");
        }
        row("Place", SchemaDO.location);
        row("Organizer", SchemaDO.organizer);
        out.append("</table>\n");
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (Statement s : sorted(r.listProperties(KGO.participation).toList())) {
            Resource p = s.getResource();
            String role = p.hasProperty(KGO.role) ? t.html(p.getProperty(KGO.role).getObject()) : "(no role)";
            if (p.hasProperty(KGO.agent)) {
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(t.html(p.getProperty(KGO.agent).getObject()));
            }
        }
        if (!byRole.isEmpty()) {
            out.append("<h2>Participants</h2>\n<table>\n<tr><th>Role</th><th>Persons</th></tr>\n");
            byRole.forEach((role, persons) -> out.append("<tr><td>").append(role).append("</td><td>")
                    .append(String.join("、", persons.stream().distinct().toList())).append("</td></tr>\n"));
            out.append("</table>\n");
        }
    }

    private void person() {
        List<String> positions = new ArrayList<>();
        for (Resource pos : sortedResources(m.listSubjectsWithProperty(ORG.member, r).toList())) {
            String title = pos.hasProperty(ORG.role) ? t.html(pos.getProperty(ORG.role).getObject())
                    : pos.hasProperty(KGO.titleAsWritten) ? t.html(pos.getProperty(KGO.titleAsWritten).getObject()) : "";
            String org = pos.hasProperty(ORG.organization) ? t.html(pos.getProperty(ORG.organization).getObject()) : "";
            positions.add(t.link(pos, "position") + ": " + title + (org.isEmpty() ? "" : "，" + org));
        }
        list("Positions", positions);
        List<String> events = new ArrayList<>();
        for (Resource part : sortedResources(m.listSubjectsWithProperty(KGO.agent, r).toList())) {
            String role = part.hasProperty(KGO.role) ? t.html(part.getProperty(KGO.role).getObject()) : "";
            for (Resource ev : sortedResources(m.listSubjectsWithProperty(KGO.participation, part).toList())) {
                String date = String.join(" – ", new EntityPage(t, ev).values(SchemaDO.startDate, SchemaDO.endDate));
                events.add(t.html(ev) + " — " + role + (date.isEmpty() ? "" : " <span class=\"muted\">" + date + "</span>"));
            }
        }
        list("Events", events);
    }

    private void members() {
        List<String> members = new ArrayList<>();
        for (Resource pos : sortedResources(m.listSubjectsWithProperty(ORG.organization, r).toList())) {
            if (pos.hasProperty(ORG.member)) {
                String title = pos.hasProperty(ORG.role) ? " — " + t.html(pos.getProperty(ORG.role).getObject()) : "";
                members.add(t.html(pos.getProperty(ORG.member).getObject()) + title);
            }
        }
        list("Members", members);
    }

    /** The sentences the entity was read from, each with the mention highlighted, linked into the article. */
    private void sources() {
        List<Resource> mentions = new ArrayList<>(sortedResources(r.listProperties(PROV.wasDerivedFrom).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isResource).map(RDFNode::asResource).toList()));
        if (r.hasProperty(NIF.sentence)) {
            mentions.add(r);   // a mention's page shows its own sentence
        }
        mentions.sort(Comparator.comparingInt(EntityPage::begin));
        List<String> quotes = new ArrayList<>();
        for (Resource mention : mentions) {
            sentenceHtml(t, mention).ifPresent(quotes::add);
        }
        if (!quotes.isEmpty()) {
            out.append("<h2>Source</h2>\n");
            quotes.forEach(q -> out.append("<blockquote>").append(q).append("</blockquote>\n"));
        }
    }

    /** The sentence holding a mention, with the mention in {@code <mark>} and a link to it in its article. */
    static Optional<String> sentenceHtml(Terms t, Resource mention) {
        Resource sentence = mention.getPropertyResourceValue(NIF.sentence);
        if (sentence == null || !sentence.hasProperty(NIF.anchorOf) || !sentence.hasProperty(NIF.beginIndex)
                || !mention.hasProperty(NIF.beginIndex) || !mention.hasProperty(NIF.endIndex)) {
            return Optional.empty();
        }
        String text = sentence.getProperty(NIF.anchorOf).getString();
        int sb = begin(sentence);
        CodePoints chars = new CodePoints(text); // NIF offsets count characters; Java indexes UTF-16 units
        int b = chars.utf16(begin(mention) - sb);
        int end = Math.max(b, chars.utf16(mention.getProperty(NIF.endIndex).getInt() - sb));
        String quote = "<span lang=\"zh\">" + e(text.substring(0, b)) + "<mark>" + e(text.substring(b, end)) + "</mark>"
                + e(text.substring(end)) + "</span>";
        return Optional.of(quote + " " + t.link(mention, "<span class=\"muted\">[in the article]</span>"));
    }

    private static int begin(Resource r) {
        return r.hasProperty(NIF.beginIndex) ? r.getProperty(NIF.beginIndex).getInt() : Integer.MAX_VALUE;
    }

    private void statements() {
        List<Statement> outgoing = sorted(r.listProperties().toList());
        out.append("<h2>Statements</h2>\n<table>\n<tr><th>Property</th><th>Value</th></tr>\n");
        for (Statement s : outgoing) {
            out.append("<tr><td>").append(t.predicate(s.getPredicate())).append("</td><td>")
                    .append(t.html(s.getObject())).append("</td></tr>\n");
        }
        out.append("</table>\n");
        List<Statement> incoming = distinct(m.listStatements(null, null, r).toList());
        incoming.sort(Comparator.comparing((Statement s) -> t.shortForm(s.getPredicate().getURI()))
                .thenComparing(s -> s.getSubject().toString()));
        if (!incoming.isEmpty()) {
            out.append("<h2>Referred to by</h2>\n<table>\n<tr><th>Subject</th><th>Property</th></tr>\n");
            for (Statement s : incoming) {
                out.append("<tr><td>").append(t.html(s.getSubject())).append("</td><td>")
                        .append(t.predicate(s.getPredicate())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
    }

    /** Links to the RDF documents of {@code iri}. */
    static void forms(StringBuilder out, Addresses addresses, String iri) {
        out.append("<h2>As data</h2>\n<p class=\"forms\">");
        for (String ext : List.of("ttl", "jsonld", "nt", "rdf")) {
            addresses.data(iri, ext).ifPresent(href -> out.append("<a href=\"").append(e(href)).append("\">")
                    .append(FORMS.get(ext)).append("</a>"));
        }
        out.append("</p>\n");
    }

    private void row(String name, Property p) {
        List<String> v = distinct(r.listProperties(p).toList()).stream().map(s -> t.html(s.getObject())).toList();
        if (!v.isEmpty()) {
            out.append("<tr><th>").append(name).append("</th><td>").append(String.join("、", v)).append("</td></tr>\n");
        }
    }

    private List<String> values(Property... ps) {
        List<String> v = new ArrayList<>();
        for (Property p : ps) {
            distinct(r.listProperties(p).toList()).forEach(s -> v.add(t.html(s.getObject())));
        }
        return v;
    }

    private void list(String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append("<h2>").append(title).append("</h2>\n<ul>\n");
            items.forEach(i -> out.append("<li>").append(i).append("</li>\n"));
            out.append("</ul>\n");
        }
    }

    /** Statements in a stable order, without the duplicates a union of graphs may yield. */
    private List<Statement> sorted(List<Statement> statements) {
        List<Statement> d = distinct(statements);
        d.sort(Comparator.comparing((Statement s) -> t.shortForm(s.getPredicate().getURI()))
                .thenComparing(s -> s.getObject().toString()));
        return d;
    }

    private static List<Resource> sortedResources(List<Resource> rs) {
        return new ArrayList<>(rs.stream().distinct().sorted(Comparator.comparing(Resource::toString)).toList());
    }

    private static List<Statement> distinct(List<Statement> statements) {
        Map<org.apache.jena.graph.Triple, Statement> byTriple = new LinkedHashMap<>();
        statements.forEach(s -> byTriple.putIfAbsent(s.asTriple(), s));
        return new ArrayList<>(byTriple.values());
    }
}
