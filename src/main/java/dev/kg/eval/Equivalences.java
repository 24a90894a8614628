package dev.kg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The equivalences of the corpus's annotation conventions ({@code ../shared/corpus/README.md}), which
 * {@link Scorer} applies to gold and to ours alike before comparing:
 * <ul>
 *   <li>attendance implied by another role: {@code attendee} beside any other role of the same person
 *       at the same event is dropped ({@link #withoutImpliedAttendance});</li>
 *   <li>a title fused with its body's name: {@code 区委副书记} in {@code 区委} is {@code 副书记} in
 *       {@code 区委} ({@link #titleWithoutBody});</li>
 *   <li>a division named with or without its suffix: {@code 萧山} is {@code 萧山区}
 *       ({@link DivisionSuffixes#sameDivision}).</li>
 * </ul>
 */
public final class Equivalences {
    static final String ATTENDEE = "attendee";

    /** The shortest ending of a body's name that a fused title may start with. */
    private static final int MIN_BODY_ENDING = 2;

    private Equivalences() {}

    /** One person's role at one event. */
    public record Role(String person, String role) {}

    /** The roles of one event, less {@code attendee} where the same person has another role there. */
    public static List<Role> withoutImpliedAttendance(Collection<Role> roles) {
        Set<String> withOtherRole = new HashSet<>();
        roles.stream().filter(r -> !ATTENDEE.equals(r.role())).forEach(r -> withOtherRole.add(r.person()));
        List<Role> kept = new ArrayList<>();
        for (Role r : roles) {
            if (!(ATTENDEE.equals(r.role()) && withOtherRole.contains(r.person()))) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * The title less the longest ending (two characters or more) of any of the body's names that it
     * starts with, when something is left: {@code 校党委书记} and {@code 党委书记} in {@code 校党委} are
     * both {@code 书记}; {@code 副组长} in {@code 检查组} stays as it is.
     */
    public static String titleWithoutBody(String title, Collection<String> bodyNames) {
        int longest = 0;
        for (String name : bodyNames) {
            for (int len = MIN_BODY_ENDING; len <= name.length() && len < title.length(); len++) {
                if (title.startsWith(name.substring(name.length() - len))) {
                    longest = Math.max(longest, len);
                }
            }
        }
        return title.substring(longest);
    }
}
