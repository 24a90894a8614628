package dev.kg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 率检查组 / 带领督查组: a lead verb makes the subject the leader of the team after it (or of the
 * sentence's subject team), and that team the sentence's subject organization.
 */
final class TeamRule {
    private static final Set<String> GOVERNING = Set.of("在", "对", "向", "与", "和", "同", "随", "跟", "给", "陪同");

    private final Lexicon lexicon;
    private final OrgResolver orgs;
    private final Map<String, String> leaders = new LinkedHashMap<>();

    TeamRule(Lexicon lexicon, OrgResolver orgs) {
        this.lexicon = lexicon;
        this.orgs = orgs;
    }

    void apply(List<Chunk> cl, int firstVerb, List<Chunk> subject, SentenceState st) {
        if (st.subjectOrg == null) {
            subjectTeam(cl, firstVerb).ifPresent(t -> st.subjectOrg = t);
        }
        for (int i = firstVerb; i < cl.size(); i++) {
            if (lexicon.leadVerbs().contains(cl.get(i).text())) {
                lead(cl, i, subject, st);
            }
        }
    }

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

    /**
     * 巡视组组长张三一行来…, 由张三、李四组成的督导组在…: an inspection team before the clause's first
     * verb acts through its members; it is the sentence's subject unless it is governed by a
     * preposition (在督查组, 对督查组, 与督查组).
     */
    private Optional<Chunk> subjectTeam(List<Chunk> cl, int firstVerb) {
        for (int i = 0; i < Math.min(firstVerb, cl.size()); i++) {
            Chunk c = cl.get(i);
            boolean governed = i > 0 && GOVERNING.contains(cl.get(i - 1).text());
            if (c.is(Chunk.Type.ORG) && !governed && isTeam(c.text())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A team of inspection (检查组, 巡视组, 督导组) by its name's ending. */
    boolean isTeam(String name) {
        return lexicon.orgSuffixAtEnd(name).map(lexicon::orgClass).filter("InspectionTeam"::equals).isPresent();
    }

    /** Each leader's team (resolved organization name). */
    Map<String, String> leaders() {
        return Map.copyOf(leaders);
    }
}
