package dev.kg.bench;

import com.google.gson.JsonObject;
import dev.kg.convert.ArticleConverter;
import dev.kg.extract.ArticleFacts;
import dev.kg.extract.PersonFact;
import dev.kg.extract.PlaceFact;
import dev.kg.extract.Span;
import dev.kg.link.Division;
import dev.kg.link.Gazetteer;
import dev.kg.source.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A <b>synthetic</b> corpus for benchmarks: articles made of the sentences of given articles, recombined
 * at random, with every person the converter finds renamed to a generated name (a common surname and
 * one or two given-name characters from fixed lists) and every place the gazetteer knows replaced by
 * another division of the same level. Each article keeps the paragraph shape of a source article; its
 * first sentence is some source's first sentence (where dates and venues are stated). Within one
 * synthetic article a source name maps to one new name, so people recur as they do in news.
 *
 * <p>Nothing of the sources is stored: they are read when the corpus is made. The same sources and seed
 * give the same corpus, byte for byte. It is not news and says nothing true: only a load of realistic
 * shape and vocabulary for measuring speed and memory.
 *
 * <pre>
 *   SyntheticCorpus corpus = SyntheticCorpus.from(articles, new ArticleConverter());
 *   corpus.write(1000, 42, line -&gt; out.println(line));   // JSON Lines: synthetic-000001 …
 * </pre>
 */
public final class SyntheticCorpus {
    /** Marks every article made here, in its {@code source} field. */
    public static final String SOURCE = "synthetic (kg bench corpus): recombined sentences, generated names; not news";
    public static final String ID_PREFIX = "synthetic-";

    /** The most common Chinese surnames (a list of knowledge, no person's name). */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦方白邹孟熊秦邱尹薛段雷侯史陶贺顾毛郝龚邵万钱严戴孔汤";
    /** Characters common in given names. */
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏斌宇浩凯健俊帆旭宁欣佳雪"
            + "峰晨云飞志春荣庆祥德胜兵晓亮松晶琳凤梅莉兰振锋瑞彬";

    /** A source sentence and the names in it that are to be replaced. */
    private record Piece(String text, Set<String> persons, Map<String, Division> places) {
    }

    /** A source article: its paragraphs, each a list of pieces. */
    private record Shape(List<List<Piece>> paragraphs) {
    }

    private final List<Shape> shapes;
    private final List<Piece> leads = new ArrayList<>();
    private final List<Piece> body = new ArrayList<>();
    private final Map<Division.Level, List<Division>> divisions = new LinkedHashMap<>();
    /** Names a generated person must not have: places, and every person of the sources. */
    private final Set<String> taken = new HashSet<>();

    private SyntheticCorpus(List<Shape> shapes, Gazetteer gazetteer) {
        this.shapes = shapes;
        for (Shape s : shapes) {
            List<Piece> all = s.paragraphs().stream().flatMap(List::stream).toList();
            leads.add(all.get(0));
            body.addAll(all.subList(1, all.size()));
            all.forEach(p -> taken.addAll(p.persons()));
        }
        if (body.isEmpty()) {
            body.addAll(leads);
        }
        for (Division d : gazetteer.all()) {
            divisions.computeIfAbsent(d.level(), l -> new ArrayList<>()).add(d);
            taken.add(d.name()); // 高明 is a district: no person may be called so
            taken.add(d.shortName());
        }
    }

