package dev.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.akhbar.article.Article;
import dev.akhbar.article.Origin;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.internal.Labels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every non-blank line of the input ends up in exactly one place of the output: a field of one
 * article, or a warning that carries its text. Label lines may give only their value; a label with
 * nothing after it is structure and carries no text.
 */
class NothingLostProperties {
  private static final String[] WORDS = {
    "روسيا",
    "الولايات",
    "المتحدة",
    "بوتين",
    "واشنطن",
    "موسكو",
    "الرئيس",
    "الروسي",
    "قال",
    "إن",
    "في",
    "على",
    "الحوار",
    "الاستقرار",
    "الاستراتيجي",
    "مصر",
    "القاهرة",
    "الحكومة",
    "وزير",
    "الخارجية",
    "اليوم",
    "الخميس",
    "أوكرانيا",
    "الطاقة",
    "المفاوضات",
    "الأمن",
    "القومي",
    "ترامب",
    "كييف",
    "الاقتصاد",
    "النفط",
    "الأسواق",
    "الرياض",
    "غزة",
    "بيروت",
    "التعاون",
    "الاستراتیجی",
    "ﺑﻮﺗﻴﻦ",
    "٢٠٢٤"
  };
  private static final String[] DATE_LABELS = {"تاريخ النشر: ", "تاريخ النشر : ", "تاريخ النشر:"};
  private static final String[] RELATED_LABELS = {
    "إقرأ أيضاً:", "اقرأ أيضا", "إقرأ ايضاً :", "اقرأ أيضا: "
  };
  private static final String[] CREDITS = {"الأناضول", "رويترز", "واس", "أ ف ب", "وكالات"};
  private static final String[] SITES = {"", "", "", "العربية.نت : ", "سكاي نيوز عربية: "};
  private static final String[] PLACES = {"موسكو – ", "القاهرة - ", "الرياض (واس) - ", ""};

  private final NewsDumpParser parser = NewsDumpParser.builder().build();

  @Provide
  Arbitrary<List<String>> dumps() {
    return page()
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .flatMap(
            pages -> {
              List<String> lines = new ArrayList<>();
              pages.forEach(lines::addAll);
              return noise()
                  .list()
                  .ofMaxSize(4)
                  .flatMap(
                      noise ->
                          Arbitraries.integers()
                              .between(0, lines.size())
                              .list()
                              .ofSize(noise.size())
                              .map(
                                  at -> {
                                    List<String> out = new ArrayList<>(lines);
                                    for (int i = 0; i < noise.size(); i++) {
                                      out.add(Math.min(at.get(i), out.size()), noise.get(i));
                                    }
                                    return out;
                                  }));
            });
  }

