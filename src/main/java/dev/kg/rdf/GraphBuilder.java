package dev.kg.rdf;

import dev.kg.vocab.PROV;
import dev.kg.vocab.NIF;
import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import dev.kg.extract.ArticleFacts;
import dev.kg.extract.EventFact;
import dev.kg.extract.OrgFact;
import dev.kg.extract.PartialDate;
import dev.kg.extract.ParticipationFact;
import dev.kg.extract.PersonFact;
import dev.kg.extract.PlaceFact;
import dev.kg.extract.PositionFact;
import dev.kg.extract.Span;
import dev.kg.nlp.Sentence;
import dev.kg.normalize.GlossStripper;
import dev.kg.normalize.NormalizedText;
import dev.kg.normalize.Normalizer;
import dev.kg.normalize.ScriptConverter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/**
 * The rdf stage: maps one article's facts to RDF under the kg ontology. Every entity and fact is
 * {@code prov:wasDerivedFrom} the NIF spans of the original text it was read from.
 */
public final class GraphBuilder {
    private static final String ZH_HANS = "zh-Hans";
    private static final String ZH_HANT = "zh-Hant";
    private static final String PINYIN = "zh-Latn-pinyin";

    /** The schemes whose concepts each graph carries (loaded once: it is immutable). */
    private static final Ontology ONTOLOGY = Ontology.standard();

    /** Where places the text does not name come from (see src/main/resources/gazetteer/README.md). */
    private static final String GAZETTEER = "kg gazetteer of administrative divisions (GB/T 2260 codes, 2023)";

    private final Model m = ModelFactory.createDefaultModel();
    private final IriMinter iri;
    private final ArticleFacts facts;
    private final NormalizedText text;
    private final Optional<LocalDate> published;
    private final Resource article;
    private final Map<String, Resource> persons = new HashMap<>();
    private final Map<String, Resource> orgs = new HashMap<>();
    private final Map<String, Resource> places = new HashMap<>();
    /** sentence starts in text order, for finding a mention's sentence by binary search */
    private final int[] sentenceStarts;
    /** NIF offsets count characters, not Java's UTF-16 units */
    private final CodePoints chars;

