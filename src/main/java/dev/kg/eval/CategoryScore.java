package dev.kg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts for one category of one article (or summed over a corpus), with the facts behind them.
 * A ratio with nothing under it is 1 when both sides are empty (nothing to find, nothing claimed)
 * and 0 otherwise, so an empty graph scores 0/0/0 rather than a flattering precision of 1.
 *
 * @param missing gold facts we did not produce, for {@code --verbose}
 * @param extra   facts we produced that gold does not hold
 */
public record CategoryScore(int truePositives, int falsePositives, int falseNegatives,
                            List<String> missing, List<String> extra) {
    public static final CategoryScore EMPTY = new CategoryScore(0, 0, 0, List.of(), List.of());

    public CategoryScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    public double precision() {
        int claimed = truePositives + falsePositives;
        return claimed == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / claimed;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? (falsePositives == 0 ? 1.0 : 0.0) : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** How many distinct facts of ours were scored (true plus false positives). */
    public int predicted() {
        return truePositives + falsePositives;
    }

    /** Micro-averaging: sum the counts (the fact lists are concatenated). */
    public CategoryScore plus(CategoryScore other) {
        List<String> m = new ArrayList<>(missing);
        m.addAll(other.missing);
        List<String> e = new ArrayList<>(extra);
        e.addAll(other.extra);
        return new CategoryScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, m, e);
    }
}
