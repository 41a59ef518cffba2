package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
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
    TEXT_AFTER,
    /** A string where an object was expected. */
    STRING
  }

  record Element(String title, String content, Fault fault) {
    /** The element as written, without the comma and line break that follow it. */
    String json(String lineBreak) {
      return switch (fault) {
        case NONE -> object(", ", content);
        case RAW_LINE_BREAK -> object(", ", content.replaceFirst(" ", lineBreak));
        case MISSING_COMMA -> object(" ", content);
        case TEXT_AFTER -> object(", ", content) + " " + garbage();
        case STRING -> "\"" + content + "\"";
      };
    }

    /** The stray words after a TEXT_AFTER element: its title's number makes them its own. */
    String garbage() {
      return "كلام زائد " + title.substring(title.indexOf('#'));
    }

    private String object(String separator, String text) {
      return "{\"title\": \"" + title + "\"" + separator + "\"content\": \"" + text + "\"}";
    }
  }

  /**
   * Elements of two to six words of title and content, whole {@code whole} times in every {@code
   * whole} plus one for each fault of {@code faults}.
   */
  static Arbitrary<Element> elements(int whole, Fault... faults) {
    Arbitrary<String> words =
        Arbitraries.of("خبر", "عاجل", "الرئيس", "مدينة", "اليوم", "أمس", "وزير", "اتفاق", "2024")
            .list()
            .ofMinSize(2)
            .ofMaxSize(6)
            .map(w -> String.join(" ", w));
    List<net.jqwik.api.Tuple.Tuple2<Integer, Fault>> weighted = new ArrayList<>();
    weighted.add(net.jqwik.api.Tuple.of(whole, Fault.NONE));
    for (Fault f : faults) {
      weighted.add(net.jqwik.api.Tuple.of(1, f));
    }
    Arbitrary<Fault> kinds = Arbitraries.frequency(weighted);
    return Combinators.combine(words, words, kinds).as(Element::new);
  }

  @Provide
  Arbitrary<List<Element>> arrays() {
    return elements(6, Fault.RAW_LINE_BREAK, Fault.MISSING_COMMA, Fault.TEXT_AFTER, Fault.STRING)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        // A first element that is whole, so that the input is told to be JSON; every title and
        // content numbered, so that each is found only where it belongs.
        .map(
            list -> {
              List<Element> out = new ArrayList<>();
              out.add(new Element("البداية #0#", "نص البداية #0#", Fault.NONE));
              for (Element e : list) {
                String n = " #" + (out.size()) + "#";
                out.add(new Element(e.title() + n, e.content() + n, e.fault()));
              }
              return out;
            });
  }

  @Property(tries = 400)
  void everyElementIsAnArticleOrCarriedOnce(
      @ForAll("arrays") List<Element> elements,
      @ForAll boolean cutAtTheEnd,
      @ForAll boolean crlf,
      @ForAll boolean indented,
      @ForAll boolean oneLine)
      throws IOException {
    String nl = crlf ? "\r\n" : "\n";
    String indent = indented ? "  " : "";
    // One element to a line, or the whole array on one line (as json.dump writes it).
    String between = oneLine ? "" : nl;
    StringBuilder json = new StringBuilder("[" + between);
    List<Long> lines = new ArrayList<>();
    long line = oneLine ? 1 : 2;
    for (int k = 0; k < elements.size(); k++) {
      String e = elements.get(k).json(nl);
      lines.add(line);
      line += e.chars().filter(c -> c == '\n').count() + (oneLine ? 0 : 1);
      json.append(oneLine ? "" : indent)
          .append(e)
          .append(k < elements.size() - 1 ? "," + between : nl);
    }
    if (oneLine) {
      line++;
    }
    String cut = null;
    if (cutAtTheEnd) {
      // The input ends inside a last element, as a scraper killed while writing leaves it.
      cut = "{\"title\": \"المقطوع\", \"content\": \"نص لم";
      json.setLength(json.length() - nl.length());
      json.append(",").append(nl).append(indent).append(cut);
    } else {
      json.append("]").append(nl);
    }
    List<Article> out;
    try (DumpReader r =
        DUMPS.open(
            new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "a.json")) {
      out = r.stream().toList();
    }
    Carried carried = Carried.of(out);
    // A fault's text is carried on its own warning, or within the one before it when reading on
    // passed over its line (a line that opens no object); once either way, never twice.
    for (int k = 0; k < elements.size(); k++) {
      check(out, carried, elements.get(k), lines.get(k), nl);
    }
    if (cut != null) {
      carried.assertCarried(1, cut);
    }
    // And each warning's text starts at a fault: none is blank.
    assertTrue(carried.texts().stream().noneMatch(String::isBlank), carried.texts().toString());
  }

  /**
   * The element {@code e}, written from line {@code line} on, is in {@code out} as its fault says:
   * a whole element an article of that line, not carried; a broken one carried once.
   */
  static void check(List<Article> out, Carried carried, Element e, long line, String nl) {
    switch (e.fault()) {
      case NONE -> {
        assertEquals(List.of(e.content()), Carried.titled(out, e.title(), line).body());
        carried.assertCarried(0, e.title());
      }
      case TEXT_AFTER -> {
        assertEquals(List.of(e.content()), Carried.titled(out, e.title(), line).body());
        carried.assertCarried(1, e.garbage());
        carried.assertCarried(0, e.title());
      }
      case STRING -> carried.assertCarried(1, e.content());
      default -> carried.assertCarried(1, e.json(nl));
    }
  }
}
