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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Faults in the list of a JSON line (an envelope written on one line, {@code json.dump}'s way, or
 * an array of articles): the broken element is carried whole and the elements after it are read.
 */
class JsonLineFaultsTest {
  private static final Dumps DUMPS = Dumps.builder().format(InputFormat.JSON).build();

  private static List<Article> read(String json) throws IOException {
    try (DumpReader r =
        DUMPS.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.jsonl")) {
      return r.stream().toList();
    }
  }

  private static String element(int n) {
    return "{\"title\": \"العنوان " + n + "\", \"content\": \"النص " + n + "\"}";
  }

  private static String envelope(List<String> elements) {
    return "{\"status\": \"ok\", \"articles\": [" + String.join(", ", elements) + "]}";
  }

  private static List<String> titles(List<Article> out) {
    return out.stream().map(Article::title).toList();
  }

  private static List<Optional<String>> carried(List<Article> out) {
    return out.stream()
        .flatMap(a -> a.warnings().stream())
        .filter(w -> w.kind() == WarningKind.UNREADABLE)
        .map(ParseWarning::text)
        .toList();
  }

  @Test
  void aBrokenElementIsCarriedWholeAndTheNextOnesRead() throws IOException {
    String broken = "{\"title\": \"العنوان 2\", \"x\": tru, \"content\": \"النص 2\"}";
    List<Article> out =
        read(envelope(List.of(element(1), broken, element(3))) + "\n" + element(4) + "\n");
    assertEquals(List.of("العنوان 1", "", "العنوان 3", "العنوان 4"), titles(out));
    assertEquals(List.of(Optional.of(broken)), carried(out));
    assertEquals(List.of(1L, 1L, 1L, 2L), out.stream().map(a -> a.origin().line()).toList());
  }

  @Test
  void aBrokenFirstElementIsCarriedAlone() throws IOException {
    String broken = "{\"title\": \"العنوان 1\" \"content\": \"النص 1\"}";
    List<Article> out = read(envelope(List.of(broken, element(2), element(3))) + "\n");
    assertEquals(List.of("", "العنوان 2", "العنوان 3"), titles(out));
    assertEquals(List.of(Optional.of(broken)), carried(out));
  }

  @Test
  void aBrokenLastElementIsCarriedWithTheRestOfItsLine() throws IOException {
    String broken = "{\"title\": \"العنوان 2\", \"x\": nul}";
    List<Article> out = read(envelope(List.of(element(1), broken)) + "\n");
    assertEquals(List.of("العنوان 1", ""), titles(out));
    assertEquals(List.of(Optional.of(broken + "]}")), carried(out));
  }

  @Test
  void elementsWithoutACommaBetweenAreAllRead() throws IOException {
    List<Article> out =
        read("{\"articles\": [" + element(1) + " " + element(2) + ", " + element(3) + "]}\n");
    assertEquals(List.of("العنوان 1", "", "العنوان 2", "العنوان 3"), titles(out));
    // Nothing was passed over: the warning says where, and carries no text.
    assertEquals(List.of(Optional.empty()), carried(out));
    assertTrue(out.get(1).warnings().get(0).message().contains("comma"));
  }

  @Test
  void aFaultInTheEnvelopesOwnFieldsCarriesTheWholeLine() throws IOException {
    String line = "{\"status\": \"ok\", \"meta\": [1 2], \"articles\": [" + element(1) + "]}";
    List<Article> out = read(line + "\n" + element(2) + "\n");
    assertEquals(List.of("", "العنوان 2"), titles(out));
    assertEquals(List.of(Optional.of(line)), carried(out));
  }

  @Test
  void aFaultInAListInsideARecordCarriesTheWholeLine() throws IOException {
    // The record's own list of images is no list of articles: nothing is read on inside it.
    String line =
        "{\"title\": \"العنوان\", \"body\": \"النص\", \"images\": [{\"url\": \"a.jpg\"}"
            + " {\"url\": \"b.jpg\"}], \"author\": \"الكاتب\"}";
    List<Article> out = read(line + "\n" + element(2) + "\n");
    assertEquals(List.of("", "العنوان 2"), titles(out));
    assertEquals(List.of(Optional.of(line)), carried(out));
  }

