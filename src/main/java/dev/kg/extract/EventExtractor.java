package dev.kg.extract;

import dev.kg.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds events and who did what in them, clause by clause.
 *
 * <p>Events come from meeting nouns ({@code 召开…座谈会}) and from verbs of inspection or visit used
 * as events ({@code 进行检查指导}, {@code 检查了…}, {@code 来我市调研}). Roles come from role verbs
 * whose subject is the persons before the verb (or, for a clause that only lists officials, the
 * persons of the clauses before it). Visitors, companions and inspectors belong to the article's
 * main event: its first inspection or visit.
 */
public final class EventExtractor {
    private static final Set<String> HOLD_VERBS = Set.of("进行", "开展", "进行了", "开展了");

    private final Lexicon lexicon;
    private final OrgResolver orgs;
    private final PlaceResolver.Result places;

    private final List<EventBuilder> events = new ArrayList<>();
    private final Map<String, EventBuilder> byKey = new HashMap<>();
    private final List<Deferred> forMain = new ArrayList<>();
    private final Map<String, String> leaders = new LinkedHashMap<>();
    private final List<String> venues = new ArrayList<>();
    private EventBuilder current;
    private List<Chunk> lastSubject = List.of();

    private record Deferred(String person, String role, Span evidence) {}

    public EventExtractor(Lexicon lexicon, OrgResolver orgs, PlaceResolver.Result places) {
        this.lexicon = lexicon;
        this.orgs = orgs;
        this.places = places;
    }

    /** Runs over the whole article and returns its events, numbered in order of first mention. */
    public List<EventFact> extract(List<Sentence> sentences, List<List<Chunk>> chunks, List<PositionFact> positions) {
        DateExtractor dates = new DateExtractor();
        for (int s = 0; s < sentences.size(); s++) {
            DateExtractor.SentenceDate date = dates.next(sentences.get(s).text());
            if (s == 0 && sentences.size() > 1 && Clauses.isHeadline(sentences.get(0))) {
                continue;   // a headline repeats the story's events without their dates
            }
            sentence(sentences.get(s), chunks.get(s), date);
        }
        return finish(positions);
    }

    private void sentence(Sentence sentence, List<Chunk> chunks, DateExtractor.SentenceDate date) {
        boolean loose = lexicon.looseTime().stream().anyMatch(sentence.text()::contains);
        SentenceState st = new SentenceState(loose ? DateExtractor.SentenceDate.NONE : date);
        List<List<Chunk>> clauses = Clauses.split(chunks);
        boolean sentenceHasMeetingNoun = chunks.stream().anyMatch(c -> lexicon.meetingNounAtEnd(c.text()).isPresent());
        for (List<Chunk> cl : clauses) {
            clause(cl, st, sentenceHasMeetingNoun);
        }
    }

    /** What carries from clause to clause inside one sentence. */
    private static final class SentenceState {
        final DateExtractor.SentenceDate date;
        final List<Chunk> pending = new ArrayList<>();
        List<Chunk> subject = List.of();
        Chunk subjectOrg;
        final Set<String> destinations = new LinkedHashSet<>();

        SentenceState(DateExtractor.SentenceDate date) {
            this.date = date;
        }
    }

