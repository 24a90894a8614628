package dev.kg.extract;

import dev.kg.normalize.Han;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds who holds which title in one sentence's chunks. Patterns: {@code [ORG]TITLE PERSON},
 * titles joined by 、 before one person ({@code 市委书记、…组长王某}), one title before a 、 list of
 * persons ({@code 市领导A、B、C}), and a list closed by {@code 等N名TITLE}. A compound title
 * ({@code 市委书记}) names its own organization; a bare title that needs one ({@code 副主任}) takes
 * the organization of the title before it in the same sentence.
 */
public final class PositionExtractor {
    /** 三名, 12位: the count in a list of persons (P、P等三名TITLE). */
    private static final Pattern COUNT = Pattern.compile("[0-9一二三四五六七八九十百余多]+|名|位");
    /** A position as written: the organization is still a surface form. */
    public record RawPosition(String person, Lexicon.Title title, Optional<String> org, Optional<Span> orgSpan,
                              Span evidence) {}

    private record Item(Lexicon.Title title, Optional<String> org, Optional<Span> orgSpan, int start) {}

    private final Lexicon lexicon;

    public PositionExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<RawPosition> extract(List<Chunk> chunks, String text, int textOffset) {
        List<RawPosition> out = new ArrayList<>();
        List<Item> chain = new ArrayList<>();
        Item lastWithOrg = null;
        int i = 0;
        while (i < chunks.size()) {
            int itemEnd = itemEnd(chunks, i);
            if (itemEnd < 0) {
                Chunk c = chunks.get(i);
                if (c.is(Chunk.Type.PERSON) && postposedTitle(chunks, i, text, textOffset)) {
                    Chunk title = chunks.get(i + 1);
                    out.add(new RawPosition(c.text(), title.title().orElseThrow(), Optional.empty(), Optional.empty(),
                            new Span(c.start(), title.end())));
                    i += 2;
                } else if (c.is(Chunk.Type.PERSON)) {
                    i = listThenTitle(chunks, i, out);
                } else {
                    i++;
                }
                chain.clear();
                continue;
            }
            Item item = item(chunks, i, itemEnd);
            if (!item.title().standalone() && item.org().isEmpty() && item.title().orgHead().isEmpty()) {
                Item from = !chain.isEmpty() ? chain.get(chain.size() - 1) : lastWithOrg;
                if (from != null && namesOnlyItsHead(from)) {
                    from = lastWithOrg;   // 董事长A、党委书记B、总经理C: C runs the company, not its 党委
                }
                if (from != null && from.org().isPresent()) {
                    item = new Item(item.title(), carried(from), from.orgSpan(), item.start());
                }
            }
            chain.add(item);
            if (item.org().isPresent() && !namesOnlyItsHead(item)) {
                lastWithOrg = item;
            }
            i = itemEnd + 1;
            if (i < chunks.size() && chunks.get(i).isPunct("、") && itemEnd(chunks, i + 1) >= 0) {
                i++;
                continue;
            }
            if (i < chunks.size() && chunks.get(i).is(Chunk.Type.PERSON) && adjacent(chunks.get(itemEnd), chunks.get(i), text, textOffset)) {
                List<Chunk> persons = personList(chunks, i);
                int j = i + 2 * persons.size() - 1;
                for (Chunk p : persons) {
                    for (Item it : chain) {
                        out.add(new RawPosition(p.text(), it.title(), it.org(), it.orgSpan(),
                                new Span(Math.min(it.start(), p.start()), p.end())));
                    }
                }
                i = j;
            }
            chain.clear();
        }
        return out;
    }

    /**
     * {@code 张某国务委员在…}: a title that needs no organization right after a name, and not before
     * another name (张某副县长李某 gives 李某 the title).
     */
    private static boolean postposedTitle(List<Chunk> chunks, int i, String text, int textOffset) {
        if (i + 1 >= chunks.size() || !chunks.get(i + 1).is(Chunk.Type.TITLE) || !adjacent(chunks.get(i), chunks.get(i + 1), text, textOffset)) {
            return false;
        }
        Lexicon.Title t = chunks.get(i + 1).title().orElseThrow();
        boolean personAfter = i + 2 < chunks.size() && chunks.get(i + 2).is(Chunk.Type.PERSON);
        return t.orgHead().isEmpty() && !personAfter && chunks.get(i).end() == chunks.get(i + 1).start();
    }

    /**
     * A compound title that names no body but its own head, and that head needs a qualifier
     * ({@code 党委书记}: the 党委 of whatever came before; unlike 市委书记, whose 市委 is whole).
     */
    private boolean namesOnlyItsHead(Item item) {
        return item.title().orgHead().isPresent() && item.org().equals(item.title().orgHead())
                && !lexicon.isCompleteOrgName(item.title().orgHead().get());
    }

