package dev.akhbar.cli;

import dev.akhbar.article.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of an evaluation: for each source, how many gold articles a parsed article starts at,
 * and for each field how many values agree, with the precision and recall of its units (a text
 * field's one value, each keyword, each paragraph or related headline). Overall counts are the sum
 * over the sources.
 */
final class EvalScores {
  /** Counts of one field, or of the articles themselves, in one source or overall. */
  static final class Tally {
    long total;
    long correct;
    long truePositives;
    long falsePositives;
    long falseNegatives;

    void add(Tally other) {
      total += other.total;
      correct += other.correct;
      truePositives += other.truePositives;
      falsePositives += other.falsePositives;
      falseNegatives += other.falseNegatives;
    }

    /** The share of gold articles whose value agrees, 1 when there are none. */
    double accuracy() {
      return total == 0 ? 1 : (double) correct / total;
    }
  }

  /**
   * A gold article the parse did not agree with: one field ({@code field} present), or no parsed
   * article starting where it starts ({@code field} empty).
   */
  record Difference(GoldArticle gold, EvalField field, String expected, String got) {}

  /** The articles row: gold articles a parsed article starts at, and parsed articles in range. */
  static final String ARTICLES = "articles";

  private final Map<String, Map<String, Tally>> bySource = new LinkedHashMap<>();
  private final List<Difference> differences = new ArrayList<>();

  /** The sources scored, in the order they came. */
  List<String> sources() {
    return List.copyOf(bySource.keySet());
  }

  /** The counts of one row ({@link #ARTICLES} or a field heading) in a source. */
  Tally tally(String source, String row) {
    return bySource
        .computeIfAbsent(source, s -> new LinkedHashMap<>())
        .computeIfAbsent(row, r -> new Tally());
  }

  /** The counts of one row over all sources. */
  Tally overall(String row) {
    Tally sum = new Tally();
    for (Map<String, Tally> rows : bySource.values()) {
      Tally t = rows.get(row);
      if (t != null) {
        sum.add(t);
      }
    }
    return sum;
  }

  /** Every difference, source by source in gold order. */
  List<Difference> differences() {
    return List.copyOf(differences);
  }

  /**
   * Scores one data file: its gold articles against the articles parsed from it, read once and kept
   * only where a gold article starts. A gold article is matched by the line it starts on where the
   * gold gives lines, else by its index in the file. A parsed article that starts between the first
   * and the last gold article where none does counts against the articles' precision.
   */
  void addFile(String source, List<GoldArticle> golds, Iterable<Article> parsed) {
    boolean byLine = golds.stream().allMatch(g -> g.firstLine() > 0);
    Map<Long, GoldArticle> wanted = new HashMap<>();
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (GoldArticle g : golds) {
      long key = byLine ? g.firstLine() : g.index();
      wanted.putIfAbsent(key, g);
      low = Math.min(low, key);
      high = Math.max(high, key);
    }
    Map<Long, Article> at = new HashMap<>();
    long extra = 0;
    long index = 0;
    for (Article a : parsed) {
      long key = byLine ? a.origin().line() : index;
      index++;
      if (wanted.containsKey(key) && !at.containsKey(key)) {
        at.put(key, a);
      } else if (key >= low && key <= high) {
        extra++;
      }
    }
    Tally articles = tally(source, ARTICLES);
    for (GoldArticle g : golds) {
      Article a = at.get(byLine ? g.firstLine() : (long) g.index());
      articles.total++;
      if (a != null) {
        articles.correct++;
        articles.truePositives++;
      } else {
        articles.falseNegatives++;
        differences.add(new Difference(g, null, "an article", "none starts here"));
      }
      for (EvalField f : EvalField.values()) {
        score(source, g, f, a);
      }
    }
    articles.falsePositives += extra;
  }

  private void score(String source, GoldArticle g, EvalField f, Article a) {
    Map<String, Integer> expected = f.gold(g);
    Map<String, Integer> got = a == null ? Map.of() : f.got(a, g);
    Tally t = tally(source, f.heading);
    t.total++;
    long common = 0;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      common += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
    }
    t.truePositives += common;
    t.falsePositives += size(got) - common;
    t.falseNegatives += size(expected) - common;
    if (a != null && expected.equals(got)) {
      t.correct++;
    } else if (a != null) {
      differences.add(new Difference(g, f, show(expected), show(got)));
    }
  }

  private static long size(Map<String, Integer> bag) {
    long n = 0;
    for (int v : bag.values()) {
      n += v;
    }
    return n;
  }

  private static String show(Map<String, Integer> bag) {
    if (bag.isEmpty()) {
      return "-";
    }
    if (bag.size() == 1 && bag.containsKey("")) {
      return Integer.toString(bag.get(""));
    }
    return String.join(" | ", bag.keySet());
  }

  /** The rows of a source in column order: articles, then the fields. */
  static List<String> rows() {
    List<String> rows = new ArrayList<>();
    rows.add(ARTICLES);
    for (EvalField f : EvalField.values()) {
      rows.add(f.heading);
    }
    return rows;
  }
}
