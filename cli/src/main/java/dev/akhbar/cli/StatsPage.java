package dev.akhbar.cli;

import dev.akhbar.article.WarningKind;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code akhbar stats --html}: the report as one self-contained page (no file, font or script from
 * elsewhere): articles per month as a bar chart, field coverage, top sources and keywords, unmapped
 * keys, formats and warnings with the place each kind was first seen. Arabic text is set right to
 * left by its own direction ({@code dir="auto"}). Its one script marks the page rendered, so that a
 * browser check can tell that no script failed.
 */
final class StatsPage {
  private StatsPage() {}

  /** Past this many months the chart counts years. */
  private static final int MAX_MONTH_BARS = 120;

  private static final String STYLE =
      "body{font-family:system-ui,'Noto Naskh Arabic','Noto Sans Arabic',sans-serif;margin:2rem;"
          + "color:#1d2433;background:#fafbfc;max-width:1100px}"
          + "h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.8rem 0 .6rem}"
          + ".lead{color:#555;margin:0 0 1rem}"
          + "table{border-collapse:collapse;width:100%;background:#fff}"
          + "td,th{padding:.3rem .6rem;border-bottom:1px solid #e4e7ec;text-align:start;"
          + "vertical-align:top}th{font-weight:600;color:#555}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
          + ".bar{height:.8rem;background:#3b6fd8;border-radius:2px}"
          + ".cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}"
          + "svg text{font-size:10px;fill:#555}svg rect{fill:#3b6fd8}"
          + ".none{color:#888}";

