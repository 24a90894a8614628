package dev.kg.extract;

import dev.kg.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small readings of a clause's chunks that the event stage needs: subjects, lists, text. */
final class Clauses {
    private static final String CLAUSE_BREAK = ",，;；:：。！？!?";

    private Clauses() {}

    /** A sentence's chunks cut at clause punctuation (not at 、, which joins a list). */
    static List<List<Chunk>> split(List<Chunk> chunks) {
        List<List<Chunk>> clauses = new ArrayList<>();
        List<Chunk> clause = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.is(Chunk.Type.PUNCT) && CLAUSE_BREAK.contains(c.text())) {
                clauses.add(clause);
                clause = new ArrayList<>();
            } else {
                clause.add(c);
            }
        }
        clauses.add(clause);
        return clauses;
    }

    /** A verb that ends a clause's subject: a role verb, a verb of coming or of leading. */
    static boolean isVerb(Lexicon lexicon, Chunk c) {
        String t = c.text();
        return lexicon.roleVerbOf(t).isPresent() || lexicon.visitVerbs().contains(t) || lexicon.leadVerbs().contains(t);
    }

    /** The role verb at chunk i: the chunk itself, or a verb split by 了 (讲了话, 发了言). */
    static Optional<Lexicon.RoleVerb> roleVerbAt(Lexicon lexicon, List<Chunk> cl, int i) {
        Optional<Lexicon.RoleVerb> rv = lexicon.roleVerbOf(cl.get(i).text());
        if (rv.isEmpty() && i + 2 < cl.size() && cl.get(i + 1).text().equals("了") && cl.get(i + 2).is(Chunk.Type.WORD)) {
            return lexicon.roleVerbOf(cl.get(i).text() + cl.get(i + 2).text());
        }
        return rv;
    }

    /** Index of the clause's first verb, or its size when it has none. */
    static int firstVerb(Lexicon lexicon, List<Chunk> cl) {
        for (int i = 0; i < cl.size(); i++) {
            if (isVerb(lexicon, cl.get(i)) || roleVerbAt(lexicon, cl, i).isPresent()) {
                return i;
            }
        }
        return cl.size();
    }

    static boolean isHeadline(Sentence s) {
        String t = s.text().strip();
        return !t.isEmpty() && "。！？!?)）".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** Only time words come before it in its clause: the organization is the clause's subject. */
    static boolean clauseInitial(List<Chunk> cl, int i) {
        for (int k = 0; k < i; k++) {
            String n = cl.get(k).tokens().get(0).nature();
            if (!(cl.get(k).is(Chunk.Type.WORD) && (n.startsWith("t") || n.startsWith("m") || n.startsWith("q") || n.equals("b")))) {
                return false;
            }
        }
        return true;
    }

    static boolean inParentheses(List<Chunk> cl, int i) {
        int depth = 0;
        for (int k = 0; k < i; k++) {
            String w = cl.get(k).text();
            if (w.equals("(") || w.equals("（")) {
                depth++;
            } else if (w.equals(")") || w.equals("）")) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** 参加会议的有 A、B: the persons come after the verb. */
    static boolean listFollows(List<Chunk> cl, int i) {
        for (int k = i + 1; k < cl.size() && k <= i + 3; k++) {
            String w = cl.get(k).text();
            if (w.startsWith("有") && cl.get(k - 1).text().endsWith("的") || w.equals("的有")) {
                return true;
            }
        }
        return false;
    }

    static String textOf(List<Chunk> cl, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to && k < cl.size(); k++) {
            sb.append(cl.get(k).text());
        }
        return sb.toString();
    }

    static Span span(Chunk a, Chunk b) {
        return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    /**
     * 在P、Q的陪同下: the start of the phrase (the 在) when the clause has one, else -1. The persons
     * between it and 陪同 go along; the persons before it are the clause's subject.
     */
    static int accompanyingFrom(List<Chunk> cl) {
        if (!accompanying(cl)) {
            return -1;
        }
        int with = 0;
        while (with < cl.size() && !cl.get(with).text().startsWith("陪同")) {
            with++;
        }
        for (int k = with - 1; k >= 0; k--) {
            if (cl.get(k).text().equals("在")) {
                return k;
            }
        }
        return -1;
    }

    static boolean accompanying(List<Chunk> cl) {
        for (int i = 0; i + 1 < cl.size(); i++) {
            if (cl.get(i).text().equals("陪同") && cl.get(i + 1).text().startsWith("下")) {
                return true;
            }
        }
        return cl.stream().anyMatch(c -> c.text().equals("陪同下"));
    }
}
