package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.BrokenJsonArrayProperties.Element;
import dev.akhbar.formats.BrokenJsonArrayProperties.Fault;
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
 * JSON Lines whose every line is an envelope written on one line ({@code {"status": "ok",
 * "articles": [...]}}, as {@code json.dump} writes an API's answer), or an array of articles, with
 * broken elements: every element that is whole is an article of its line, and every broken
 * element's text is carried whole on exactly one warning; the elements after a broken one are read.
 */
class BrokenJsonLinesProperties {
  private static final Dumps DUMPS = Dumps.builder().format(InputFormat.JSON).build();

  @Provide
  Arbitrary<List<List<Element>>> files() {
    Arbitrary<String> words =
        Arbitraries.of("خبر", "عاجل", "الرئيس", "مدينة", "اليوم", "أمس", "وزير", "اتفاق", "2024")
            .list()
            .ofMinSize(2)
            .ofMaxSize(6)
            .map(w -> String.join(" ", w));
    Arbitrary<Fault> faults =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, Arbitraries.just(Fault.NONE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Fault.MISSING_COMMA)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Fault.TEXT_AFTER)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Fault.STRING)));
    return Combinators.combine(words, words, faults)
        .as(Element::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        // Every title and content numbered, so that each is found only where it belongs.
        .map(
            lines -> {
              List<List<Element>> out = new ArrayList<>();
              int n = 0;
              for (List<Element> line : lines) {
                List<Element> numbered = new ArrayList<>();
                for (Element e : line) {
                  String k = " #" + (n++) + "#";
                  numbered.add(new Element(e.title() + k, e.content() + k, e.fault()));
                }
                out.add(numbered);
              }
              return out;
            });
  }

  @Property(tries = 400)
  void everyElementIsAnArticleOrCarriedOnce(
      @ForAll("files") List<List<Element>> lines,
      @ForAll boolean crlf,
      @ForAll boolean arrays,
      @ForAll boolean cutAtTheEnd)
      throws IOException {
    String nl = crlf ? "\r\n" : "\n";
    StringBuilder json = new StringBuilder();
    for (List<Element> line : lines) {
      json.append(arrays ? "[" : "{\"status\": \"ok\", \"articles\": [");
      for (int k = 0; k < line.size(); k++) {
        json.append(k == 0 ? "" : ", ").append(line.get(k).json(nl));
      }
      json.append(arrays ? "]" : "], \"totalResults\": " + line.size() + "}").append(nl);
    }
    String cut = null;
    if (cutAtTheEnd) {
      // The input ends inside an element of a last line, as a scraper killed while writing leaves
      // it.
      cut = "{\"title\": \"المقطوع\", \"content\": \"نص لم";
      json.append(arrays ? "[" : "{\"status\": \"ok\", \"articles\": [").append(cut);
    }
    List<Article> out;
    try (DumpReader r =
        DUMPS.open(
            new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
            "a.jsonl")) {
      out = r.stream().toList();
    }
    List<String> carried = new ArrayList<>();
    for (Article a : out) {
      for (ParseWarning w : a.warnings()) {
        if (w.kind() == WarningKind.UNREADABLE) {
          carried.add(w.text().orElse(""));
        }
      }
    }
    String all = String.join("\u0000", carried);
    for (int l = 0; l < lines.size(); l++) {
      long number = l + 1;
      for (Element e : lines.get(l)) {
        switch (e.fault()) {
          case NONE -> {
            assertEquals(List.of(e.content()), titled(out, e.title(), number).body());
            assertEquals(0, occurrences(all, e.title()), e.title() + " in " + carried);
          }
          case TEXT_AFTER -> {
            assertEquals(List.of(e.content()), titled(out, e.title(), number).body());
            assertEquals(1, occurrences(all, e.garbage()), e.garbage() + " in " + carried);
            assertEquals(0, occurrences(all, e.title()), e.title() + " in " + carried);
          }
          case STRING ->
              assertEquals(1, occurrences(all, e.content()), e.content() + " in " + carried);
          default -> assertEquals(1, occurrences(all, e.json(nl)), e.json(nl) + " in " + carried);
        }
      }
    }
    if (cut != null) {
      assertEquals(1, occurrences(all, cut), cut + " in " + carried);
    }
    assertTrue(carried.stream().noneMatch(String::isBlank), carried.toString());
  }

  private static int occurrences(String all, String part) {
    int n = 0;
    for (int i = all.indexOf(part); i >= 0; i = all.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static Article titled(List<Article> out, String title, long line) {
    List<Article> found =
        out.stream().filter(a -> a.title().equals(title) && a.origin().line() == line).toList();
    assertEquals(1, found.size(), title + " on line " + line + " in " + out);
    return found.get(0);
  }
}