  /** Writes the page of {@code stats}. */
  static void write(CorpusStats stats, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>akhbar stats</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    b.append("<h1>")
        .append(String.format(Locale.ROOT, "%,d articles", stats.articles()))
        .append("</h1>\n<p class=\"lead\">")
        .append(String.format(Locale.ROOT, "%,d files", stats.files()));
    if (stats.recordsWithoutText() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              ", %,d records without text (not articles)",
              stats.recordsWithoutText()));
    }
    b.append("</p>\n");
    months(b, stats.months());
    coverage(b, stats.articles(), stats.fieldCounts());
    b.append("<div class=\"cols\">\n<div>\n");
    counts(b, "Top sources", "source", stats.topSources());
    b.append("</div>\n<div>\n");
    counts(b, "Top keywords", "keyword", stats.topKeywords());
    b.append("</div>\n</div>\n");
    counts(b, "Unmapped keys (kept as attributes)", "key", stats.topUnmappedKeys());
    b.append("<h2>Formats and encodings</h2>\n<table>\n<tr><th>format, encoding</th>")
        .append("<th>files</th></tr>\n");
    for (Map.Entry<String, Long> e : stats.shapes().entrySet()) {
      b.append("<tr><td>").append(escape(e.getKey())).append("</td><td class=\"n\">");
      b.append(e.getValue()).append("</td></tr>\n");
    }
    b.append("</table>\n");
    warnings(b, stats);
    b.append("<script>document.body.setAttribute('data-rendered', 'yes');</script>\n")
        .append("</body>\n</html>\n");
    out.write(b.toString());
  }

  private static void months(StringBuilder b, SortedMap<YearMonth, Long> months) {
    if (months.isEmpty()) {
      b.append(
          "<h2>Dated articles</h2>\n<p class=\"none\">No article has a date with a year.</p>\n");
      return;
    }
    YearMonth firstMonth = months.firstKey();
    YearMonth lastMonth = months.lastKey();
    long spanMonths =
        (lastMonth.getYear() - (long) firstMonth.getYear()) * 12
            + lastMonth.getMonthValue()
            - firstMonth.getMonthValue()
            + 1;
    // Every month (or span of years) from the first to the last, empty ones too, so that gaps are
    // seen; never more than MAX_MONTH_BARS bars, however far apart the dates are.
    java.util.LinkedHashMap<String, Long> bars = new java.util.LinkedHashMap<>();
    if (spanMonths <= MAX_MONTH_BARS) {
      b.append("<h2>Dated articles per month</h2>\n");
      for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
        bars.put(m.toString(), months.getOrDefault(m, 0L));
      }
    } else {
      long firstYear = firstMonth.getYear();
      long years = lastMonth.getYear() - firstYear + 1;
      long step = (years + MAX_MONTH_BARS - 1) / MAX_MONTH_BARS;
      b.append("<h2>Dated articles per ")
          .append(step == 1 ? "year" : step + " years")
          .append("</h2>\n");
      long[] counts = new long[(int) ((years + step - 1) / step)];
      months.forEach((m, n) -> counts[(int) ((m.getYear() - firstYear) / step)] += n);
      for (int k = 0; k < counts.length; k++) {
        long from = firstYear + k * step;
        bars.put(step == 1 ? Long.toString(from) : from + "-" + (from + step - 1), counts[k]);
      }
    }
    long max = bars.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int width = 1000;
    int height = 180;
    double step = (double) width / bars.size();
    int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 12.0));
    b.append("<svg viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height + 30)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"articles per period\">\n");
    int i = 0;
    for (Map.Entry<String, Long> e : bars.entrySet()) {
      double h = max == 0 ? 0 : (double) e.getValue() / max * height;
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>\n",
              i * step + step * 0.1,
              height - h,
              Math.max(0.5, step * 0.8),
              h,
              e.getKey(),
              e.getValue()));
      if (i % labelEvery == 0) {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\">%s</text>\n",
                i * step,
                height + 16,
                e.getKey()));
      }
      i++;
    }
    b.append("</svg>\n");
  }

  private static void coverage(StringBuilder b, long articles, Map<String, Long> fields) {
    b.append("<h2>Field coverage</h2>\n<table>\n<tr><th>field</th><th>articles</th><th>share</th>")
        .append("<th style=\"width:50%\"></th></tr>\n");
    for (Map.Entry<String, Long> e : fields.entrySet()) {
      double share = articles == 0 ? 0 : 100.0 * e.getValue() / articles;
      b.append("<tr><td>")
          .append(e.getKey())
          .append("</td><td class=\"n\">")
          .append(e.getValue())
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.1f %%", share))
          .append("</td><td><div class=\"bar\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", share))
          .append("%\"></div></td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void counts(
      StringBuilder b, String title, String what, List<Map.Entry<String, Long>> rows) {
    b.append("<h2>").append(title).append("</h2>\n");
    if (rows.isEmpty()) {
      b.append("<p class=\"none\">None.</p>\n");
      return;
    }
    long max = rows.get(0).getValue();
    b.append("<table>\n<tr><th>")
        .append(what)
        .append("</th><th>articles</th><th style=\"width:35%\"></th></tr>\n");
    for (Map.Entry<String, Long> e : rows) {
      b.append("<tr><td dir=\"auto\">")
          .append(escape(e.getKey()))
          .append("</td><td class=\"n\">")
          .append(e.getValue())
          .append("</td><td><div class=\"bar\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", max == 0 ? 0 : 100.0 * e.getValue() / max))
          .append("%\"></div></td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void warnings(StringBuilder b, CorpusStats stats) {
    b.append("<h2>Warnings</h2>\n");
    Map<WarningKind, Long> all = stats.warnings();
    if (all.isEmpty()) {
      b.append("<p class=\"none\">None.</p>\n");
      return;
    }
    List<Map.Entry<WarningKind, Long>> rows = new ArrayList<>(all.entrySet());
    rows.sort(Map.Entry.<WarningKind, Long>comparingByValue().reversed());
    b.append("<table>\n<tr><th>kind</th><th>count</th><th>first seen</th></tr>\n");
    for (Map.Entry<WarningKind, Long> e : rows) {
      b.append("<tr><td>")
          .append(e.getKey().name())
          .append("</td><td class=\"n\">")
          .append(e.getValue())
          .append("</td><td dir=\"auto\">")
          .append(escape(String.valueOf(stats.example(e.getKey()))))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /** Text as HTML: the five characters markup gives meaning to, escaped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
