package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 听取了县卫生局项目建设情况汇报: a situation report (情况汇报) heard outside any meeting is an event of
 * its own, a report, given where the sentence says (在县卫生局机关…). Inside a meeting, or in an
 * article that names the report meeting (汇报会), it is that meeting's business, not another event.
 */
final class ReportEventRule {
    private static final String HEAR = "听取";
    private static final String REPORT = "汇报";
    private static final String SITUATION = "情况";

    private final Lexicon lexicon;
    private final EventTable table;
    private final List<String> venues = new ArrayList<>();

    ReportEventRule(Lexicon lexicon, EventTable table) {
        this.lexicon = lexicon;
        this.table = table;
    }

    /** Whether any chunk of the article names a report meeting (汇报会): then reports belong to it. */
    boolean namesReportMeeting(List<List<Chunk>> chunks) {
        return chunks.stream().flatMap(List::stream)
                .anyMatch(c -> lexicon.meetingNounAtEnd(c.text()).map(n -> lexicon.meetingNouns().get(n))
                        .filter("ReportMeeting"::equals).isPresent());
    }

    /** The report whose noun is chunk i of the clause, heard (听取) earlier in it. */
    Optional<EventBuilder> at(List<Chunk> cl, int i, SentenceState st, List<Chunk> sentence) {
        if (!cl.get(i).text().equals(REPORT) || i == 0 || !cl.get(i - 1).text().equals(SITUATION)) {
            return Optional.empty();
        }
        int hear = -1;
        for (int k = i - 1; k >= 0 && hear < 0; k--) {
            if (cl.get(k).text().startsWith(HEAR)) {
                hear = k;
            }
        }
        if (hear < 0) {
            return Optional.empty();
        }
        int from = hear + 1 < i && cl.get(hear + 1).text().equals("了") ? hear + 2 : hear + 1;
        String label = Clauses.textOf(cl, from, i);
        EventBuilder e = table.event("report:" + label, "report", "Report", label, st, cl.get(i), false);
        venue(sentence).ifPresent(v -> {
            if (e.place == null) {
                e.place = v;
                venues.add(v);
            }
        });
        return Optional.of(e);
    }

    /** 在县卫生局机关观看…: a venue after 在, named up to its venue ending (机关, 会议室). */
    private Optional<String> venue(List<Chunk> sentence) {
        for (int z = 0; z < sentence.size(); z++) {
            if (!sentence.get(z).text().equals("在")) {
                continue;
            }
            for (int j = z + 1; j < sentence.size() && !sentence.get(j).is(Chunk.Type.PUNCT) && j - z <= 6; j++) {
                String v = Clauses.textOf(sentence, z + 1, j);
                if (v.length() > 2 && lexicon.venueSuffixes().stream().anyMatch(v::endsWith)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** Venues that reports were placed in, to be added to the places. */
    List<String> venues() {
        return List.copyOf(venues);
    }
}
