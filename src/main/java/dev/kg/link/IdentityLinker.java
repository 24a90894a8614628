package dev.kg.link;

import dev.kg.link.ArticleEntities.PersonEntry;
import dev.kg.link.ArticleEntities.Post;
import dev.kg.link.PersonEvidence.Evidence;
import dev.kg.link.PersonEvidence.Person;
import dev.kg.normalize.ScriptConverter;
import dev.kg.vocab.KGO;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Identity across articles: one corpus-level resource per real person, organization and place,
 * linked from each article-level one by owl:sameAs (certain) or skos:closeMatch (probable), each
 * link with its evidence. Places and organizations are one when their resolved full names and
 * division codes are; persons by the rules of {@link PersonEvidence}. The result is the linkset
 * graph {@code https://w3id.org/kgnews/linkset/identity}, which also describes the corpus
 * resources (labels, division codes in both forms, schema:containedInPlace up to the province).
 *
 * <pre>
 * Model linkset = new IdentityLinker(base).link(dataset, LocalDate.now());
 * dataset.addGraph(NodeFactory.createURI(IdentityLinker.IRI), linkset.getGraph());
 * </pre>
 */
public final class IdentityLinker {
    public static final String NAME = "identity";
    public static final String IRI = Linkset.NS + NAME;
    /** Where a place's code and hierarchy come from when the article does not give them. */
    public static final String GAZETTEER = "kg gazetteer of administrative divisions (GB/T 2260 codes, 2023)";
    static final String METHOD = "kg link: article-level persons, organizations and places to corpus-level ones. "
            + "Places and organizations: same resolved full name and division code (owl:sameAs); a name the "
            + "gazetteer does not settle, within the article's home place (skos:closeMatch). Persons: same name "
            + "and an organization, a place or a title in common, or a title chain consistent in time; never "
            + "two divisions that exclude each other. Scores and rules on each kgo:LinkEvidence.";

    private static final String ZH_HANS = "zh-Hans";
    private static final String ZH_HANT = "zh-Hant";
    private static final String PINYIN = "zh-Latn-pinyin";

    private final CorpusIris iris;
    private final DivisionResolver divisions;
    private final PersonEvidence evidence;

    public IdentityLinker(String base) {
        this(base, DivisionResolver.standard());
    }

    public IdentityLinker(String base, DivisionResolver divisions) {
        this.iris = new CorpusIris(base);
        this.divisions = divisions;
        this.evidence = new PersonEvidence(divisions, iris);
    }

    /** Links the articles of every named graph of the dataset (linksets and other graphs are skipped). */
    public Model link(DatasetGraph dataset, LocalDate created) {
        List<Model> graphs = new ArrayList<>();
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.stream()
                .filter(n -> n.isURI() && !n.getURI().startsWith(Linkset.NS))
                .sorted(Comparator.comparing(Node::getURI))
                .forEach(n -> graphs.add(ModelFactory.createModelForGraph(dataset.getGraph(n))));
        return link(graphs, created);
    }

    /** Links the articles of the given graphs (a graph without a kgo:Article is skipped). */
    public Model link(List<Model> graphs, LocalDate created) {
        Run run = new Run();
        graphs.stream().map(ArticleEntities::read).flatMap(Optional::stream)
                .sorted(Comparator.comparing(a -> a.article().getURI()))
                .forEach(run::article);
        run.persons();
        return run.linkset.finish(created);
    }

    /** One link to be written: an article-level resource to its corpus-level one. */
    private record Member(Resource resource, double score, Set<String> rules, Set<Resource> shared,
                          Set<Resource> derivedFrom) {}

    private final class Run {
        final Linkset linkset = new Linkset(NAME, Linkset.ARTICLES, Linkset.CORPUS, METHOD);
        final Model out = linkset.model();
        final Map<String, Person> persons = new TreeMap<>();
        final Set<String> described = new HashSet<>();

        Run() {
            out.setNsPrefix("schema", SchemaDO.NS);
            out.setNsPrefix("foaf", FOAF.NS);
            out.setNsPrefix("org", ORG.NS);
        }

        void article(ArticleEntities a) {
            Optional<Division> home = a.home().flatMap(h -> division(h, Optional.empty()));
            for (Resource p : a.places()) {
                place(p, home);
            }
            Map<Resource, Resource> orgIris = new HashMap<>();
            Map<Resource, Division> orgDivisions = new HashMap<>();
            for (Resource o : a.organizations()) {
                org(o, home, orgIris, orgDivisions);
            }
            for (PersonEntry p : a.persons()) {
                Set<Resource> orgs = new LinkedHashSet<>();
                Set<Resource> titles = new LinkedHashSet<>();
                Set<Division> places = new LinkedHashSet<>();
                for (Post post : p.posts()) {
                    titles.add(post.title());
                    post.organization().map(orgIris::get).ifPresent(orgs::add);
                    post.organization().map(orgDivisions::get).ifPresent(places::add);
                }
                if (places.isEmpty()) {
                    home.ifPresent(places::add); // no organization placed: the article's own place
                }
                persons.put(p.person().getURI(), new Person(p.person(), p.name(), orgs, titles,
                        List.copyOf(places), p.date()));
            }
        }

        /** The division a place resource of an article denotes: its code, else its name in context. */
        Optional<Division> division(Resource place, Optional<Division> context) {
            Optional<Division> byCode = ArticleEntities.code(place).flatMap(divisions.gazetteer()::byCode);
            return byCode.isPresent() ? byCode
                    : ArticleEntities.name(place).flatMap(n -> divisions.place(n, context));
        }

        void place(Resource p, Optional<Division> home) {
            Optional<String> name = ArticleEntities.name(p);
            Resource in = p.getPropertyResourceValue(SchemaDO.containedInPlace);
            Optional<Division> context = Optional.ofNullable(in).flatMap(i -> division(i, Optional.empty())).or(() -> home);
            Optional<Division> d = division(p, context);
            if (d.isPresent()) {
                Resource corpus = describePlace(d.get());
                certain(p, corpus, corpus);
            } else if (name.isPresent() && context.isPresent()) {
                // a town or village the gazetteer lacks: probably one within the same county or city
                Resource corpus = describe(iris.place(name.get(), context.get().code()), name.get(), List.of(SchemaDO.Place))
                        .addProperty(SchemaDO.containedInPlace, describePlace(context.get()));
                probable(p, corpus, describePlace(context.get()));
            } else if (name.isPresent()) {
                only(p, describe(iris.place(name.get(), CorpusIris.hash(p.getURI())), name.get(), List.of(SchemaDO.Place)));
            }
        }

        void org(Resource o, Optional<Division> home, Map<Resource, Resource> orgIris, Map<Resource, Division> orgDivisions) {
            Optional<String> name = ArticleEntities.name(o);
            if (name.isEmpty()) {
                return;
            }
            List<Resource> types = o.listProperties(RDF.type).mapWith(s -> s.getResource()).toList();
            Optional<DivisionResolver.Scope> scope = divisions.organization(name.get(), home);
            Resource corpus;
            if (scope.isPresent()) {
                Optional<Division> d = scope.get().division();
                corpus = describe(iris.org(name.get(), d.map(Division::code).orElse(CorpusIris.NATIONAL)), name.get(), types);
                d.ifPresent(div -> {
                    corpus.addProperty(SchemaDO.areaServed, describePlace(div));
                    orgDivisions.put(o, div);
                });
                certain(o, corpus, d.map(this::describePlace).orElse(null));
            } else if (home.isPresent()) {
                // 人民法院, 市政公用事业局: the article's own city's, probably
                corpus = describe(iris.org(name.get(), home.get().code()), name.get(), types);
                probable(o, corpus, describePlace(home.get()));
            } else {
                corpus = describe(iris.org(name.get(), CorpusIris.hash(o.getURI())), name.get(), types);
                only(o, corpus);
            }
            orgIris.put(o, corpus);
        }

        void certain(Resource articleLevel, Resource corpus, Resource shared) {
            linkset.link(articleLevel, Linkset.predicate(1.0), corpus, 1.0, List.of("same-name-and-division"),
                    shared == null ? List.of() : List.of(shared), List.of());
        }

        void probable(Resource articleLevel, Resource corpus, Resource home) {
            linkset.link(articleLevel, Linkset.predicate(0.7), corpus, 0.7, List.of("name-in-home-place"),
                    List.of(home), List.of());
        }

        void only(Resource articleLevel, Resource corpus) {
            linkset.link(articleLevel, Linkset.predicate(1.0), corpus, 1.0, List.of("only-mention"), List.of(), List.of());
        }

        /** Persons, once every article is read: cluster each name, then link every member. */
        void persons() {
            Map<String, List<Person>> byName = new TreeMap<>();
            persons.values().forEach(p -> byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p));
            Set<String> minted = new HashSet<>();
            for (List<Person> group : byName.values()) {
                for (List<Person> cluster : clusters(group)) {
                    Resource corpus = mintPerson(cluster, minted);
                    for (Person p : cluster) {
                        Member m = member(p, cluster);
                        linkset.link(p.person(), Linkset.predicate(m.score()), corpus, m.score(), m.rules(),
                                m.shared(), m.derivedFrom());
                    }
                }
            }
        }

        /** Greedy, strongest evidence first; two clusters join only if no pair across them is vetoed. */
        List<List<Person>> clusters(List<Person> group) {
            record Edge(int a, int b, double score) {}
            List<Edge> edges = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    final int a = i;
                    final int b = j;
                    evidence.between(group.get(i), group.get(j)).ifPresent(e -> edges.add(new Edge(a, b, e.score())));
                }
            }
            edges.sort(Comparator.comparingDouble(Edge::score).reversed());
            int[] root = new int[group.size()];
            for (int i = 0; i < root.length; i++) {
                root[i] = i;
            }
            for (Edge e : edges) {
                int ra = find(root, e.a());
                int rb = find(root, e.b());
                if (ra != rb && compatible(group, root, ra, rb)) {
                    root[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
            Map<Integer, List<Person>> byRoot = new TreeMap<>();
            for (int i = 0; i < group.size(); i++) {
                byRoot.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(group.get(i));
            }
            return List.copyOf(byRoot.values());
        }

        boolean compatible(List<Person> group, int[] root, int ra, int rb) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = 0; j < group.size(); j++) {
                    if (find(root, i) == ra && find(root, j) == rb && evidence.conflict(group.get(i), group.get(j))) {
                        return false;
                    }
                }
            }
            return true;
        }

        int find(int[] root, int i) {
            while (root[i] != i) {
                i = root[i];
            }
            return i;
        }

        /** The link of one person of a cluster: its strongest evidence with the others. */
        Member member(Person p, List<Person> cluster) {
            double best = 0;
            Set<String> rules = new TreeSet<>();
            Set<Resource> shared = new LinkedHashSet<>();
            Set<Resource> from = new LinkedHashSet<>();
            for (Person q : cluster) {
                if (q == p) {
                    continue;
                }
                Optional<Evidence> e = evidence.between(p, q);
                if (e.isPresent()) {
                    rules.addAll(e.get().rules());
                    shared.addAll(e.get().shared());
                    from.add(q.person());
                    best = Math.max(best, e.get().score());
                }
            }
            if (cluster.size() == 1) {
                return new Member(p.person(), 1.0, Set.of("only-mention"), Set.of(), Set.of());
            }
            return new Member(p.person(), best, rules, shared, from);
        }

        /** name + the cluster's most common division, else a hash of its first member; unique. */
        Resource mintPerson(List<Person> cluster, Set<String> minted) {
            Map<String, Integer> codes = new TreeMap<>();
            cluster.forEach(p -> p.places().forEach(d -> codes.merge(d.code(), 1, Integer::sum)));
            String disambiguator = codes.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElseGet(() -> CorpusIris.hash(cluster.get(0).person().getURI()));
            String name = cluster.get(0).name();
            String iri = iris.person(name, disambiguator);
            for (int n = 2; !minted.add(iri); n++) {
                iri = iris.person(name, disambiguator) + "-" + n;
            }
            Resource r = describe(iri, name, List.of(FOAF.Person));
            r.addProperty(FOAF.name, name, ZH_HANS);
            return r;
        }

        /** A corpus place of the gazetteer, with both forms of its code and its parents up to the province. */
        Resource describePlace(Division d) {
            String iri = iris.place(d);
            Resource r = out.createResource(iri);
            if (described.add(iri)) {
                describe(iri, d.name(), List.of(SchemaDO.Place, KGO.AdministrativeArea))
                        .addProperty(DCTerms.identifier, d.code())
                        .addProperty(KGO.divisionCode, DivisionCode.toWikidata(d.code()))
                        .addProperty(DCTerms.source, GAZETTEER);
                divisions.gazetteer().parent(d).ifPresent(parent -> r.addProperty(SchemaDO.containedInPlace, describePlace(parent)));
            }
            return r;
        }

        Resource describe(String iri, String name, List<Resource> types) {
            Resource r = out.createResource(iri);
            types.forEach(t -> r.addProperty(RDF.type, t));
            if (!r.hasProperty(SKOS.prefLabel)) {
                r.addProperty(SKOS.prefLabel, name, ZH_HANS)
                        .addProperty(SKOS.prefLabel, ScriptConverter.toTraditional(name), ZH_HANT)
                        .addProperty(SKOS.prefLabel, ScriptConverter.pinyinWithTones(name), PINYIN);
            }
            return r;
        }
    }

    /** The linkset graph's name as a node, for {@code dataset.addGraph}. */
    public static Node graphName() {
        return org.apache.jena.graph.NodeFactory.createURI(IRI);
    }
}
