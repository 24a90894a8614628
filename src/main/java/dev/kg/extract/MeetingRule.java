package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A meeting named by a meeting noun ({@code 召开了全市巡视工作动员会}): its label runs from after the
 * verb that holds it to the noun; the organization before 召开/举行/主办 organizes it; a venue
 * between 在 and 召开 places it. A bare noun ({@code 座谈会}) after a longer name is that meeting.
 */
final class MeetingRule {
    private static final Pattern ORDINAL = Pattern.compile("[0-9０-９零〇一二三四五六七八九十百]+次");
    static final Set<String> HOLD_VERBS = Set.of("进行", "开展", "进行了", "开展了");

    private final Lexicon lexicon;
    private final OrgResolver orgs;
    private final EventTable table;
    private final TeamRule teams;
    private final List<String> venues = new ArrayList<>();

    MeetingRule(Lexicon lexicon, OrgResolver orgs, EventTable table, TeamRule teams) {
        this.lexicon = lexicon;
        this.teams = teams;
        this.orgs = orgs;
        this.table = table;
    }

    /**
     * The meeting whose noun ends chunk i, if it does. After a relay verb ({@code 传达了…在…会议上的讲话})
     * the meeting is another one, held before: it is set aside, undated, and the text stays with the
     * current meeting.
     */
    Optional<EventBuilder> at(List<Chunk> cl, int i, SentenceState st) {
        String text = cl.get(i).text();
        boolean relayed = relayVerbBefore(cl, i);
        Optional<String> noun = lexicon.meetingNounAtEnd(text);
        if (noun.isEmpty() && lexicon.ordinalMeetingNouns().contains(text) && (relayed || ordinalBefore(cl, i))) {
            noun = Optional.of(text);
        }
        return noun.map(n -> meeting(cl, i, n, st, !relayed));
    }

    /** 第二十四次会议, 第十八次直属高校咨询会议, 三次全会: a session number in the meeting's name. */
    private boolean ordinalBefore(List<Chunk> cl, int i) {
        int from = i;
        while (from > 0 && i - from < 6 && !cl.get(from - 1).is(Chunk.Type.PUNCT) && !Clauses.isVerb(lexicon, cl.get(from - 1))) {
            from--;
        }
        return ORDINAL.matcher(Clauses.textOf(cl, from, i - 1)).find();
    }