    /** The organization a bare title inherits: a compound title's organization without its head (党组). */
    private Optional<String> carried(Item from) {
        String org = from.org().get();
        Optional<String> head = from.title().orgHead();
        if (head.isPresent() && org.endsWith(head.get()) && org.length() > head.get().length()) {
            String rest = org.substring(0, org.length() - head.get().length());
            if (lexicon.orgSuffixAtEnd(rest).isPresent()) {
                return Optional.of(rest);
            }
        }
        return from.org();
    }

    /** Index of the TITLE chunk of a title item starting at {@code i}, or -1. */
    private static int itemEnd(List<Chunk> chunks, int i) {
        if (i >= chunks.size()) {
            return -1;
        }
        Chunk c = chunks.get(i);
        if (c.is(Chunk.Type.TITLE)) {
            return i;
        }
        if ((c.is(Chunk.Type.ORG) || c.is(Chunk.Type.PLACE) || c.is(Chunk.Type.DEICTIC) || isNameWord(c)) && i + 1 < chunks.size()
                && chunks.get(i + 1).is(Chunk.Type.TITLE) && chunks.get(i + 1).start() == c.end()
                && (!isNameWord(c) || chunks.get(i + 1).title().flatMap(Lexicon.Title::orgHead).isPresent())) {
            return i + 1;
        }
        return -1;
    }

    /** A word HanLP did not class that stands before a compound title as its place (广陵|区委常委). */
    private static boolean isNameWord(Chunk c) {
        if (!c.is(Chunk.Type.WORD) || c.text().length() < 2 || c.tokens().size() != 1) {
            return false;
        }
        String n = c.tokens().get(0).nature();
        return (n.equals("nz") || n.equals("ns") || n.equals("s") || n.equals("j"))
                && Han.all(c.text());
    }

    private Item item(List<Chunk> chunks, int i, int titleIndex) {
        Chunk title = chunks.get(titleIndex);
        Lexicon.Title t = title.title().orElseThrow();
        Chunk before = titleIndex > i ? chunks.get(i) : null;
        if (t.standalone() && !(before != null && before.is(Chunk.Type.ORG))) {
            return new Item(t, Optional.empty(), Optional.empty(), (before != null ? before : title).start());
        }
        if (t.orgHead().isPresent()) {
            String head = t.orgHead().get();
            int headEnd = title.start() + head.length();
            if (before != null && !before.is(Chunk.Type.DEICTIC)) {
                return new Item(t, Optional.of(before.text() + head), Optional.of(new Span(before.start(), headEnd)), before.start());
            }
            return new Item(t, Optional.of(head), Optional.of(new Span(title.start(), headEnd)), title.start());
        }
        if (before != null && before.is(Chunk.Type.ORG)) {
            return new Item(t, Optional.of(before.text()), Optional.of(before.span()), before.start());
        }
        return new Item(t, Optional.empty(), Optional.empty(), (before != null ? before : title).start());
    }

    /** The names {@code P、P、P} starting at chunk {@code i} (a person). */
    private static List<Chunk> personList(List<Chunk> chunks, int i) {
        List<Chunk> persons = new ArrayList<>();
        persons.add(chunks.get(i));
        for (int j = i + 1; j + 1 < chunks.size() && chunks.get(j).isPunct("、") && chunks.get(j + 1).is(Chunk.Type.PERSON); j += 2) {
            persons.add(chunks.get(j + 1));
        }
        return persons;
    }

    /** {@code P、P…等N名TITLE}: every listed person holds the title. */
    private int listThenTitle(List<Chunk> chunks, int i, List<RawPosition> out) {
        List<Chunk> persons = personList(chunks, i);
        int j = i + 2 * persons.size() - 1;
        if (j < chunks.size() && chunks.get(j).text().equals("等")) {
            int k = j + 1;
            while (k < chunks.size() && chunks.get(k).is(Chunk.Type.WORD) && COUNT.matcher(chunks.get(k).text()).matches()) {
                k++;
            }
            int titleEnd = itemEnd(chunks, k);
            if (k > j + 1 && titleEnd >= 0) {
                Item it = item(chunks, k, titleEnd);
                for (Chunk p : persons) {
                    out.add(new RawPosition(p.text(), it.title(), it.org(), it.orgSpan(), new Span(p.start(), chunks.get(titleEnd).end())));
                }
                return titleEnd + 1;
            }
        }
        return j;
    }

    private static boolean adjacent(Chunk a, Chunk b, String text, int textOffset) {
        if (b.start() < a.end()) {
            return false;
        }
        return text.substring(a.end() - textOffset, b.start() - textOffset).isBlank();
    }
}