    private void clause(List<Chunk> cl, SentenceState st, boolean sentenceHasMeetingNoun) {
        int n = cl.size();
        int firstVerb = n;
        for (int i = 0; i < n; i++) {
            if (isVerb(cl.get(i))) {
                firstVerb = i;
                break;
            }
        }
        List<Chunk> before = new ArrayList<>();
        for (int i = 0; i < firstVerb; i++) {
            Chunk c = cl.get(i);
            if (c.is(Chunk.Type.PERSON) && !Clauses.inParentheses(cl, i)) {
                before.add(c);
            } else if ((c.text().equals("他") || c.text().equals("她")) && before.isEmpty()) {
                before.addAll(lastSubject);
            }
            if (c.is(Chunk.Type.ORG) && !(i + 1 < n && cl.get(i + 1).is(Chunk.Type.TITLE)) && Clauses.clauseInitial(cl, i)) {
                st.subjectOrg = c;
            }
        }
        List<Chunk> subjectBefore = st.subject;
        if (firstVerb == n) {
            st.pending.addAll(before);
        } else {
            List<Chunk> subject = new ArrayList<>(st.pending);
            subject.addAll(before);
            if (!subject.isEmpty()) {
                st.subject = subject;
                st.pending.clear();
            }
        }
        List<Chunk> subject = st.subject;

        // destinations: a verb of coming followed by a place
        for (int i = 0; i + 1 < n; i++) {
            if (lexicon.visitVerbs().contains(cl.get(i).text())) {
                placeNameAfter(cl, i + 1).ifPresent(st.destinations::add);
            }
        }

        // 率巡视组 / 带领督查组: the team is known before the events of the clause are built
        for (int i = firstVerb; i < n; i++) {
            if (lexicon.leadVerbs().contains(cl.get(i).text())) {
                lead(cl, i, subject, st);
            }
        }

        // events named in this clause, by chunk index
        Map<Integer, EventBuilder> triggers = new LinkedHashMap<>();
        boolean visitVerbSeen = false;
        for (int i = 0; i < n; i++) {
            Chunk c = cl.get(i);
            if (lexicon.visitVerbs().contains(c.text())) {
                visitVerbSeen = true;
            }
            Optional<String> noun = lexicon.meetingNounAtEnd(c.text());
            if (noun.isPresent()) {
                triggers.put(i, meeting(cl, i, noun.get(), st));
                continue;
            }
            int len = eventVerbLength(cl, i);
            if (len > 0) {
                EventBuilder e = verbEvent(cl, i, len, st, visitVerbSeen, sentenceHasMeetingNoun);
                if (e != null) {
                    triggers.put(i, e);
                }
                i += len - 1;
            } else if (c.text().equals("会上") || c.text().equals("会议")) {
                lastMeeting().ifPresent(e -> triggers.put(c.start(), e));
            }
        }

        // roles
        boolean first = true;
        for (int i = firstVerb; i < n; i++) {
            Chunk c = cl.get(i);
            Optional<Lexicon.RoleVerb> rv = lexicon.roleVerbOf(c.text());
            if (rv.isEmpty()) {
                if (lexicon.visitVerbs().contains(c.text()) && placeNameAfter(cl, i + 1).isPresent()) {
                    for (Chunk p : subject) {
                        forMain.add(new Deferred(p.text(), "visitor", Clauses.span(p, c)));
                    }
                }
                continue;
            }
            boolean joined = i > 0 && (cl.get(i - 1).isPunct("、") || cl.get(i - 1).text().equals("并")
                    || cl.get(i - 1).text().equals("和"));
            if (!first && !joined) {
                continue;
            }
            first = false;
            List<Chunk> who = subject;
            if (Clauses.listFollows(cl, i)) {
                who = new ArrayList<>();
                for (int k = i + 1; k < n; k++) {
                    if (cl.get(k).is(Chunk.Type.PERSON)) {
                        who.add(cl.get(k));
                    }
                }
            }
            assign(rv.get(), cl, i, triggers, who);
        }
        if (Clauses.accompanying(cl)) {
            st.subject = subjectBefore;   // 在P的陪同下: P goes along; the clause's subject is someone else
        } else if (!subject.isEmpty()) {
            lastSubject = subject;
        }
    }


    private void assign(Lexicon.RoleVerb rv, List<Chunk> cl, int verbIndex, Map<Integer, EventBuilder> triggers,
                        List<Chunk> who) {
        if (who.isEmpty()) {
            return;
        }
        Chunk verb = cl.get(verbIndex);
        if (rv.target().equals("main")) {
            who.forEach(p -> forMain.add(new Deferred(p.text(), rv.role(), Clauses.span(p, verb))));
            return;
        }
        EventBuilder target = null;
        if (rv.target().equals("object")) {
            for (Map.Entry<Integer, EventBuilder> t : triggers.entrySet()) {
                if (t.getKey() > verbIndex && t.getKey() < cl.size()) {
                    target = t.getValue();
                    break;
                }
            }
        }
        if (target == null) {
            for (Map.Entry<Integer, EventBuilder> t : triggers.entrySet()) {
                if (t.getKey() < verbIndex) {
                    target = t.getValue();
                }
            }
        }
        if (target == null) {
            target = current;
        }
        if (target == null || rv.target().equals("speech") && !target.kind.equals("meeting")) {
            return;
        }
        for (Chunk p : who) {
            target.add(p.text(), rv.role(), Clauses.span(p, verb));
        }
    }

    /** 率检查组 / 带领督查组 / 在…的带领下: the subject leads that team (or the sentence's subject team). */
    private void lead(List<Chunk> cl, int i, List<Chunk> subject, SentenceState st) {
        Chunk team = null;
        if (i + 1 < cl.size() && cl.get(i + 1).is(Chunk.Type.ORG)) {
            team = cl.get(i + 1);
            orgs.add(team.text(), team.span());
        } else if (st.subjectOrg != null) {
            team = st.subjectOrg;
        }
        if (team != null) {
            for (Chunk p : subject) {
                leaders.put(p.text(), orgs.resolve(team.text()));
            }
            if (st.subjectOrg == null) {
                st.subjectOrg = team;
            }
        }
    }

