package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.article.Article;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON that does not fit the article fields is kept somewhere, never dropped. */
class JsonNothingLostTest {
  private final Dumps dumps = Dumps.builder().build();

  private List<Article> read(String json) throws IOException {
    try (DumpReader r =
        dumps.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "j.jsonl")) {
      return r.stream().toList();
    }
  }

  @Test
  void aMalformedLineOfJsonLinesCarriesItsText() throws IOException {
    String broken = "{\"title\": \"عنوان مكسور\", \"content\": \"نص";
    List<Article> out =
        read(
            "{\"title\": \"الأول\", \"content\": \"نص الأول\"}\n"
                + broken
                + "\n{\"title\": \"الثالث\", \"content\": \"نص الثالث\"}\n");
    assertEquals(3, out.size());
    ParseWarning w = out.get(1).warnings().get(0);
    assertEquals(WarningKind.UNREADABLE, w.kind());
    assertEquals(2, w.line());
    assertEquals(Optional.of(broken), w.text());
    assertEquals("الثالث", out.get(2).title());
  }

  @Test
  void nestedValuesThatFillNoFieldAreKeptAsJsonText() throws IOException {
    Article a =
        read("{\"title\": \"عنوان\", \"content\": \"نص الخبر\", \"meta\": {\"tags\": [\"أ\","
                + " 2]}, \"classes\": [{\"name\": \"سياسة\"}]}\n")
            .get(0);
    assertEquals("{\"tags\":[\"أ\",2]}", a.attributes().get("meta"));
    assertEquals("[{\"name\":\"سياسة\"}]", a.attributes().get("classes"));
    assertTrue(
        a.warnings().stream().noneMatch(w -> w.kind() == WarningKind.UNPLACED_TEXT),
        a.warnings().toString());
  }

  @Test
  void aTitleOrDateGivenAsAListIsRead() throws IOException {
    Article a =
        read("{\"title\": [\"روسيا\", \"مستعدة للحوار\"], \"date\": [\"2024-02-29\","
                + " \"2024-03-01\"], \"content\": \"نص الخبر\"}\n")
            .get(0);
    assertEquals("روسيا مستعدة للحوار", a.title());
    assertEquals(Optional.of("2024-02-29"), a.publishedRaw());
    // The second date is not lost: the list stays an attribute.
    assertEquals("2024-02-29\n2024-03-01", a.attributes().get("date"));
  }

  @Test
  void anObjectWhereAFieldWasExpectedIsReadByPath() throws IOException {
    Article a =
        read("{\"title\": \"عنوان\", \"author\": {\"name\": \"سامي\", \"id\": 7},"
                + " \"publisher\": {\"logo\": {\"url\": \"x.png\"}}, \"content\": \"نص\"}\n")
            .get(0);
    // author.name is the author; what no mapped path reaches stays, under its path.
    assertEquals(Optional.of("سامي"), a.author());
    assertEquals("7", a.attributes().get("author.id"));
    assertEquals("{\"url\":\"x.png\"}", a.attributes().get("publisher.logo"));
  }

  @Test
  void aMalformedElementOfAnArrayLosesOnlyItselfAndItsTextIsKept() throws IOException {
    List<Article> out =
        read(
            "[\n {\"title\": \"الأول\", \"content\": \"نص الأول\"},\n"
                + " {\"title\": \"الثاني\", \"content\": \"نص مكسور\" \"x\": 1},\n"
                + " {\"title\": \"الثالث\", \"content\": \"نص الثالث\"}\n]\n");
    assertEquals(3, out.size());
    assertEquals("الأول", out.get(0).title());
    ParseWarning w = out.get(1).warnings().get(0);
    assertEquals(WarningKind.UNREADABLE, w.kind());
    assertEquals(3, w.line());
    // The broken element's whole text, from its start up to the next object's line.
    assertEquals(
        Optional.of("{\"title\": \"الثاني\", \"content\": \"نص مكسور\" \"x\": 1},\n "), w.text());
    assertEquals("الثالث", out.get(2).title());
    assertEquals(4, out.get(2).origin().line());
  }

  @Test
  void aKeyRepeatedManyTimesKeepsEveryValue() throws IOException {
    StringBuilder json = new StringBuilder("{\"title\": \"عنوان\"");
    for (int k = 0; k < 20_000; k++) {
      json.append(", \"tag\": \"v").append(k).append('"');
    }
    json.append("}\n");
    String tags = read(json.toString()).get(0).attributes().get("tag");
    assertEquals(20_000, tags.split("\n").length);
    assertTrue(tags.startsWith("v0\nv1\n") && tags.endsWith("\nv19999"), tags.substring(0, 20));
  }
}
