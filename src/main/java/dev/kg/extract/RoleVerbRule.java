package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A role verb ({@code 主持}, {@code 汇报}, {@code 出席}…, from {@code role-verbs.tsv}) gives its role
 * to the clause's subject (or to the list after {@code 参加会议的有}). Its target column says in which
 * event: {@code object} the event named after the verb, {@code current} the one before it or the one
 * the text is about, {@code speech} likewise but only a meeting, {@code main} the article's main event,
 * {@code relay} the current meeting, while the persons after the verb speak at the meeting it relays.
 * Only the clause's first role verb counts, and those joined to it by 、/并/和.
 */
final class RoleVerbRule {
    private final Lexicon lexicon;
    private final MainEventRoles main;

    RoleVerbRule(Lexicon lexicon, MainEventRoles main) {
        this.lexicon = lexicon;
        this.main = main;
    }

    void apply(EventClause clause) {
        List<Chunk> cl = clause.chunks();
        boolean first = true;
        for (int i = clause.firstVerb(); i < cl.size(); i++) {
            Optional<Lexicon.RoleVerb> rv = Clauses.roleVerbAt(lexicon, cl, i);
            if (rv.isEmpty() || insideObject(cl, i) || insideNoun(cl, i)) {
                continue;
            }
            boolean joined = i > 0 && (cl.get(i - 1).isPunct("、") || cl.get(i - 1).text().equals("并")
                    || cl.get(i - 1).text().equals("和"));
            if (!first && !joined) {
                continue;
            }
            first = false;
            List<Chunk> who = clause.subject();
            int along = Clauses.accompanyingFrom(cl);
            if (along >= 0 && along < i && cl.get(i).text().startsWith("陪同")) {
                who = cl.subList(along + 1, i).stream().filter(c -> c.is(Chunk.Type.PERSON)).toList();
            } else if (Clauses.listFollows(cl, i)) {
                who = new ArrayList<>();
                for (int k = i + 1; k < cl.size(); k++) {
                    if (cl.get(k).is(Chunk.Type.PERSON)) {
                        who.add(cl.get(k));
                    }
                }
            }
            assign(rv.get(), clause, i, who);
        }
    }

    /**
     * 看望了参加会议的代表: after a perfective verb (…了) the verb opens a relative clause (…的 noun)
     * inside that verb's object; it gives no role to the subject.
     */
    private static boolean insideObject(List<Chunk> cl, int i) {
        if (i == 0 || !cl.get(i - 1).text().equals("了")) {
            return false;
        }
        for (int k = i + 1; k < cl.size(); k++) {
            if (cl.get(k).text().equals("的")) {
                return true;
            }
        }
        return false;
    }

    /** 情况汇报专题片: a nominal verb between two nouns is part of a compound noun, no role. */
    private static boolean insideNoun(List<Chunk> cl, int i) {
        return i > 0 && i + 1 < cl.size() && cl.get(i).tokens().get(0).nature().equals("vn")
                && isNoun(cl.get(i - 1)) && isNoun(cl.get(i + 1));
    }

    private static boolean isNoun(Chunk c) {
        return c.is(Chunk.Type.WORD) && c.tokens().get(0).nature().equals("n");
    }

    private void assign(Lexicon.RoleVerb rv, EventClause clause, int verbIndex, List<Chunk> who) {
        if (rv.target().equals("relay")) {
            relay(rv, clause, verbIndex, who);
            return;
        }
        if (who.isEmpty()) {
            return;
        }
        Chunk verb = clause.chunks().get(verbIndex);
        if (rv.target().equals("main")) {
            who.forEach(p -> main.defer(p.text(), rv.role(), Clauses.span(p, verb)));
            return;
        }
        EventBuilder target = null;
        if (rv.target().equals("object")) {
            for (Map.Entry<Integer, EventBuilder> t : clause.triggers().entrySet()) {
                if (t.getKey() > verbIndex && t.getKey() < clause.chunks().size()) {
                    target = t.getValue();
                    break;
                }
            }
        }
        if (target == null) {
            // the latest event named before the verb, or at it (a report is keyed at its 听取)
            for (Map.Entry<Integer, EventBuilder> t : clause.triggers().entrySet()) {
                if (t.getKey() <= verbIndex) {
                    target = t.getValue();
                }
            }
        }
        if (target == null) {
            target = clause.current();
        }
        if (target == null || rv.target().equals("speech") && !target.kind.equals("meeting")) {
            return;
        }
        if (rv.target().equals("report")) {
            // 会上，县长某某说…: at a report meeting the hosts report; those who listen (the visitors) do not
            EventBuilder meeting = target;
            if (meeting.cls.equals("ReportMeeting")) {
                who.stream().filter(p -> !meeting.has(p.text(), "listener"))
                        .forEach(p -> meeting.add(p.text(), rv.role(), Clauses.span(p, verb)));
            }
            return;
        }
        String role = presentsAtReportMeeting(clause, verbIndex, target) ? "reporter" : rv.role();
        for (Chunk p : who) {
            target.add(p.text(), role, Clauses.span(p, verb));
        }
    }

    /** 在汇报会上介绍了…情况: presenting the state of things at a report meeting is reporting. */
    private boolean presentsAtReportMeeting(EventClause clause, int verbIndex, EventBuilder target) {
        List<Chunk> cl = clause.chunks();
        return target.cls.equals("ReportMeeting") && lexicon.presentingVerbs().contains(cl.get(verbIndex).text())
                && cl.subList(verbIndex, cl.size()).stream().anyMatch(c -> c.text().contains("情况"));
    }

    /**
     * 张三传达了李四在全省工作会议上的讲话: 张三 speaks at the current meeting; 李四 speaks (and takes the
     * roles of the verbs after it, 听取…) at the relayed meeting, which {@link MeetingRule} set aside.
     */
    private void relay(Lexicon.RoleVerb rv, EventClause clause, int verbIndex, List<Chunk> who) {
        List<Chunk> cl = clause.chunks();
        Chunk verb = cl.get(verbIndex);
        EventBuilder current = clause.current();
        if (current != null && current.kind.equals("meeting")) {
            who.forEach(p -> current.add(p.text(), rv.role(), Clauses.span(p, verb)));
        }
        for (Map.Entry<Integer, EventBuilder> t : clause.triggers().entrySet()) {
            int at = t.getKey();
            if (at <= verbIndex || at >= cl.size() || t.getValue() == current) {
                continue;
            }
            EventBuilder relayed = t.getValue();
            List<Chunk> speakers = cl.subList(verbIndex + 1, at).stream().filter(c -> c.is(Chunk.Type.PERSON)).toList();
            for (Chunk p : speakers) {
                relayed.add(p.text(), rv.role(), Clauses.span(p, cl.get(at)));
                for (int k = at + 1; k < cl.size(); k++) {
                    Optional<Lexicon.RoleVerb> then = lexicon.roleVerbOf(cl.get(k).text());
                    if (then.isPresent() && then.get().target().equals("current")) {
                        relayed.add(p.text(), then.get().role(), Clauses.span(p, cl.get(k)));
                        break;   // 听取…汇报: the verb's object is no role of theirs
                    }
                }
            }
            return;
        }
    }
}