    private EventBuilder meeting(List<Chunk> cl, int i, String noun, SentenceState st) {
        Chunk c = cl.get(i);
        // the label runs from after the verb that holds the meeting (召开了, 出席, 召开的) to the noun
        int from = i;
        Chunk organizer = null;
        for (int k = i - 1; k >= 0; k--) {
            Chunk b = cl.get(k);
            if (b.is(Chunk.Type.PUNCT) && !b.isPunct("、")) {
                break;
            }
            if (isVerb(b) || HOLD_VERBS.contains(b.text()) || b.text().equals("举行")) {
                if (b.text().startsWith("召开") || b.text().equals("举行") || b.text().equals("主办")) {
                    for (int o = k - 1; o >= 0; o--) {
                        if (cl.get(o).text().equals("在")) {
                            continue;
                        }
                        if (cl.get(o).is(Chunk.Type.ORG) && !(o > 0 && cl.get(o - 1).text().equals("在"))) {
                            organizer = cl.get(o);   // not 在区政府会议室召开: that is where, not who
                            break;
                        }
                    }
                }
                break;
            }
            if (b.text().equals("的") || b.text().equals("了")) {
                if (k > 0 && isVerb(cl.get(k - 1))) {
                    continue;
                }
                break;
            }
            from = k;
        }
        String label = Clauses.textOf(cl, from, i);
        if (label.contains("、") || from < i && cl.subList(from, i).stream().anyMatch(x -> x.is(Chunk.Type.PERSON))) {
            label = c.text();
        }
        label = label.substring(0, label.length() - (c.text().length() - c.text().lastIndexOf(noun) - noun.length()));
        String cls = lexicon.meetingNouns().get(noun);
        String key = "meeting:" + label;
        if (label.equals(noun)) {
            for (EventBuilder earlier : events) {
                if (earlier.kind.equals("meeting") && earlier.label.endsWith(noun)) {
                    key = earlier.key;
                }
            }
        }
        EventBuilder e = event(key, "meeting", cls, label, st, c, true);
        venue(cl, i).ifPresent(v -> {
            if (e.place == null) {
                e.place = v;
                venues.add(v);
            }
        });
        if (organizer != null && e.organizer == null) {
            e.organizer = orgs.resolve(organizer.text());
        }
        return e;
    }

