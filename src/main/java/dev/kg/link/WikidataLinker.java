package dev.kg.link;

import dev.kg.vocab.WD;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import dev.kg.vocab.KGO;

/**
 * Links the corpus resources of the identity linkset to Wikidata items, and through their P1566 to
 * GeoNames. One matcher for both paths: the curated file first (offline, always), then, for what
 * it left unlinked, the endpoint if one is given. A candidate is found by label (zh-Hans and
 * zh-Hant, under Wikidata's language codes zh, zh-hans, zh-cn, zh-hant, zh-tw, zh-hk) or, for a
 * place, by division code (P442), and kept only when it is certain:
 *
 * <ul>
 * <li>a place: the one item with its division code (owl:sameAs); items with another code are not
 *     it; several with the code, or a label match without a code, are recorded as kgo:ambiguousMatch;</li>
 * <li>an organization: the one non-human item with its full name (skos:closeMatch); several: ambiguous;</li>
 * <li>a person: never by name alone online (human items of that name are recorded as ambiguous);
 *     only a curated entry links a person.</li>
 * </ul>
 * A curated entry that matches is owl:sameAs with the entry's dcterms:source and dcterms:date.
 */
public final class WikidataLinker {
    public static final String IRI = Linkset.NS + "wikidata";
    public static final String GEONAMES_IRI = Linkset.NS + "geonames";
    static final int LIMIT = 50;
    private static final String[] SIMPLIFIED_TAGS = {"zh", "zh-hans", "zh-cn"};
    private static final String[] TRADITIONAL_TAGS = {"zh-hant", "zh-tw", "zh-hk", "zh"};

    /** What the linker wrote, and why the online path stopped if it did. */
    public record Result(Model wikidata, Model geonames, long linked, long ambiguous, Optional<String> failure) {}

    private enum Kind { PLACE, ORGANIZATION, PERSON }

    private record Candidate(Resource item, boolean labelMatch, Set<Resource> types, Set<String> codes,
                             Set<String> geonames, Optional<RDFNode> source, Optional<RDFNode> date) {}

    private final WikidataSource curated;
    private final Optional<WikidataSource> online;

    public WikidataLinker(WikidataSource curated, Optional<WikidataSource> online) {
        this.curated = curated;
        this.online = online;
    }

    public Result link(Model identity, LocalDate created) {
        Linkset wd = new Linkset("wikidata", Linkset.CORPUS, Linkset.WIKIDATA,
                "kg link: corpus resources to Wikidata items, by the curated file ontology/links/wikidata.ttl"
                        + online.map(o -> " and by reconciliation against " + o.name()).orElse("")
                        + ": label (zh-Hans, zh-Hant), type (P31) and, for places, the division code (P442); "
                        + "ambiguous candidates are recorded with kgo:ambiguousMatch, never linked.");
        Linkset geo = new Linkset("geonames", Linkset.CORPUS, Linkset.GEONAMES,
                "kg link: GeoNames features of the Wikidata items linked to corpus places (Wikidata P1566).");
        wd.model().setNsPrefix("wd", WD.NS);
        wd.model().createResource(Linkset.WIKIDATA)
                .addProperty(VOID.sparqlEndpoint, wd.model().createResource(WD.ENDPOINT))
                .addProperty(VOID.uriSpace, WD.NS);
        long ambiguous = 0;
        Optional<String> failure = Optional.empty();
        for (Resource r : corpusResources(identity)) {
            Kind kind = kind(r);
            boolean linked = match(r, kind, curated, wd, geo, created) == 1;
            if (!linked && online.isPresent() && failure.isEmpty()) {
                try {
                    if (match(r, kind, online.get(), wd, geo, created) == 2) {
                        ambiguous++;
                    }
                } catch (LinkException e) {
                    failure = Optional.of(e.getMessage()); // stop asking; what is linked stays
                }
            }
        }
        long linked = wd.count(org.apache.jena.vocabulary.OWL.sameAs) + wd.count(SKOS.closeMatch);
        return new Result(wd.finish(created), geo.finish(created), linked, ambiguous, failure);
    }

