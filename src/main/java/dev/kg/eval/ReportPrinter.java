package dev.kg.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * Formats an evaluation {@link CorpusEvaluator.Report}: a plain table per article and for the corpus
 * (ours beside the HanLP baseline), the missing and extra facts when verbose, or the corpus totals as
 * a Markdown table for the README. Returns text; the command prints it.
 */
public final class ReportPrinter {
    private static final String NA = "n/a";

    public String table(CorpusEvaluator.Report report, boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (CorpusEvaluator.ArticleResult a : report.articles()) {
            out.append("== ").append(a.id()).append(" ==\n");
            appendTable(out, a.ours(), a.baseline());
            if (verbose) {
                appendFacts(out, a.ours());
            }
            out.append('\n');
        }
        out.append("== corpus: ").append(report.articles().size())
                .append(" articles, micro-averaged ==\n");
        appendTable(out, report.oursTotal(), report.baselineTotal());
        return out.toString();
    }

    public String markdown(CorpusEvaluator.Report report) {
        boolean base = report.baselineTotal().isPresent();
        StringBuilder out = new StringBuilder("| category | P | R | F1 |");
        out.append(base ? " HanLP P | HanLP R | HanLP F1 |\n" : "\n");
        out.append("| --- | ---: | ---: | ---: |").append(base ? " ---: | ---: | ---: |\n" : "\n");
        for (Category c : Category.values()) {
            out.append("| ").append(c.code()).append(" |");
            appendMarkdownCells(out, report.oursTotal().score(c));
            if (base) {
                appendMarkdownCells(out, report.baselineTotal().get().score(c));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendMarkdownCells(StringBuilder out, Optional<CategoryScore> score) {
        if (score.isEmpty()) {
            out.append(" n/a | n/a | n/a |");
            return;
        }
        CategoryScore s = score.get();
        out.append(String.format(Locale.ROOT, " %.2f | %.2f | %.2f |", s.precision(), s.recall(), s.f1()));
    }

    private static void appendTable(StringBuilder out, ArticleScore ours, Optional<ArticleScore> baseline) {
        String columns = "P      R      F1     tp/fp/fn";
        out.append(String.format(Locale.ROOT, "%-14s %-30s", "", "ours"));
        baseline.ifPresent(b -> out.append(" | HanLP baseline"));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-14s %-30s", "category", columns));
        baseline.ifPresent(b -> out.append(" | ").append(columns));
        out.append('\n');
        for (Category c : Category.values()) {
            out.append(String.format(Locale.ROOT, "%-14s %-30s", c.code(), cells(ours.score(c))));
            baseline.ifPresent(b -> out.append(" | ").append(cells(b.score(c))));
            out.append('\n');
        }
    }

    private static String cells(Optional<CategoryScore> score) {
        if (score.isEmpty()) {
            return NA;
        }
        CategoryScore s = score.get();
        return String.format(Locale.ROOT, "%.3f  %.3f  %.3f  %d/%d/%d", s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }

    private static void appendFacts(StringBuilder out, ArticleScore ours) {
        for (Category c : Category.values()) {
            ours.score(c).ifPresent(s -> {
                s.missing().forEach(f -> out.append("  - missing ").append(c.code()).append(": ").append(f).append('\n'));
                s.extra().forEach(f -> out.append("  + extra   ").append(c.code()).append(": ").append(f).append('\n'));
            });
        }
    }
}