  @Test
  void whatTheEnvelopeHoldsAfterItsListIsCarried() throws IOException {
    String broken = "{\"title\": \"العنوان 1\" \"content\": \"النص 1\"}";
    String after = ", \"posts\": [" + element(3) + "]}";
    List<Article> out = read("{\"articles\": [" + broken + ", " + element(2) + "]" + after + "\n");
    assertEquals(List.of("", "العنوان 2", ""), titles(out));
    assertEquals(List.of(Optional.of(broken), Optional.of(after.strip())), carried(out));
  }

  @Test
  void aStringElementBrokenByARawTabIsCarriedFromItsQuote() throws IOException {
    String broken = "\"نص\tمكسور {}] آخر\"";
    List<Article> out =
        read("{\"articles\": [" + element(1) + ", " + broken + ", " + element(2) + "]}\n");
    assertEquals(List.of("العنوان 1", "", "العنوان 2"), titles(out));
    assertEquals(List.of(Optional.of(broken)), carried(out));
  }

  @Test
  void bracketsInTheTextOfABrokenElementLoseNothing() throws IOException {
    // An odd quote in the broken element: the scan for the next element may stop inside a
    // string, at the "{" of "g}, {}] h", and read "{}]" as an empty record and the list's end;
    // every word of the line is still an article's or carried: "i" and "j" after that "]" too.
    String line =
        "{\"articles\": [{\"title\": \"c\"d\", \"content\": \"e\"}, {\"title\": \"f\","
            + " \"content\": \"g}, {}] h\"}, {\"title\": \"i\", \"content\": \"j\"}]}";
    List<Article> out = read(line + "\n");
    String all =
        out.stream()
                .map(a -> a.title() + " " + String.join(" ", a.body()))
                .collect(java.util.stream.Collectors.joining(" "))
            + " "
            + carried(out).stream()
                .map(t -> t.orElse(""))
                .collect(java.util.stream.Collectors.joining(" "));
    for (String text : List.of("\"c\"d\"", "\"e\"", "\"f\"", "\"g}", " h\"", "\"i\"", "\"j\"")) {
      assertTrue(all.contains(text), text + " in " + all);
    }
  }

  @Test
  void aLineOfManyFaultsIsReadWhole() throws IOException {
    List<String> elements = new ArrayList<>();
    for (int n = 0; n < 4000; n++) {
      elements.add(
          n % 2 == 0
              ? element(n)
              : "{\"title\": \"العنوان " + n + "\", \"x\": tru, \"content\": \"النص " + n + "\"}");
    }
    List<Article> out = read(envelope(elements) + "\n");
    assertEquals(4000, out.size());
    List<Optional<String>> carried = carried(out);
    assertEquals(2000, carried.size());
    for (int n = 0; n < 4000; n++) {
      if (n % 2 == 0) {
        assertEquals("العنوان " + n, out.get(n).title());
      } else {
        // The last element, broken, is carried with the rest of its line.
        String rest = n == 3999 ? "]}" : "";
        assertEquals(Optional.of(elements.get(n) + rest), carried.get(n / 2));
      }
    }
  }

  @Test
  void linesOfArraysReadOnAtTheNextLine() throws IOException {
    String broken = "{\"title\": \"العنوان 2\" \"content\": \"النص 2\"}";
    String json = "[" + broken + "]\n[" + element(3) + ", " + element(4) + "]\n";
    // Read as a stream of arrays: the next line's array is read on, not carried.
    List<Article> out = read(json);
    assertEquals(List.of("", "العنوان 3", "العنوان 4"), titles(out));
    assertEquals(1, carried(out).size());
    // The broken element from its "{" up to where reading goes on, the next line's "[": its
    // array's "]" and the line end with it.
    assertEquals(broken + "]\n", carried(out).get(0).orElseThrow());
    assertEquals(2, out.get(1).origin().line());
  }
}