    /** Reads the persons and places of each source with the converter (in the sources' order). */
    public static SyntheticCorpus from(List<Article> sources, ArticleConverter converter) {
        Gazetteer gazetteer = Gazetteer.standard();
        List<Shape> shapes = new ArrayList<>();
        for (Article a : sources) {
            Shape shape = shape(a, converter.facts(a), gazetteer);
            if (!shape.paragraphs().isEmpty()) {
                shapes.add(shape);
            }
        }
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("no sentences in the source articles");
        }
        return new SyntheticCorpus(shapes, gazetteer);
    }

    private static Shape shape(Article article, ArticleFacts facts, Gazetteer gazetteer) {
        var text = facts.text();
        Set<String> persons = new HashSet<>();
        for (PersonFact p : facts.persons()) {
            for (Span s : p.mentions()) {
                persons.add(text.originalSlice(s.start(), s.end()));
            }
        }
        Map<String, Division> places = new HashMap<>();
        for (PlaceFact p : facts.places()) {
            Division d = p.code().flatMap(gazetteer::byCode).orElse(null);
            if (d == null) {
                continue;
            }
            for (Span s : p.mentions()) {
                String said = text.originalSlice(s.start(), s.end());
                if (said.equals(d.name()) || said.equals(d.shortName())) {
                    places.put(said, d);
                }
            }
        }
        List<List<Piece>> paragraphs = new ArrayList<>();
        for (String line : article.text().split("\n")) {
            List<Piece> pieces = new ArrayList<>();
            for (String sentence : sentences(line.strip())) {
                pieces.add(new Piece(sentence, only(persons, sentence), only(places, sentence)));
            }
            if (!pieces.isEmpty()) {
                paragraphs.add(pieces);
            }
        }
        return new Shape(paragraphs);
    }

    private static Set<String> only(Set<String> names, String sentence) {
        Set<String> in = new HashSet<>();
        names.stream().filter(sentence::contains).forEach(in::add);
        return in;
    }

    private static Map<String, Division> only(Map<String, Division> names, String sentence) {
        Map<String, Division> in = new HashMap<>();
        names.forEach((n, d) -> {
            if (sentence.contains(n)) {
                in.put(n, d);
            }
        });
        return in;
    }

    /** A line cut after each 。！？ (kept), blank pieces dropped. */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if ("。！？!?".indexOf(line.charAt(i)) >= 0 || i == line.length() - 1) {
                String s = line.substring(start, i + 1);
                if (!s.isBlank()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Writes {@code count} articles as JSON Lines ({@code id}, {@code text}), one a call. The id marks
     * them synthetic; {@code source} is left out, since kg takes it for the article's URL.
     */
    public void write(int count, long seed, Consumer<String> lines) {
        articles(count, seed, a -> {
            JsonObject o = new JsonObject();
            o.addProperty("id", a.id());
            o.addProperty("text", a.text());
            lines.accept(o.toString());
        });
    }

    /** Makes {@code count} articles, {@code synthetic-000001} first; their location is {@link #SOURCE}. */
    public void articles(int count, long seed, Consumer<Article> articles) {
        Random random = new Random(seed);
        for (int i = 1; i <= count; i++) {
            String id = String.format(java.util.Locale.ROOT, "%s%06d", ID_PREFIX, i);
            articles.accept(new Article(id, SOURCE, article(random)));
        }
    }

    private String article(Random random) {
        Shape shape = shapes.get(random.nextInt(shapes.size()));
        Map<String, String> renamed = new HashMap<>();
        Set<String> used = new HashSet<>();
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (List<Piece> paragraph : shape.paragraphs()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            for (int k = 0; k < paragraph.size(); k++) {
                Piece piece = first ? leads.get(random.nextInt(leads.size())) : body.get(random.nextInt(body.size()));
                first = false;
                out.append(substituted(piece, renamed, used, random));
            }
        }
        return out.append('\n').toString();
    }

    /** The piece with its names replaced, longest name first at each position. */
    private String substituted(Piece piece, Map<String, String> renamed, Set<String> used, Random random) {
        // decide replacements in a fixed order (sorted), so the random draws do not depend on hash order
        List<String> names = new ArrayList<>(piece.persons());
        names.addAll(piece.places().keySet());
        names.sort(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String n : names) {
            if (!renamed.containsKey(n)) {
                Division d = piece.places().get(n);
                renamed.put(n, d != null ? place(d, n, renamed, random) : person(used, random));
            }
        }
        StringBuilder out = new StringBuilder();
        String text = piece.text();
        for (int i = 0; i < text.length(); ) {
            String hit = null;
            for (String n : names) {
                if (text.startsWith(n, i)) {
                    hit = n;
                    break;
                }
            }
            if (hit == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(renamed.get(hit));
                i += hit.length();
            }
        }
        return out.toString();
    }

    private String person(Set<String> used, Random random) {
        while (true) {
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            int given = random.nextInt(3) == 0 ? 1 : 2;
            for (int k = 0; k < given; k++) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            String n = name.toString();
            if (!taken.contains(n) && used.add(n)) {
                return n;
            }
        }
    }

    /** Another division of the same level; its short name where the source said the short name. */
    private String place(Division original, String said, Map<String, String> renamed, Random random) {
        // the full and short names of one source place become the same new place
        String key = "\u0000" + original.code();
        String code = renamed.computeIfAbsent(key, k -> {
            List<Division> same = divisions.get(original.level());
            return same.get(random.nextInt(same.size())).code();
        });
        Division d = divisions.get(original.level()).stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        return said.equals(original.name()) ? d.name() : d.shortName();
    }
}
