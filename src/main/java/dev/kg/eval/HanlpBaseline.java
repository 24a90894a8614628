package dev.kg.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.kg.normalize.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of issue 3: HanLP's own named-entity recognition alone, after the same normalization
 * as the converter. Persons are terms whose nature starts with {@code nr}, places {@code ns},
 * organizations {@code nt}. It gives rows in the shape of the competency queries' (one {@code name}
 * each) for persons, organizations and places only, so that {@link Scorer} scores it like ours and
 * leaves the other categories out.
 *
 * <pre>
 *   Map&lt;Category, List&lt;Map&lt;String, String&gt;&gt;&gt; rows = new HanlpBaseline().rows(text);
 *   ArticleScore score = new Scorer().score(gold, rows);
 * </pre>
 */
public final class HanlpBaseline {
    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    /** Person, organization and place names HanLP finds, as one-column rows ({@code name}). */
    public Map<Category, List<Map<String, String>>> rows(String text) {
        Map<Category, Set<String>> names = new EnumMap<>(Category.class);
        names.put(Category.PERSONS, new LinkedHashSet<>());
        names.put(Category.ORGANIZATIONS, new LinkedHashSet<>());
        names.put(Category.PLACES, new LinkedHashSet<>());
        List<Term> terms;
        synchronized (segment) { // HanLP segments keep per-call state; one at a time is enough here
            terms = segment.seg(normalized(text));
        }
        for (Term term : terms) {
            String nature = term.nature == null ? "" : term.nature.toString();
            String word = term.word.strip();
            if (word.isEmpty()) {
                continue;
            }
            if (nature.startsWith("nr")) {
                names.get(Category.PERSONS).add(word);
            } else if (nature.startsWith("ns")) {
                names.get(Category.PLACES).add(word);
            } else if (nature.startsWith("nt")) {
                names.get(Category.ORGANIZATIONS).add(word);
            }
        }
        Map<Category, List<Map<String, String>>> rows = new EnumMap<>(Category.class);
        names.forEach((c, set) -> rows.put(c, set.stream().map(n -> Map.of("name", n)).toList()));
        return rows;
    }

    /** The converter's own normalization, so that the baseline sees exactly the text the converter sees. */
    private static String normalized(String text) {
        return Normalizer.normalize(text).text();
    }
}