    public GraphBuilder(String base, String articleId, ArticleFacts facts, Optional<LocalDate> published) {
        this.iri = new IriMinter(base, articleId);
        this.facts = facts;
        this.text = facts.text();
        this.chars = new CodePoints(text.original());
        this.published = published;
        this.sentenceStarts = facts.sentences().stream().mapToInt(Sentence::start).toArray();
        m.setNsPrefix("kgo", KGO.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("org", ORG.NS);
        m.setNsPrefix("schema", SchemaDO.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("nif", NIF.NS);
        m.setNsPrefix("itsrdf", NIF.ITSRDF_NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("xsd", XSD.NS);
        m.setNsPrefix("role", KGO.ROLES_NS);
        m.setNsPrefix("title", KGO.TITLES_NS);
        m.setNsPrefix("kind", KGO.KINDS_NS);
        m.setNsPrefixes(iri.prefixes());
        this.article = m.createResource(iri.article());
        articleNode(articleId);
    }

    public Model build() {
        for (Sentence s : facts.sentences()) {
            sentence(s);
        }
        facts.persons().forEach(this::person);
        facts.organizations().forEach(this::org);
        facts.places().forEach(this::place);
        for (PlaceFact p : facts.places()) {
            Resource r = places.get(p.name());
            p.containedIn().map(places::get).ifPresent(in -> {
                r.addProperty(SchemaDO.containedInPlace, in);
                if (!in.hasProperty(PROV.wasDerivedFrom) && !in.hasProperty(DCTerms.source)) {
                    in.addProperty(DCTerms.source, GAZETTEER);   // not in the text: inferred from the gazetteer
                }
            });
        }
        facts.positions().forEach(this::position);
        facts.events().forEach(this::event);
        return m;
    }

    private void articleNode(String id) {
        article.addProperty(RDF.type, KGO.Article)
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.identifier, id)
                .addProperty(NIF.isString, text.original())
                .addLiteral(NIF.beginIndex, nonNegative(0))
                .addLiteral(NIF.endIndex, nonNegative(chars.length()));
        published.ifPresent(d -> article.addProperty(SchemaDO.datePublished, d.toString(), XSDDatatype.XSDdate));
    }

    private void sentence(Sentence s) {
        int b = text.originalStart(s.start());
        int e = text.originalEnd(s.end());
        m.createResource(iri.sentence(s.index()))
                .addProperty(RDF.type, NIF.Sentence)
                .addLiteral(NIF.beginIndex, nonNegative(chars.of(b)))
                .addLiteral(NIF.endIndex, nonNegative(chars.of(e)))
                .addProperty(NIF.anchorOf, text.original().substring(b, e))
                .addProperty(KGO.normalizedForm, text.text().substring(s.start(), s.end()), ZH_HANS)
                .addProperty(NIF.referenceContext, article);
    }

    /** The NIF phrase for a normalized span, created once. */
    private Resource mention(Span span) {
        int b = text.originalStart(span.start());
        int e = text.originalEnd(span.end());
        Resource r = m.createResource(iri.span(chars.of(b), chars.of(e)));
        if (!r.hasProperty(RDF.type, NIF.Phrase)) {
            r.addProperty(RDF.type, NIF.Phrase)
                    .addProperty(RDF.type, NIF.RFC5147String)
                    .addProperty(RDF.type, KGO.Mention)
                    .addLiteral(NIF.beginIndex, nonNegative(chars.of(b)))
                    .addLiteral(NIF.endIndex, nonNegative(chars.of(e)))
                    .addProperty(NIF.anchorOf, text.original().substring(b, e))
                    .addProperty(KGO.normalizedForm, text.text().substring(span.start(), span.end()), ZH_HANS)
                    .addProperty(NIF.referenceContext, article);
            sentenceOf(span).ifPresent(s -> r.addProperty(NIF.sentence, m.createResource(iri.sentence(s.index()))));
        }
        return r;
    }

    /** The sentence holding the span: the last one starting at or before it (sentences are in text order). */
    private Optional<Sentence> sentenceOf(Span span) {
        int i = Arrays.binarySearch(sentenceStarts, span.start());
        int at = i >= 0 ? i : -i - 2;
        if (at < 0) {
            return Optional.empty();
        }
        Sentence s = facts.sentences().get(at);
        return span.end() <= s.end() ? Optional.of(s) : Optional.empty();
    }

    private void labels(Resource r, String name, List<Span> mentions) {
        r.addProperty(SKOS.prefLabel, name, ZH_HANS);
        r.addProperty(SKOS.prefLabel, traditional(name, mentions), ZH_HANT);
        r.addProperty(SKOS.prefLabel, ScriptConverter.pinyinWithTones(name), PINYIN);
        for (Span s : mentions) {
            Resource phrase = mention(s);
            r.addProperty(PROV.wasDerivedFrom, phrase);
            phrase.addProperty(NIF.taIdentRef, r);
        }
    }

    /** The traditional form: as the article wrote it when it is in traditional script, else HanLP's. */
    private String traditional(String name, List<Span> mentions) {
        for (Span s : mentions) {
            String surface = Normalizer.normalize(text.originalSlice(s.start(), s.end())).text();
            String original = GlossStripper.strip(text.originalSlice(s.start(), s.end())).text();
            if (surface.equals(name) && !original.equals(name)) {
                return original;
            }
        }
        return ScriptConverter.toTraditional(name);
    }

    private void person(PersonFact p) {
        Resource r = m.createResource(iri.person(p.name()))
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(FOAF.name, p.name(), ZH_HANS);
        labels(r, p.name(), p.mentions());
        persons.put(p.name(), r);
    }

    private void org(OrgFact o) {
        Resource r = m.createResource(iri.org(o.name())).addProperty(RDF.type, ORG.Organization);
        if (!o.orgClass().equals("Organization")) {
            r.addProperty(RDF.type, m.createResource(KGO.NS + o.orgClass()));
        }
        labels(r, o.name(), o.mentions());
        o.aliases().forEach(a -> r.addProperty(SKOS.altLabel, a, ZH_HANS));
        orgs.put(o.name(), r);
    }

    private void place(PlaceFact p) {
        Resource r = m.createResource(iri.place(p.name())).addProperty(RDF.type, SchemaDO.Place);
        if ("省市县区镇乡".indexOf(p.name().charAt(p.name().length() - 1)) >= 0 && !p.name().startsWith("我")) {
            r.addProperty(RDF.type, KGO.AdministrativeArea);
        }
        labels(r, p.name(), p.mentions());
        p.aliases().forEach(a -> r.addProperty(SKOS.altLabel, a, ZH_HANS));
        p.code().ifPresent(c -> r.addProperty(DCTerms.identifier, c));
        if (p.home()) {
            article.addProperty(KGO.homePlace, r);
        }
        places.put(p.name(), r);
    }

    private void position(PositionFact p) {
        Resource title = m.createResource(p.title().iri());
        ONTOLOGY.copyConcept(title, m);
        Resource r = m.createResource(iri.position(p.person(), p.title().text(), p.org().orElse(null)))
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, persons.get(p.person()))
                .addProperty(ORG.role, title)
                .addProperty(KGO.titleAsWritten, p.title().text(), ZH_HANS)
                .addProperty(PROV.wasDerivedFrom, mention(p.evidence()));
        p.org().map(orgs::get).ifPresent(o -> r.addProperty(ORG.organization, o));
    }

    private void event(EventFact e) {
        Resource kind = m.createResource(KGO.KINDS_NS + e.kind());
        ONTOLOGY.copyConcept(kind, m);
        Resource r = m.createResource(iri.event(e.number()))
                .addProperty(RDF.type, KGO.Event)
                .addProperty(RDF.type, m.createResource(KGO.NS + e.eventClass()))
                .addProperty(KGO.eventKind, kind)
                .addProperty(SKOS.prefLabel, e.label(), ZH_HANS)
                .addProperty(PROV.wasDerivedFrom, mention(e.evidence()));
        e.start().map(this::date).ifPresent(d -> r.addLiteral(SchemaDO.startDate, d));
        e.end().map(this::date).ifPresent(d -> r.addLiteral(SchemaDO.endDate, d));
        e.partOfDay().ifPresent(p -> r.addProperty(KGO.partOfDay, p, ZH_HANS));
        e.place().map(places::get).ifPresent(p -> r.addProperty(SchemaDO.location, p));
        e.organizer().map(orgs::get).ifPresent(o -> r.addProperty(SchemaDO.organizer, o));
        for (ParticipationFact p : e.participants()) {
            Resource role = m.createResource(KGO.ROLES_NS + p.role());
            ONTOLOGY.copyConcept(role, m);
            Resource pt = m.createResource(iri.participation(e.number(), p.role(), p.person()))
                    .addProperty(RDF.type, KGO.Participation)
                    .addProperty(KGO.agent, persons.get(p.person()))
                    .addProperty(KGO.role, role)
                    .addProperty(PROV.wasDerivedFrom, mention(p.evidence()));
            r.addProperty(KGO.participation, pt);
        }
    }

    /**
     * xsd:date when the year is known — from the text, or from the caller's publication date (the
     * year before it when the month-day falls after it) — else xsd:gMonthDay.
     */
    private Literal date(PartialDate d) {
        PartialDate full = d;
        if (d.year().isEmpty() && published.isPresent()) {
            LocalDate pub = published.get();
            int year = d.month() > pub.getMonthValue() || d.month() == pub.getMonthValue() && d.day() > pub.getDayOfMonth()
                    ? pub.getYear() - 1 : pub.getYear();
            full = d.withYear(year);
        }
        return full.year().isPresent()
                ? m.createTypedLiteral(full.lexical(), XSDDatatype.XSDdate)
                : m.createTypedLiteral(full.lexical(), XSDDatatype.XSDgMonthDay);
    }

    private Literal nonNegative(int v) {
        return m.createTypedLiteral(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }
}