    /** 0 nothing, 1 linked, 2 ambiguous (recorded). */
    private int match(Resource r, Kind kind, WikidataSource source, Linkset wd, Linkset geo, LocalDate created) {
        List<String> labels = labels(r);
        Optional<String> code = kind == Kind.PLACE ? Optional.ofNullable(r.getProperty(DCTerms.identifier))
                .map(Statement::getString) : Optional.empty();
        if (labels.isEmpty()) {
            return 0;
        }
        List<Candidate> candidates = candidates(source, labels, code);
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> unsure = new ArrayList<>();
        String rule;
        double score;
        switch (kind) {
            case PLACE -> {
                String c = code.orElseThrow();
                candidates.stream().filter(x -> x.codes().contains(c)).forEach(kept::add);
                if (kept.size() > 1) {
                    List<Candidate> named = kept.stream().filter(Candidate::labelMatch).toList();
                    unsure.addAll(kept);
                    kept.clear();
                    if (named.size() == 1) {
                        kept.add(named.get(0));
                        unsure.clear();
                    }
                }
                candidates.stream().filter(x -> x.labelMatch() && x.codes().isEmpty() && !x.types().contains(WD.Q5))
                        .filter(x -> !source.isCurated()).forEach(unsure::add);
                rule = "division-code";
                score = 1.0;
            }
            case ORGANIZATION -> {
                candidates.stream().filter(x -> x.labelMatch() && !x.types().contains(WD.Q5) && x.codes().isEmpty())
                        .forEach(kept::add);
                rule = "label-and-type";
                score = source.isCurated() ? 1.0 : 0.8;
            }
            default -> {
                candidates.stream().filter(x -> x.labelMatch() && x.types().contains(WD.Q5)).forEach(kept::add);
                rule = "label-and-type";
                score = 1.0;
                if (!source.isCurated()) {
                    unsure.addAll(kept); // a name alone never identifies a person
                    kept.clear();
                }
            }
        }
        if (kept.size() > 1) {
            unsure.addAll(kept);
            kept.clear();
        }
        if (kept.size() == 1 && unsure.isEmpty()) {
            Candidate c = kept.get(0);
            List<String> rules = source.isCurated() ? List.of("curated", rule) : List.of(rule);
            Resource ev = wd.link(r, Linkset.predicate(score), c.item(), score, rules, List.of(), List.of());
            if (source.isCurated()) {
                c.source().ifPresent(s -> ev.addProperty(DCTerms.source, s));
                c.date().ifPresent(d -> ev.addProperty(DCTerms.date, d));
            } else {
                ev.addProperty(DCTerms.source, ev.getModel().createResource(source.name()));
                ev.addProperty(DCTerms.date, created.toString(), XSDDatatype.XSDdate);
            }
            for (String id : c.geonames()) {
                geo.link(r, org.apache.jena.vocabulary.OWL.sameAs,
                        geo.model().createResource(WD.GEONAMES_NS + id + "/"), 1.0,
                        List.of("wikidata-P1566"), List.of(), List.of(c.item()));
            }
            return 1;
        }
        Set<Resource> recorded = new LinkedHashSet<>();
        unsure.forEach(c -> recorded.add(c.item()));
        recorded.forEach(item -> wd.model().add(r, KGO.ambiguousMatch, item));
        return recorded.isEmpty() ? 0 : 2;
    }

