package dev.akhbar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What {@code akhbar stats} counts over a corpus: fields present, the date range, top sources and
 * unmapped keys, formats and encodings, warnings by kind with the first place each was seen.
 */
final class CorpusStats {
  /** How many sources and keys are listed. */
  static final int TOP = 10;

  /**
   * Distinct sources or keys counted at most; past it new names go to {@link #OTHERS}, so memory
   * stays bounded on a corpus with millions of distinct values.
   */
  static final int MAX_DISTINCT = 10_000;

  /** The bucket of names past {@link #MAX_DISTINCT}. */
  static final String OTHERS = "(others)";

  private static final Map<String, Predicate<Article>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("title", a -> !a.title().isEmpty());
    FIELDS.put("date", a -> a.published().isPresent());
    FIELDS.put("source", a -> a.source().isPresent());
    FIELDS.put("keywords", a -> !a.keywords().isEmpty());
    FIELDS.put("body", a -> !a.body().isEmpty());
    FIELDS.put("dateline", a -> a.dateline().isPresent());
    FIELDS.put("credit", a -> a.credit().isPresent());
    FIELDS.put("related", a -> !a.related().isEmpty());
  }

  private final long[] has = new long[FIELDS.size()];
  private final Map<String, Long> sources = new HashMap<>();
  private final Map<String, Long> keys = new HashMap<>();
  private final Map<String, Long> keywords = new HashMap<>();

  /** Dated articles by month (those with a year and a month). */
  private final java.util.TreeMap<java.time.YearMonth, Long> months = new java.util.TreeMap<>();

  private final Map<Shape, Long> shapes = new LinkedHashMap<>();
  private final Map<WarningKind, Long> warnings = new EnumMap<>(WarningKind.class);
  private final Map<WarningKind, String> examples = new EnumMap<>(WarningKind.class);
  private long articles;

  /** The format and encoding an input was read in. */
  private record Shape(String format, String encoding) {}

  private long withoutYear;
  private LocalDate first;
  private LocalDate last;
  private int files;
  private int failures;

  /** Records that held no article text, over all inputs: no articles. */
  private long withoutText;

  /** Counts one article. */
  void add(Article a) {
    articles++;
    int k = 0;
    for (Predicate<Article> p : FIELDS.values()) {
      has[k++] += p.test(a) ? 1 : 0;
    }
    a.published()
        .ifPresent(
            d -> {
              LocalDate day = d.date().orElse(null);
              if (d.year().isPresent()) {
                months.merge(java.time.YearMonth.of(d.year().getAsInt(), d.month()), 1L, Long::sum);
              }
              if (day == null) {
                withoutYear++;
              } else {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
              }
            });
    a.source().ifPresent(s -> count(sources, s));
    a.attributes().keySet().forEach(key -> count(keys, key));
    a.keywords().forEach(tag -> count(keywords, tag));
    for (ParseWarning w : a.warnings()) {
      warnings.merge(w.kind(), 1L, Long::sum);
      examples.putIfAbsent(w.kind(), a.origin().input() + ":" + w.line());
    }
  }

  /**
   * Counts one input read to its end, by its format and encoding, with its records that held no
   * article text.
   */
  void addFile(String format, String encoding, long recordsWithoutText) {
    files++;
    withoutText += recordsWithoutText;
    shapes.merge(new Shape(format, encoding), 1L, Long::sum);
  }

  /** Counts one input that could not be read. */
  void addFailure() {
    failures++;
  }

  int failures() {
    return failures;
  }

  // What the HTML page shows (StatsPage), read once the counting is done.

  long articles() {
    return articles;
  }

  int files() {
    return files;
  }

  long recordsWithoutText() {
    return withoutText;
  }

  /** Each field's name and the articles that have it. */
  Map<String, Long> fieldCounts() {
    Map<String, Long> out = new LinkedHashMap<>();
    int k = 0;
    for (String name : FIELDS.keySet()) {
      out.put(name, has[k++]);
    }
    return out;
  }

  java.util.SortedMap<java.time.YearMonth, Long> months() {
    return java.util.Collections.unmodifiableSortedMap(months);
  }

  List<Map.Entry<String, Long>> topSources() {
    return top(sources, TOP);
  }

  List<Map.Entry<String, Long>> topKeywords() {
    return top(keywords, TOP);
  }

  List<Map.Entry<String, Long>> topUnmappedKeys() {
    return top(keys, TOP);
  }

  /** Files by "format, encoding". */
  Map<String, Long> shapes() {
    Map<String, Long> out = new LinkedHashMap<>();
    shapes.forEach((s, n) -> out.put(s.format() + ", " + s.encoding(), n));
    return out;
  }

  Map<WarningKind, Long> warnings() {
    return java.util.Collections.unmodifiableMap(warnings);
  }

  /** Where a kind of warning was first seen, {@code file:line}. */
  String example(WarningKind kind) {
    return examples.get(kind);
  }

  private static void count(Map<String, Long> map, String name) {
    String key = map.size() < MAX_DISTINCT || map.containsKey(name) ? name : OTHERS;
    map.merge(key, 1L, Long::sum);
  }

  /** The {@code n} most frequent names, most frequent first, ties in name order. */
  static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
    List<Map.Entry<String, Long>> out = new ArrayList<>(counts.entrySet());
    out.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return out.subList(0, Math.min(n, out.size()));
  }

  private double share(long n) {
    return articles == 0 ? 0.0 : 100.0 * n / articles;
  }

  /** The report as aligned text for a person. */
  void printText(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d %s, %d %s%s%n%n",
        files,
        RunSummary.plural(files, "file"),
        articles,
        RunSummary.plural(articles, "article"),
        withoutText == 0
            ? ""
            : ", "
                + withoutText
                + " "
                + RunSummary.plural(withoutText, "record")
                + " without text");
    out.printf("%-10s %10s %7s%n", "field", "articles", "share");
    int k = 0;
    for (String name : FIELDS.keySet()) {
      out.printf(Locale.ROOT, "%-10s %10d %6.1f%%%n", name, has[k], share(has[k]));
      k++;
    }
    out.printf("%ndates: %s%n", first == null ? "none with a year" : first + " to " + last);
    if (withoutYear > 0) {
      out.printf("without a year: %d%n", withoutYear);
    }
    table(out, "source", topSources());
    table(out, "unmapped key", topUnmappedKeys());
    out.printf("%n%-32s %6s%n", "format, encoding", "files");
    shapes().forEach((shape, n) -> out.printf("%-32s %6d%n", shape, n));
    out.printf("%n%-20s %8s  %s%n", "warning", "count", "first seen");
    if (warnings.isEmpty()) {
      out.println("(none)");
    }
    warnings.forEach((kind, n) -> out.printf("%-20s %8d  %s%n", kind, n, examples.get(kind)));
  }

  /**
   * A name as a terminal shows it harmlessly: control characters and bidi overrides (which would
   * move the cursor, ring or reorder the line) written as {@code \\uXXXX}.
   */
  static String printable(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad =
          Character.isISOControl(c)
              || (c >= '\u202A' && c <= '\u202E')
              || (c >= '\u2066' && c <= '\u2069');
      if (bad && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (bad) {
          b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private void table(PrintWriter out, String what, List<Map.Entry<String, Long>> rows) {
    out.printf(Locale.ROOT, "%n%-32s %8s %7s%n", "top " + what, "articles", "share");
    if (rows.isEmpty()) {
      out.println("(none)");
    }
    for (Map.Entry<String, Long> e : rows) {
      out.printf(
          Locale.ROOT,
          "%-32s %8d %6.1f%%%n",
          printable(e.getKey()),
          e.getValue(),
          share(e.getValue()));
    }
  }

  /** The report as one JSON object, for scripts. */
  void printJson(Writer out) throws IOException {
    try (JsonGenerator g =
        new JsonFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeNumberField("files", files);
      g.writeNumberField("failures", failures);
      g.writeNumberField("articles", articles);
      g.writeNumberField("recordsWithoutText", withoutText);
      g.writeObjectFieldStart("fields");
      int k = 0;
      for (String name : FIELDS.keySet()) {
        g.writeNumberField(name, has[k++]);
      }
      g.writeEndObject();
      g.writeObjectFieldStart("dates");
      g.writeStringField("first", first == null ? null : first.toString());
      g.writeStringField("last", last == null ? null : last.toString());
      g.writeNumberField("withoutYear", withoutYear);
      g.writeEndObject();
      counts(g, "sources", "source", topSources());
      counts(g, "unmappedKeys", "key", topUnmappedKeys());
      g.writeArrayFieldStart("formats");
      for (Map.Entry<Shape, Long> e : shapes.entrySet()) {
        g.writeStartObject();
        g.writeStringField("format", e.getKey().format());
        g.writeStringField("encoding", e.getKey().encoding());
        g.writeNumberField("files", e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (Map.Entry<WarningKind, Long> e : warnings.entrySet()) {
        g.writeStartObject();
        g.writeStringField("kind", e.getKey().name());
        g.writeNumberField("count", e.getValue());
        g.writeStringField("firstSeen", examples.get(e.getKey()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void counts(
      JsonGenerator g, String field, String name, List<Map.Entry<String, Long>> rows)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Map.Entry<String, Long> e : rows) {
      g.writeStartObject();
      g.writeStringField(name, e.getKey());
      g.writeNumberField("articles", e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
