package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A JSON array with broken elements, one element to a line: every element that is whole is an
 * article on its own line, and every broken element's text is carried whole on exactly one warning,
 * from the line it starts on; nothing is dropped and nothing is told twice.
 */
class BrokenJsonArrayProperties {
  private static final Dumps DUMPS = Dumps.builder().format(InputFormat.JSON).build();

  /** How an element is written. */
  enum Fault {
    NONE,
    /** A raw line break inside the content string, which JSON does not allow. */
    RAW_LINE_BREAK,
    /** No comma between the title and the content. */
    MISSING_COMMA,
    /** Stray words after the element's closing brace. */
    TEXT_AFTER
  }

  record Element(String title, String content, Fault fault) {
    /** The element as written, without the comma and line break that follow it. */
    String json() {
      return switch (fault) {
        case NONE -> object(", ", content);
        case RAW_LINE_BREAK -> object(", ", content.replaceFirst(" ", "\n"));
        case MISSING_COMMA -> object(" ", content);
        case TEXT_AFTER -> object(", ", content) + " كلام زائد";
      };
    }

    private String object(String separator, String text) {
      return "{\"title\": \"" + title + "\"" + separator + "\"content\": \"" + text + "\"}";
    }
  }

  @Provide
  Arbitrary<List<Element>> arrays() {
    Arbitrary<String> words =
        Arbitraries.of("خبر", "عاجل", "الرئيس", "مدينة", "اليوم", "أمس", "وزير", "اتفاق", "2024")
            .list()
            .ofMinSize(2)
            .ofMaxSize(6)
            .map(w -> String.join(" ", w));
    Arbitrary<Fault> faults =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just(Fault.NONE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Fault.RAW_LINE_BREAK)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Fault.MISSING_COMMA)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Fault.TEXT_AFTER)));
    return Combinators.combine(words, words, faults)
        .as(Element::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        // A first element that is whole, so that the input is told to be JSON.
        .map(
            list -> {
              List<Element> out = new ArrayList<>(list);
              out.add(0, new Element("البداية " + out.size(), "نص البداية", Fault.NONE));
              return out;
            });
  }

  @Property(tries = 300)
  void everyElementIsAnArticleOrCarriedOnce(
      @ForAll("arrays") List<Element> elements, @ForAll boolean cutAtTheEnd) throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    List<Long> lines = new ArrayList<>();
    long line = 2;
    for (int k = 0; k < elements.size(); k++) {
      String e = elements.get(k).json();
      lines.add(line);
      line += e.chars().filter(c -> c == '\n').count() + 1;
      json.append(e).append(k < elements.size() - 1 ? ",\n" : "\n");
    }
    String cut = null;
    if (cutAtTheEnd) {
      // The input ends inside a last element, as a scraper killed while writing leaves it.
      cut = "{\"title\": \"المقطوع\", \"content\": \"نص لم";
      json.setLength(json.length() - 1);
      json.append(",\n").append(cut);
    } else {
      json.append("]\n");
    }
    List<Article> out;
    try (DumpReader r =
        DUMPS.open(
            new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "a.json")) {
      out = r.stream().toList();
    }
    List<String> carried = new ArrayList<>();
    for (Article a : out) {
      for (ParseWarning w : a.warnings()) {
        if (w.kind() == WarningKind.UNREADABLE) {
          carried.add(w.line() + ":" + w.text().orElse(""));
        }
      }
    }
    for (int k = 0; k < elements.size(); k++) {
      Element e = elements.get(k);
      long at = lines.get(k);
      if (e.fault() == Fault.NONE || e.fault() == Fault.TEXT_AFTER) {
        Article a = titled(out, e.title(), at);
        assertEquals(at, a.origin().line(), e.title());
        assertEquals(List.of(e.content()), a.body(), e.title());
      }
      if (e.fault() == Fault.TEXT_AFTER) {
        assertEquals(1, count(carried, at + ":كلام زائد,\n", at + ":كلام زائد\n"), e.json());
      } else if (e.fault() != Fault.NONE) {
        assertEquals(1, count(carried, at + ":" + e.json()), e.json() + " in " + carried);
      }
    }
    if (cut != null) {
      // On the line after the last element's.
      assertEquals(1, count(carried, line + ":" + cut), cut + " in " + carried);
    }
    // Nothing else was carried: one warning per broken element, and one for a cut end.
    long broken = elements.stream().filter(e -> e.fault() != Fault.NONE).count();
    assertEquals(broken + (cut == null ? 0 : 1), carried.size(), carried.toString());
  }

  private static Article titled(List<Article> out, String title, long line) {
    List<Article> found =
        out.stream().filter(a -> a.title().equals(title) && a.origin().line() == line).toList();
    assertEquals(1, found.size(), title + " on line " + line);
    return found.get(0);
  }

  /** How many carried texts start with one of {@code prefixes}. */
  private static long count(List<String> carried, String... prefixes) {
    long n = 0;
    for (String c : carried) {
      for (String p : prefixes) {
        if (c.startsWith(p)) {
          n++;
          break;
        }
      }
    }
    assertTrue(n <= 1, "told twice: " + carried);
    return n;
  }
}
