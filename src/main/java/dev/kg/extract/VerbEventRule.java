package dev.kg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event named by a verb of inspection, visit or meeting ({@code 进行检查指导}, {@code 检查了…},
 * {@code 来我市调研}). The verb only makes an event when it is held (进行/开展), perfective (了),
 * after a verb of coming, or ends the clause; otherwise it refers back to an earlier one
 * ({@code 调研中}, {@code 检查期间}) or to nothing.
 */
final class VerbEventRule {
    // compiled once: the rule runs on every clause
    private static final Pattern NOUN = Pattern.compile("n|vn");
    private static final Pattern MODIFIER = Pattern.compile("d|b|n|vn|a|ad");
    private static final Pattern DURING = Pattern.compile("中|期间|时|上|后|结束后");
    private final Lexicon lexicon;
    private final OrgResolver orgs;
    private final EventTable table;

    VerbEventRule(Lexicon lexicon, OrgResolver orgs, EventTable table) {
        this.lexicon = lexicon;
        this.orgs = orgs;
        this.table = table;
    }

    /** Length in chunks of the longest event verb starting at chunk i (0 if none). */
    int length(List<Chunk> cl, int i) {
        for (int len = Math.min(3, cl.size() - i); len >= 1; len--) {
            if (lexicon.eventVerbs().containsKey(Clauses.textOf(cl, i, i + len - 1))) {
                boolean words = cl.subList(i, i + len).stream().allMatch(c -> c.is(Chunk.Type.WORD));
                if (words) {
                    return len;
                }
            }
        }
        return 0;
    }

    /**
     * 巡察的重大意义, 关于巡视工作的重要论述, 巡察工作要求, 《…巡察工作办法》: the verb (with 工作)
     * modifies a noun after it, or is part of a title; it names no event.
     */
    private static boolean modifier(List<Chunk> cl, int i, int len) {
        int next = i + len;
        if (next < cl.size() && cl.get(next).text().equals("工作")) {
            next++;
            if (next < cl.size() && cl.get(next).is(Chunk.Type.WORD) && NOUN.matcher(cl.get(next).tokens().get(0).nature()).matches()) {
                return true;   // 巡察工作要求: 巡察工作 modifies the noun after it
            }
        }
        if (next < cl.size() && cl.get(next).text().equals("的")) {
            return true;
        }
        int open = 0;
        for (int k = 0; k < i; k++) {
            String w = cl.get(k).text();
            open += w.equals("《") ? 1 : w.equals("》") ? -1 : 0;
        }
        return open > 0;
    }

    /** The event the verb of {@code len} chunks at i names or refers to, if any. */
    Optional<EventBuilder> at(List<Chunk> cl, int i, int len, SentenceState st, boolean afterVisitVerb,
                              boolean sentenceHasMeetingNoun) {
        String trigger = Clauses.textOf(cl, i, i + len - 1);
        String kind = lexicon.eventVerbs().get(trigger);
        if (modifier(cl, i, len)) {
            return Optional.empty();
        }
        int k = i - 1;
        boolean atEnd = i + len == cl.size() || i + len + 1 == cl.size() && cl.get(i + len).text().equals("工作");
        int reach = atEnd ? 8 : 2;
        while (k >= 0 && cl.get(k).is(Chunk.Type.WORD) && !MeetingRule.HOLD_VERBS.contains(cl.get(k).text()) && i - k <= reach
                && (MODIFIER.matcher(cl.get(k).tokens().get(0).nature()).matches() || atEnd && !Clauses.isVerb(lexicon, cl.get(k)))) {
            k--;
        }
        boolean held = k >= 0 && (MeetingRule.HOLD_VERBS.contains(cl.get(k).text())
                || cl.get(k).text().equals("了") && k > 0 && MeetingRule.HOLD_VERBS.contains(cl.get(k - 1).text()))
                && !cl.get(k + 1).text().equals("好");   // 开展好巡察工作: a task set, not an event held
        boolean perfective = i + len < cl.size() && cl.get(i + len).text().equals("了");
        boolean reference = !(held || perfective || afterVisitVerb && kind.equals("visit") || afterVisitVerb && i + len < cl.size() && !perfective && kind.equals("inspection") && k == i - 1);
        if (kind.equals("meeting") && (sentenceHasMeetingNoun || !(held || perfective))) {
            reference = true;
        }
        if (reference) {
            Optional<EventBuilder> existing = table.lastWithTrigger(trigger);
            boolean staysWithIt = i + len < cl.size() && DURING.matcher(cl.get(i + len).text()).matches();
            if (existing.isPresent() && staysWithIt) {
                table.turnTo(existing.get());
            }
            return staysWithIt ? existing : Optional.empty();
        }
        String label;
        if (held) {
            label = Clauses.textOf(cl, k + 1, cl.size() - 1).replaceFirst("^了", "");
        } else if (perfective) {
            label = trigger + Clauses.textOf(cl, i + len + 1, cl.size() - 1);
        } else {
            label = Clauses.textOf(cl, i, cl.size() - 1);
        }
        String cls = switch (kind) {
            case "inspection" -> "Inspection";
            case "visit" -> "Visit";
            default -> "Meeting";
        };
        // 一行还调研了…: one more visit, not the one told before; only its own sentence may date it
        boolean further = perfective && i > 0 && lexicon.isAdditiveAdverb(cl.get(i - 1).text());
        String key = further ? "verb:" + trigger + ":further:" + cl.get(i).span().start()
                : "verb:" + trigger + ":" + st.date.start().map(PartialDate::lexical).orElse("-");
        EventBuilder e = table.event(key, kind, cls, label, st, cl.get(i), false);
        if (further && !st.date.explicit()) {
            e.start = Optional.empty();
            e.end = Optional.empty();
            e.partOfDay = Optional.empty();
        }
        if (further && e.place == null) {
            table.placeWithinTrip(e);
        }
        e.trigger = trigger;
        if (e.organizer == null && st.subjectOrg != null) {
            e.organizer = orgs.resolve(st.subjectOrg.text());
        }
        return Optional.of(e);
    }
}