    private EventBuilder verbEvent(List<Chunk> cl, int i, int len, SentenceState st, boolean afterVisitVerb,
                                   boolean sentenceHasMeetingNoun) {
        String trigger = Clauses.textOf(cl, i, i + len - 1);
        String kind = lexicon.eventVerbs().get(trigger);
        int k = i - 1;
        boolean atEnd = i + len == cl.size() || i + len + 1 == cl.size() && cl.get(i + len).text().equals("工作");
        int reach = atEnd ? 8 : 2;
        while (k >= 0 && cl.get(k).is(Chunk.Type.WORD) && !HOLD_VERBS.contains(cl.get(k).text()) && i - k <= reach
                && (cl.get(k).tokens().get(0).nature().matches("d|b|n|vn|a|ad") || atEnd && !isVerb(cl.get(k)))) {
            k--;
        }
        boolean held = k >= 0 && (HOLD_VERBS.contains(cl.get(k).text())
                || cl.get(k).text().equals("了") && k > 0 && HOLD_VERBS.contains(cl.get(k - 1).text()));
        boolean perfective = i + len < cl.size() && cl.get(i + len).text().equals("了");
        boolean reference = !(held || perfective || afterVisitVerb && kind.equals("visit") || afterVisitVerb && i + len < cl.size() && !perfective && kind.equals("inspection") && k == i - 1);
        if (kind.equals("meeting") && (sentenceHasMeetingNoun || !(held || perfective))) {
            reference = true;
        }
        if (reference) {
            EventBuilder existing = null;
            for (EventBuilder e : events) {
                if (e.trigger.equals(trigger)) {
                    existing = e;
                }
            }
            boolean staysWithIt = i + len < cl.size() && cl.get(i + len).text().matches("中|期间|时|上|后|结束后");
            if (existing != null && staysWithIt) {
                current = existing;
            }
            return staysWithIt ? existing : null;
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
        String key = "verb:" + trigger + ":" + st.date.start().map(PartialDate::lexical).orElse("-");
        EventBuilder e = event(key, kind, cls, label, st, cl.get(i), false);
        e.trigger = trigger;
        if (e.organizer == null && st.subjectOrg != null) {
            e.organizer = orgs.resolve(st.subjectOrg.text());
        }
        return e;
    }

    /** Creates or finds the event; {@code movesCurrent}: the text turns to it even when it existed. */
    private EventBuilder event(String key, String kind, String cls, String label, SentenceState st, Chunk at,
                               boolean movesCurrent) {
        EventBuilder e = byKey.get(key);
        boolean created = e == null;
        if (e == null) {
            e = new EventBuilder(events.size() + 1, kind, cls, label, at.span());
            e.key = key;
            byKey.put(key, e);
            events.add(e);
        }
        DateExtractor.SentenceDate d = st.date;
        if (!e.dated || d.explicit() && !e.explicit) {
            e.start = d.start();
            e.end = d.explicit() ? d.end() : Optional.empty();
            e.partOfDay = d.explicit() ? d.partOfDay() : Optional.empty();
            e.dated = true;
            e.explicit = d.explicit();
        }
        if (e.place == null && !st.destinations.isEmpty()) {
            e.place = st.destinations.size() == 1 ? st.destinations.iterator().next() : "";
        }
        if (created || movesCurrent) {
            current = e;
        }
        return e;
    }

    /** 在白蒲镇大会议室召开: a venue named between 在 and the verb that holds the meeting. */
    private Optional<String> venue(List<Chunk> cl, int nounIndex) {
        for (int k = nounIndex - 1; k >= 0; k--) {
            String w = cl.get(k).text();
            if (w.startsWith("召开") || w.equals("举行")) {
                for (int z = k - 1; z >= 0; z--) {
                    if (cl.get(z).text().equals("在")) {
                        String v = Clauses.textOf(cl, z + 1, k - 1);
                        return lexicon.venueSuffixes().stream().anyMatch(v::endsWith) && v.length() > 2
                                ? Optional.of(v) : Optional.empty();
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }





    /** Venues that meetings were placed in, to be added to the places. */
    public List<String> venues() {
        return List.copyOf(venues);
    }

    private Optional<EventBuilder> lastMeeting() {
        if (current != null && current.kind.equals("meeting")) {
            return Optional.of(current);
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).kind.equals("meeting")) {
                return Optional.of(events.get(i));
            }
        }
        return Optional.empty();
    }

    private List<EventFact> finish(List<PositionFact> positions) {
        EventBuilder main = events.stream()
                .filter(e -> e.kind.equals("inspection") || e.kind.equals("visit"))
                .findFirst().orElse(events.isEmpty() ? null : events.get(0));
        if (main != null) {
            for (Deferred d : forMain) {
                main.add(d.person(), d.role(), d.evidence());
            }
            if (main.kind.equals("inspection") && main.organizer != null) {
                for (PositionFact p : positions) {
                    if (p.org().filter(main.organizer::equals).isPresent()) {
                        main.add(p.person(), "inspector", p.evidence());
                    }
                }
                leaders.forEach((person, team) -> {
                    if (team.equals(main.organizer)) {
                        main.add(person, "inspector", main.evidence);
                    }
                });
            }
        }
        Optional<String> home = places.places().stream().filter(PlaceFact::home).map(PlaceFact::name).findFirst();
        List<EventFact> out = new ArrayList<>();
        for (EventBuilder e : events) {
            Optional<String> place = e.place == null ? home
                    : e.place.isEmpty() ? Optional.empty() : places.nameOf(e.place).or(() -> Optional.of(e.place));
            out.add(e.toFact(place));
        }
        return out;
    }

    // ---- small helpers

    private boolean isVerb(Chunk c) {
        String t = c.text();
        return lexicon.roleVerbOf(t).isPresent() || lexicon.visitVerbs().contains(t) || lexicon.leadVerbs().contains(t);
    }



    /** Length in chunks of the longest event verb starting at chunk i (0 if none). */
    private int eventVerbLength(List<Chunk> cl, int i) {
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

    private Optional<String> placeNameAfter(List<Chunk> cl, int i) {
        if (i >= cl.size()) {
            return Optional.empty();
        }
        Chunk c = cl.get(i);
        if (c.is(Chunk.Type.PLACE) || c.is(Chunk.Type.DEICTIC)) {
            List<String> names = new ArrayList<>();
            names.add(c.text());
            for (int k = i + 1; k + 1 < cl.size() && (cl.get(k).isPunct("、") || cl.get(k).text().equals("和"))
                    && (cl.get(k + 1).is(Chunk.Type.PLACE)); k += 2) {
                names.add(cl.get(k + 1).text());
            }
            return Optional.of(names.size() == 1 ? places.nameOf(c.text()).orElse(c.text()) : "");
        }
        if (c.is(Chunk.Type.WORD) && c.text().length() == 1) {
            Optional<PlaceFact> home = places.places().stream().filter(PlaceFact::home).findFirst();
            if (home.isPresent() && home.get().aliases().contains(c.text())) {
                return Optional.of(home.get().name());
            }
        }
        return Optional.empty();
    }


}