    private boolean relayVerbBefore(List<Chunk> cl, int i) {
        for (int k = 0; k < i; k++) {
            if (lexicon.roleVerbOf(cl.get(k).text()).filter(v -> v.target().equals("relay")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private EventBuilder meeting(List<Chunk> cl, int i, String noun, SentenceState st, boolean turns) {
        Chunk c = cl.get(i);
        // the label runs from after the verb that holds the meeting (召开了, 出席, 召开的) to the noun
        int from = i;
        Chunk organizer = null;
        for (int k = i - 1; k >= 0; k--) {
            Chunk b = cl.get(k);
            if (b.is(Chunk.Type.PUNCT) && !b.isPunct("、") || b.text().equals("在")) {
                break;
            }
            if (Clauses.isVerb(lexicon, b) || HOLD_VERBS.contains(b.text()) || b.text().equals("举行")) {
                if (b.text().startsWith("召开") || b.text().equals("举行") || b.text().equals("主办")) {
                    for (int o = k - 1; o >= 0; o--) {
                        if (cl.get(o).text().equals("在")) {
                            continue;
                        }
                        boolean body = cl.get(o).is(Chunk.Type.ORG) || lexicon.isOrgDeictic(cl.get(o).text());
                        if (body && !(o > 0 && cl.get(o - 1).text().equals("在"))) {
                            organizer = cl.get(o);   // not 在区政府会议室召开: that is where, not who
                            break;
                        }
                    }
                }
                break;
            }
            if (b.text().equals("的") || b.text().equals("了")) {
                if (k > 0 && Clauses.isVerb(lexicon, cl.get(k - 1))) {
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
        String cls = lexicon.meetingNouns().getOrDefault(noun, "Meeting");
        String key = "meeting:" + label;
        if (label.equals(noun)) {
            for (EventBuilder earlier : table.all()) {
                if (earlier.kind.equals("meeting") && earlier.label.endsWith(noun)) {
                    key = earlier.key;
                }
            }
        }
        EventBuilder e = turns ? table.event(key, "meeting", cls, label, st, c, true)
                : table.aside(key, "meeting", cls, label, c);
        venue(cl, i).ifPresent(v -> {
            if (e.place == null || e.placedBy != null) {
                e.place = v;
                e.placedBy = null;
                if (isVenue(v)) {
                    venues.add(v);   // a place chunk is a place already
                }
            }
        });
        if (organizer == null && heldHere(cl, from) && st.subjectOrg != null && teams.isTeam(st.subjectOrg.text())) {
            organizer = st.subjectOrg;   // 巡视组组长张三一行来我县…召开了见面会: the team holds it
        }
        if (organizer != null && e.organizer == null) {
            e.organizer = organizer.is(Chunk.Type.ORG) ? orgs.resolve(organizer.text()) : orgs.add(organizer.text(), organizer.span());
        }
        if (e.organizer == null) {
            int start = from;
            sessionBody(cl, start, i).ifPresent(b -> e.organizer = orgs.add(Clauses.textOf(cl, start, b), Clauses.span(cl.get(start), cl.get(b))));
        }
        return e;
    }

    /** Whether the meeting's name follows a verb that holds it (召开了见面会). */
    private static boolean heldHere(List<Chunk> cl, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 2; k--) {
            String w = cl.get(k).text();
            if (w.startsWith("召开") || w.equals("举行") || w.equals("主办")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 县九届人大常委会第十二次会议, 市委五届三次全会: a session of the body that the meeting's name
     * starts with, which holds it. Returns the index of the chunk that ends the body's name.
     */
    private static Optional<Integer> sessionBody(List<Chunk> cl, int from, int nounIndex) {
        for (int k = nounIndex - 1; k >= from; k--) {
            if (cl.get(k).is(Chunk.Type.ORG)) {
                boolean session = ORDINAL.matcher(Clauses.textOf(cl, k + 1, nounIndex)).find();
                boolean nameOnly = cl.subList(from, k).stream().allMatch(c -> c.is(Chunk.Type.WORD) || c.is(Chunk.Type.ORG));
                return session && nameOnly ? Optional.of(k) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * 在白蒲镇大会议室召开…会, or after the name, …会在河西县召开: a venue, or a place, named between 在
     * and the verb that holds the meeting; or the division that holds it, right before the verb.
     */
    private Optional<String> venue(List<Chunk> cl, int nounIndex) {
        for (int k = nounIndex - 1; k >= 0; k--) {
            String w = cl.get(k).text();
            if (w.startsWith("召开") || w.equals("举行")) {
                if (k > 0 && cl.get(k - 1).is(Chunk.Type.PLACE)) {
                    return Optional.of(cl.get(k - 1).text());   // 青禾县召开…会: a division holds it at home
                }
                for (int z = k - 1; z >= 0; z--) {
                    if (cl.get(z).text().equals("在")) {
                        return venueBetween(cl, z, k);
                    }
                }
                return Optional.empty();
            }
        }
        int at = nounIndex + 1;
        if (at < cl.size() && cl.get(at).text().equals("在")) {
            for (int k = at + 1; k < cl.size() && k - at <= 6 && !cl.get(k).is(Chunk.Type.PUNCT); k++) {
                String w = cl.get(k).text();
                if (w.startsWith("召开") || w.equals("举行")) {
                    return venueBetween(cl, at, k);
                }
            }
        }
        return Optional.empty();
    }

    /** The venue or place between 在 at z and the holding verb at k. */
    private Optional<String> venueBetween(List<Chunk> cl, int z, int k) {
        if (k == z + 2 && cl.get(z + 1).is(Chunk.Type.PLACE)) {
            return Optional.of(cl.get(z + 1).text());
        }
        String v = Clauses.textOf(cl, z + 1, k - 1);
        return isVenue(v) ? Optional.of(v) : Optional.empty();
    }

    private boolean isVenue(String v) {
        return v.length() > 2 && lexicon.venueSuffixes().stream().anyMatch(v::endsWith);
    }

    /** Venues that meetings were placed in, to be added to the places. */
    List<String> venues() {
        return List.copyOf(venues);
    }
}