    /** One bounded query: items with one of the labels, or (places) the code; their types, codes, GeoNames ids. */
    static Query query(List<String> labels, Optional<String> code) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            Set<String> tags = new LinkedHashSet<>();
            if (i == 0) {
                tags.addAll(List.of(SIMPLIFIED_TAGS));
            }
            if (i == 1 || labels.size() == 1) { // one label: the name is written alike in both scripts
                tags.addAll(List.of(TRADITIONAL_TAGS));
            }
            for (String tag : tags) {
                values.append(' ').append(NodeFmtLib.strNT(NodeFactory.createLiteralLang(labels.get(i), tag)));
            }
        }
        String byCode = code.map(c -> " UNION { ?item wdt:P442 "
                + NodeFmtLib.strNT(NodeFactory.createLiteralString(DivisionCode.toWikidata(c))) + " }").orElse("");
        return QueryFactory.create("""
                PREFIX rdfs: <%s>
                PREFIX wdt: <%s>
                PREFIX dcterms: <%s>
                SELECT ?item ?label ?type ?code ?geonames ?source ?date WHERE {
                  { VALUES ?label {%s } ?item rdfs:label ?label }%s
                  OPTIONAL { ?item wdt:P31 ?type }
                  OPTIONAL { ?item wdt:P442 ?code }
                  OPTIONAL { ?item wdt:P1566 ?geonames }
                  OPTIONAL { ?item dcterms:source ?source }
                  OPTIONAL { ?item dcterms:date ?date }
                } LIMIT %d
                """.formatted(RDFS.getURI(), WD.DIRECT_NS, DCTerms.NS, values, byCode, LIMIT));
    }

    private static List<Candidate> candidates(WikidataSource source, List<String> labels, Optional<String> code) {
        Map<String, List<QuerySolution>> rows = new LinkedHashMap<>();
        for (QuerySolution row : source.select(query(labels, code))) {
            RDFNode item = row.get("item");
            if (item != null && item.isURIResource() && item.asResource().getURI().startsWith(WD.NS)) {
                rows.computeIfAbsent(item.asResource().getURI(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Candidate> out = new ArrayList<>();
        rows.forEach((iri, rs) -> {
            Set<Resource> types = new LinkedHashSet<>();
            Set<String> codes = new LinkedHashSet<>();
            Set<String> geonames = new LinkedHashSet<>();
            boolean label = false;
            Optional<RDFNode> src = Optional.empty();
            Optional<RDFNode> date = Optional.empty();
            for (QuerySolution q : rs) {
                label |= q.contains("label");
                Optional.ofNullable(q.get("type")).filter(RDFNode::isURIResource).ifPresent(t -> types.add(t.asResource()));
                Optional.ofNullable(q.get("code")).filter(RDFNode::isLiteral)
                        .flatMap(c -> DivisionCode.normalize(c.asLiteral().getLexicalForm())).ifPresent(codes::add);
                Optional.ofNullable(q.get("geonames")).filter(RDFNode::isLiteral)
                        .map(g -> g.asLiteral().getLexicalForm()).filter(g -> g.matches("\\d+")).ifPresent(geonames::add);
                src = src.or(() -> Optional.ofNullable(q.get("source")));
                date = date.or(() -> Optional.ofNullable(q.get("date")));
            }
            out.add(new Candidate(rs.get(0).getResource("item"), label, types, codes, geonames, src, date));
        });
        return out;
    }

    private static List<Resource> corpusResources(Model identity) {
        Set<Resource> rs = new LinkedHashSet<>();
        for (Resource type : List.of(SchemaDO.Place, ORG.Organization, FOAF.Person)) {
            identity.listResourcesWithProperty(RDF.type, type).forEachRemaining(rs::add);
        }
        return rs.stream().filter(Resource::isURIResource)
                .filter(r -> !r.hasProperty(RDF.type, SchemaDO.Place) || r.hasProperty(DCTerms.identifier))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static Kind kind(Resource r) {
        if (r.hasProperty(RDF.type, SchemaDO.Place)) {
            return Kind.PLACE;
        }
        return r.hasProperty(RDF.type, FOAF.Person) ? Kind.PERSON : Kind.ORGANIZATION;
    }

    /** The zh-Hans label first, then the zh-Hant one when it differs. */
    private static List<String> labels(Resource r) {
        List<String> out = new ArrayList<>();
        for (String lang : List.of("zh-Hans", "zh-Hant")) {
            r.listProperties(SKOS.prefLabel).forEachRemaining(s -> {
                if (s.getObject().isLiteral() && lang.equalsIgnoreCase(s.getLanguage()) && !out.contains(s.getString())) {
                    out.add(s.getString());
                }
            });
        }
        return out;
    }
}
