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
      row(source, rows, r -> scores.tally(source, r), EvalTable::accuracy, out);
    }
    row("overall", rows, scores::overall, EvalTable::accuracy, out);
    out.println();
    out.println(
        "Precision/recall, % of units (an article, a text value, a keyword, a paragraph, a related headline)");
    header(rows, out);
    for (String source : scores.sources()) {
      row(source, rows, r -> scores.tally(source, r), EvalTable::rates, out);
    }
    row("overall", rows, scores::overall, EvalTable::rates, out);
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

  /** One line of a table: the name, then each row's cell. */
  private static void row(
      String name,
      List<String> rows,
      Function<String, EvalScores.Tally> tally,
      Function<EvalScores.Tally, String> cell,
      PrintWriter out) {
    StringBuilder b = new StringBuilder(pad(name, SOURCE_WIDTH));
    for (String row : rows) {
      b.append(left(cell.apply(tally.apply(row)), CELL_WIDTH));
    }
    out.println(b);
  }

  private static String accuracy(EvalScores.Tally t) {
    return percent(t.correct, t.total);
  }

  private static String rates(EvalScores.Tally t) {
    return whole(t.truePositives, t.truePositives + t.falsePositives)
        + "/"
        + whole(t.truePositives, t.truePositives + t.falseNegatives);
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
