package dev.kg.extract;

import dev.kg.nlp.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events stage: finds the article's events clause by clause, with their dates, places and
 * organizers, and leaves each clause's reading (subject, events named) for {@link RoleAssigner}.
 * Each kind of evidence is one rule: {@link Subjects}, {@link TeamRule}, {@link VisitRule},
 * {@link MeetingRule}, {@link VerbEventRule}, {@link ReportEventRule}.
 */
final class EventDetector {
    /** What the events stage found: the events, each clause's reading, and who leads which team. */
    record Result(EventTable table, List<EventClause> clauses, Map<String, String> leaders, List<String> venues) {}

    private final Lexicon lexicon;
    private final EventTable table = new EventTable();
    private final Subjects subjects = new Subjects();
    private final TeamRule teams;
    private final VisitRule visits;
    private final MeetingRule meetings;
    private final VerbEventRule verbEvents;
    private final ReportEventRule reports;
    private final List<EventClause> clauses = new ArrayList<>();

    EventDetector(Lexicon lexicon, OrgResolver orgs, PlaceResolver.Result places) {
        this.lexicon = lexicon;
        this.teams = new TeamRule(lexicon, orgs);
        this.visits = new VisitRule(lexicon, places);
        this.meetings = new MeetingRule(lexicon, orgs, table, teams);
        this.verbEvents = new VerbEventRule(lexicon, orgs, table);
        this.reports = new ReportEventRule(lexicon, table);
    }

    Result detect(List<Sentence> sentences, List<List<Chunk>> chunks) {
        DateExtractor dates = new DateExtractor();
        for (int s = 0; s < sentences.size(); s++) {
            DateExtractor.SentenceDate date = dates.next(sentences.get(s).text());
            if (s == 0 && sentences.size() > 1 && Clauses.isHeadline(sentences.get(0))) {
                continue;   // a headline repeats the story's events without their dates
            }
            sentence(sentences.get(s), chunks.get(s), date);
        }
        List<String> venues = new ArrayList<>(meetings.venues());
        venues.addAll(reports.venues());
        return new Result(table, List.copyOf(clauses), teams.leaders(), List.copyOf(venues));
    }

    private void sentence(Sentence sentence, List<Chunk> chunks, DateExtractor.SentenceDate date) {
        boolean loose = lexicon.looseTime().stream().anyMatch(sentence.text()::contains);
        SentenceState st = new SentenceState(loose ? DateExtractor.SentenceDate.NONE : date);
        st.prior = lexicon.priorTime().stream().anyMatch(sentence.text().strip()::startsWith);
        boolean sentenceHasMeetingNoun = chunks.stream().anyMatch(c -> lexicon.meetingNounAtEnd(c.text()).isPresent());
        for (List<Chunk> cl : Clauses.split(chunks)) {
            clause(cl, st, sentenceHasMeetingNoun, chunks);
        }
    }

    private void clause(List<Chunk> cl, SentenceState st, boolean sentenceHasMeetingNoun, List<Chunk> sentence) {
        int firstVerb = Clauses.firstVerb(lexicon, cl);
        List<Chunk> subject = subjects.read(cl, firstVerb, st);
        Set<Integer> visitVerbs = visits.apply(cl, st);
        // 率巡视组 / 带领督查组: the team is known before the events of the clause are built
        teams.apply(cl, firstVerb, subject, st);

        Map<Integer, EventBuilder> triggers = new LinkedHashMap<>();
        boolean visitVerbSeen = false;
        for (int i = 0; i < cl.size(); i++) {
            Chunk c = cl.get(i);
            if (lexicon.visitVerbs().contains(c.text()) || visitVerbs.contains(i)) {
                visitVerbSeen = true;
            }
            Optional<EventBuilder> meeting = meetings.at(cl, i, st);
            if (meeting.isPresent()) {
                triggers.put(i, meeting.get());
                continue;
            }
            Optional<EventBuilder> report = reports.at(cl, i, st);
            if (report.isPresent()) {
                reports.place(report.get(), sentence);
                triggers.put(i, report.get());
                continue;
            }
            int at = i;
            int len = verbEvents.length(cl, i);
            if (len > 0) {
                verbEvents.at(cl, i, len, st, visitVerbSeen, sentenceHasMeetingNoun).ifPresent(e -> triggers.put(at, e));
                i += len - 1;
            } else if (c.text().equals("会上") || c.text().equals("会议")) {
                table.lastMeeting().ifPresent(e -> triggers.put(at, e));
            }
        }
        clauses.add(new EventClause(cl, firstVerb, subject, triggers, table.current(), visitVerbs));
    }
}
