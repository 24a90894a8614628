package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a clause is about: the persons before its first verb; a clause that only lists persons passes
 * them on to the next verb; 他/她 is the last subject; 他们 alone is persons the text does not name;
 * 在P的陪同下 does not change the subject.
 * Also notes a clause-initial organization as the sentence's subject organization.
 */
final class Subjects {
    private List<Chunk> last = List.of();

    /** The clause's subject (possibly the sentence's earlier one); updates the sentence state. */
    List<Chunk> read(List<Chunk> cl, int firstVerb, SentenceState st) {
        int n = cl.size();
        List<Chunk> before = new ArrayList<>();
        boolean unnamed = false;
        int along = Clauses.accompanyingFrom(cl);
        for (int i = 0; i < firstVerb; i++) {
            Chunk c = cl.get(i);
            if (c.is(Chunk.Type.PERSON) && !Clauses.inParentheses(cl, i) && !(along >= 0 && i > along)) {
                before.add(c);
            } else if ((c.text().equals("他") || c.text().equals("她")) && before.isEmpty()) {
                before.addAll(last);
            } else if (c.text().equals("他们") || c.text().equals("她们")) {
                unnamed = true;   // 确保他们参加…: persons the text does not name
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
            if (unnamed && before.isEmpty()) {
                st.subject = List.of();
                st.pending.clear();
            } else if (!subject.isEmpty()) {
                st.subject = subject;
                st.pending.clear();
            }
        }
        List<Chunk> subject = st.subject;
        if (Clauses.accompanying(cl) && before.isEmpty()) {
            st.subject = subjectBefore;   // 在P的陪同下: P goes along; the clause's subject is someone else
        } else if (!subject.isEmpty()) {
            last = subject;
        }
        return subject;
    }
}
