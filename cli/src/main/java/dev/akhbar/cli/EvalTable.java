package dev.akhbar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Prints an evaluation's scores as tables a person reads in one screen. */
final class EvalTable {
  private static final int SOURCE_WIDTH = 28;
  private static final int CELL_WIDTH = 9;
  private static final int VALUE_WIDTH = 60;

  private EvalTable() {}

  static void print(EvalScores scores, int maxDifferences, PrintWriter out) {
    List<String> rows = EvalScores.rows();
    out.println(
        "Accuracy, % of gold articles (articles: a parsed article starts where the gold's does;");
    out.println("a field: its value agrees, empty where the gold has none)");
    header(rows, out);
    for (String source : scores.sources()) {
      accuracyRow(source, rows, row -> scores.tally(source, row), out);
    }
    accuracyRow("overall", rows, scores::overall, out);
    out.println();
    out.println(
        "Precision/recall, % of units (an article, a text value, a keyword, a paragraph, a related headline)");
    header(rows, out);
    for (String source : scores.sources()) {
      ratesRow(source, rows, row -> scores.tally(source, row), out);
    }
    ratesRow("overall", rows, scores::overall, out);
    List<EvalScores.Difference> differences = scores.differences();
    if (maxDifferences > 0 && !differences.isEmpty()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "Differences (%s of %d):%n",
          differences.size() > maxDifferences ? "first " + maxDifferences : "all",
          differences.size());
      for (EvalScores.Difference d :
          differences.subList(0, Math.min(maxDifferences, differences.size()))) {
        GoldArticle g = d.gold();
        out.printf(
            Locale.ROOT,
            "  %s %s#%d %s: expected %s, got %s%n",
            g.source(),
            g.file(),
            g.index(),
            d.field() == null ? "article" : d.field().heading,
            quote(d.expected()),
            quote(d.got()));
      }
    }
    out.flush();
  }

  private static void header(List<String> rows, PrintWriter out) {
    StringBuilder b = new StringBuilder(pad("source", SOURCE_WIDTH));
    for (String row : rows) {
      b.append(left(row, CELL_WIDTH));
    }
    out.println(b);
  }

  private static void accuracyRow(
      String name, List<String> rows, Function<String, EvalScores.Tally> tally, PrintWriter out) {
    StringBuilder b = new StringBuilder(pad(name, SOURCE_WIDTH));
    for (String row : rows) {
      EvalScores.Tally t = tally.apply(row);
      b.append(left(percent(t.correct, t.total), CELL_WIDTH));
    }
    out.println(b);
  }

  private static void ratesRow(
      String name, List<String> rows, Function<String, EvalScores.Tally> tally, PrintWriter out) {
    StringBuilder b = new StringBuilder(pad(name, SOURCE_WIDTH));
    for (String row : rows) {
      EvalScores.Tally t = tally.apply(row);
      b.append(
          left(
              whole(t.truePositives, t.truePositives + t.falsePositives)
                  + "/"
                  + whole(t.truePositives, t.truePositives + t.falseNegatives),
              CELL_WIDTH));
    }
    out.println(b);
  }

  /** A share in per cent with one decimal, rounded down (so 99.96 % never shows as 100). */
  static String percent(long part, long whole) {
    long tenths = whole == 0 ? 1000 : part * 1000 / whole;
    return tenths / 10 + "." + tenths % 10;
  }

  private static String whole(long part, long whole) {
    return Long.toString(whole == 0 ? 100 : part * 100 / whole);
  }

  private static String quote(String value) {
    String v = value.length() > VALUE_WIDTH ? value.substring(0, VALUE_WIDTH) + "…" : value;
    return "«" + v + "»";
  }

  private static String pad(String s, int width) {
    String t = s.length() >= width ? s.substring(0, width - 1) : s;
    return t + " ".repeat(width - t.length());
  }

  private static String left(String s, int width) {
    return " ".repeat(Math.max(1, width - s.length())) + s;
  }
}
