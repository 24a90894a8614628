package dev.kg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 率检查组 / 带领督查组: a lead verb makes the subject the leader of the team after it (or of the
 * sentence's subject team), and that team the sentence's subject organization.
 */
final class TeamRule {
    private final Lexicon lexicon;
    private final OrgResolver orgs;
    private final Map<String, String> leaders = new LinkedHashMap<>();

    TeamRule(Lexicon lexicon, OrgResolver orgs) {
        this.lexicon = lexicon;
        this.orgs = orgs;
    }

    void apply(List<Chunk> cl, int firstVerb, List<Chunk> subject, SentenceState st) {
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

    /** Each leader's team (resolved organization name). */
    Map<String, String> leaders() {
        return Map.copyOf(leaders);
    }
}