  private Arbitrary<String> words(int min, int max) {
    return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(" ", w));
  }

  /** Lines of noise: anything but a line break, which would make two lines of one. */
  private Arbitrary<String> noise() {
    return rawNoise().map(s -> s.replace('\n', ' ').replace('\r', ' '));
  }

  private Arbitrary<String> rawNoise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("ط¨ظˆطھ \u200F\u00A0ـ:-–()".toCharArray()).ofMaxLength(20),
        Arbitraries.of(
            "",
            " ",
            "\t",
            "\0",
            "\u200F",
            "\uFFFD",
            "المصدر:",
            "كلمات دلالية:",
            "إقرأ أيضاً:",
            "تاريخ النشر: غدا",
            "الأناضول"),
        words(1, 12));
  }

  private Arbitrary<List<String>> page() {
    Arbitrary<String> title =
        Combinators.combine(Arbitraries.of(SITES), words(2, 8)).as((site, t) -> site + t);
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.of(DATE_LABELS),
                Arbitraries.integers().between(1, 28),
                Arbitraries.of("January", "February", "March", "October"),
                Arbitraries.integers().between(1990, 2030))
            .as((label, d, m, y) -> label + d + "th, " + m + " " + y + " GMT");
    Arbitrary<List<String>> body =
        Combinators.combine(Arbitraries.of(PLACES), words(3, 20).list().ofMinSize(1).ofMaxSize(4))
            .as(
                (place, paras) -> {
                  List<String> out = new ArrayList<>();
                  for (int i = 0; i < paras.size(); i++) {
                    out.add((i == 0 ? place : "") + paras.get(i) + ".");
                  }
                  if (paras.size() > 1 && place.isEmpty()) {
                    // A credit closing the last paragraph.
                    out.set(out.size() - 1, out.get(out.size() - 1) + " (أ ف ب)");
                  }
                  return out;
                });
    Arbitrary<List<String>> related =
        Combinators.combine(
                Arbitraries.of(RELATED_LABELS),
                Combinators.combine(words(2, 6), body, Arbitraries.of(CREDITS).optional())
                    .as(
                        (t, b, c) -> {
                          List<String> out = new ArrayList<>();
                          out.add(t);
                          out.addAll(b);
                          c.ifPresent(out::add);
                          return out;
                        })
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(3))
            .as(
                (label, items) -> {
                  List<String> out = new ArrayList<>();
                  out.add(label);
                  items.forEach(out::addAll);
                  return out;
                });
    Arbitrary<List<String>> headlines =
        Combinators.combine(
                Arbitraries.of(RELATED_LABELS),
                Combinators.combine(Arbitraries.of("", "- ", "• ", "1. ", "٢) "), words(2, 6))
                    .as((bullet, t) -> bullet + t)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(4))
            .as(
                (label, items) -> {
                  List<String> out = new ArrayList<>();
                  out.add(label);
                  out.addAll(items);
                  return out;
                });
    related = Arbitraries.oneOf(related, headlines);
    return Combinators.combine(
            title,
            date.optional(),
            body,
            words(1, 3).map(s -> "المصدر: " + s).optional(),
            Arbitraries.oneOf(
                    words(1, 8),
                    words(1, 4).list().ofMinSize(2).ofMaxSize(4).map(t -> String.join(" - ", t)))
                .map(s -> "كلمات دلالية: " + s)
                .optional(),
            related.optional(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (t, d, b, src, kw, rel, shuffleFooter, blanks) -> {
              List<String> out = new ArrayList<>();
              out.add(t);
              d.ifPresent(out::add);
              out.addAll(b);
              List<String> footer = new ArrayList<>();
              src.ifPresent(footer::add);
              kw.ifPresent(footer::add);
              if (shuffleFooter) {
                Collections.reverse(footer);
              }
              out.addAll(footer);
              rel.ifPresent(out::addAll);
              if (blanks) {
                List<String> spaced = new ArrayList<>();
                for (String line : out) {
                  spaced.add(line);
                  spaced.add("");
                }
                return spaced;
              }
              return out;
            });
  }

  /**
   * Dumps without date lines, as plain-text corpora come: titled articles set apart by blank runs
   * of any width, intertitle-like short lines, and whole articles of one long line each.
   */
  @Provide
  Arbitrary<List<String>> plainDumps() {
    Arbitrary<List<String>> titled =
        Combinators.combine(
                words(2, 8),
                words(3, 20).map(p -> p + ".").list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false),
                words(2, 5).optional())
            .as(
                (title, paras, gapBefore, gapInside, withTitle, intertitle) -> {
                  List<String> out = new ArrayList<>(Collections.nCopies(gapBefore, ""));
                  if (withTitle) {
                    out.add(title);
                    out.addAll(Collections.nCopies(gapInside, ""));
                  }
                  for (int i = 0; i < paras.size(); i++) {
                    if (i == 1 && intertitle.isPresent()) {
                      out.add(intertitle.get());
                      out.addAll(Collections.nCopies(gapInside, ""));
                    }
                    out.add(paras.get(i));
                    out.addAll(Collections.nCopies(gapInside, ""));
                  }
                  return out;
                });
    Arbitrary<List<String>> longLine = words(110, 140).map(w -> List.of(w + "."));
    return Arbitraries.oneOf(titled, longLine)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            parts -> {
              List<String> lines = new ArrayList<>();
              parts.forEach(lines::addAll);
              return lines;
            });
  }

  @Property(tries = 400)
  void plainDumpsLoseNothing(
      @ForAll("plainDumps") List<String> lines, @ForAll("lineEnds") String eol) {
    check(lines, String.join(eol, lines));
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Property(tries = 600)
  void everyLineEndsUpInExactlyOnePlace(
      @ForAll("dumps") List<String> lines, @ForAll("lineEnds") String eol) {
    check(lines, String.join(eol, lines));
  }

  @Provide
  Arbitrary<List<String>> noiseLines() {
    return noise().list().ofMaxSize(30);
  }

  /** The parser never throws, on any text, and places every line of it too. */
  @Property(tries = 1000)
  void anyTextIsParsedAndPlaced(
      @ForAll("noiseLines") List<String> lines, @ForAll("lineEnds") String eol) {
    check(lines, String.join(eol, lines));
  }

  @Property(tries = 1000)
  void arbitraryStringsNeverMakeTheParserThrow(@ForAll String text) {
    List<Article> articles = parser.parse(text);
    assertTrue(articles.size() <= text.length() + 1);
  }

  @Example
  void theSeedLosesNothing() throws IOException {
    String seed = SeedTest.seed();
    check(List.of(seed.split("\n", -1)), seed);
  }

  private void check(List<String> lines, String text) {
    List<Article> articles = parser.parse(text);
    Map<String, Integer> placed = new HashMap<>();
    // A credit named in a dateline's brackets ("الرياض (واس) -") is derived, not a line of its own.
    Map<String, Integer> derived = new HashMap<>();
    long previousLast = 0;
    for (Article a : articles) {
      assertTrue(a.origin().line() > previousLast, "articles overlap or go backwards");
      previousLast = a.origin().lastLine();
      collect(a, placed, derived, a.origin());
    }
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      String cleaned =
          ArabicNormalizer.display().normalize(MojibakeRepair.repair(line).orElse(line)).strip();
      if (cleaned.isEmpty()) {
        continue;
      }
      assertTrue(
          articles.stream()
              .anyMatch(a -> a.origin().line() <= number && number <= a.origin().lastLine()),
          () -> "line " + number + " is in no article's range");
      if (take(placed, cleaned) || take(derived, cleaned)) {
        continue;
      }
      Labels.Match m = Labels.match(cleaned);
      String value = m == null ? null : cleaned.substring(m.valueStart()).strip();
      if (m != null
          && (value.isEmpty()
              || take(placed, value)
              || take(derived, value)
              || take(placed, withoutSeparators(value)))) {
        continue;
      }
      String unbulleted = cleaned.replaceFirst("^(?:[-•*–▪]|[0-9٠-٩۰-۹]{1,3}[.)-])\\s+", "");
      if (!unbulleted.equals(cleaned) && take(placed, unbulleted)) {
        // A list item's bullet or number is structure.
        continue;
      }
      if (takeParts(placed, cleaned)) {
        // A byline or an outlet's title prefix: its parts (place, people, outlet, title) each in
        // a field of their own.
        continue;
      }
      int open = cleaned.lastIndexOf(" (");
      if (open > 0
          && cleaned.endsWith(")")
          && placed.getOrDefault(cleaned.substring(open + 2, cleaned.length() - 1), 0) > 0
          && take(placed, cleaned.substring(0, open).strip())) {
        // A credit closing the paragraph: the paragraph and the credit, each in its place.
        take(placed, cleaned.substring(open + 2, cleaned.length() - 1));
        continue;
      }
      fail("line " + number + " was lost: '" + cleaned + "'\n" + articles);
    }
    placed.values().removeIf(n -> n == 0);
    assertEquals(Map.of(), placed, "text in the output that stands on no input line");
  }

  /** Takes every part of a line cut at dashes and colons, when each part is placed. */
  private static boolean takeParts(Map<String, Integer> placed, String line) {
    String[] parts = line.split("\\s*(?:\\s[-–ـ]+\\s*|[-–]\\s|:\\s)\\s*");
    if (parts.length < 2) {
      return false;
    }
    Map<String, Integer> need = new HashMap<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        need.merge(part.strip(), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : need.entrySet()) {
      if (placed.getOrDefault(e.getKey(), 0) < e.getValue()) {
        return false;
      }
    }
    need.forEach((part, n) -> placed.merge(part, -n, Integer::sum));
    return true;
  }

  /** A keywords value as its tags join: the separators between them are structure. */
  private static String withoutSeparators(String value) {
    return value.replaceAll("\\s*(?:[،,|؛;#•]|\\s[-–/]\\s)\\s*", " ").strip();
  }

  private static boolean take(Map<String, Integer> placed, String text) {
    Integer n = placed.get(text);
    if (n == null || n == 0) {
      return false;
    }
    placed.put(text, n - 1);
    return true;
  }

  private static void collect(
      Article a, Map<String, Integer> placed, Map<String, Integer> derived, Origin parent) {
    assertTrue(
        parent.line() <= a.origin().line() && a.origin().lastLine() <= parent.lastLine(),
        "a related article lies outside its page");
    add(placed, a.title());
    // A date read from a wire dateline ("لندن 27-7-2012 وفا-") stands inside the lead, not alone.
    a.publishedRaw()
        .ifPresent(
            s -> add(!a.body().isEmpty() && a.body().get(0).contains(s) ? derived : placed, s));
    a.source().ifPresent(s -> add(placed, s));
    if (!a.keywords().isEmpty()) {
      add(placed, String.join(" ", a.keywords()));
    }
    a.body().forEach(s -> add(placed, s));
    a.attributes().values().forEach(s -> add(placed, s));
    a.author().ifPresent(s -> add(placed, s));
    // A dateline read from the lead stays in it; one read from a byline line is that line's.
    a.dateline()
        .ifPresent(d -> add(a.body().stream().anyMatch(b -> b.contains(d)) ? derived : placed, d));
    a.credit()
        .ifPresent(
            c -> {
              boolean inDateline =
                  a.dateline().isPresent() && a.body().get(0).contains("(" + c + ")");
              add(inDateline ? derived : placed, c);
            });
    for (ParseWarning w : a.warnings()) {
      w.text().ifPresent(t -> add(placed, t));
    }
    for (Article r : a.related()) {
      collect(r, placed, derived, a.origin());
    }
  }

  private static void add(Map<String, Integer> placed, String text) {
    if (!text.isEmpty()) {
      placed.merge(text, 1, Integer::sum);
    }
  }
}
