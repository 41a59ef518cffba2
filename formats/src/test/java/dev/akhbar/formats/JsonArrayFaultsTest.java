package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.Article;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.WarningKind;
import dev.akhbar.formats.options.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Broken JSON arrays and object streams: what is carried, and the lines of what follows. */
class JsonArrayFaultsTest {
  private static List<Article> read(Dumps dumps, String json) throws IOException {
    try (DumpReader r =
        dumps.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json")) {
      return r.stream().toList();
    }
  }

  private static List<Article> read(String json) throws IOException {
    return read(Dumps.builder().format(InputFormat.JSON).build(), json);
  }

  private static String element(String title, String content) {
    return "{\"title\": \"" + title + "\", \"content\": \"" + content + "\"}";
  }

  private static List<String> carried(List<Article> out) {
    return out.stream()
        .flatMap(a -> a.warnings().stream())
        .filter(w -> w.kind() == WarningKind.UNREADABLE)
        .map(w -> w.text().orElse(""))
        .toList();
  }

  @Test
  void aRawLineBreakInAStringKeepsTheElementAndTheLinesAfterIt() throws IOException {
    // Jackson fails on the line break inside the string, and counts no line for it.
    String broken = element("الثاني", "نص\nمكسور");
    List<Article> out =
        read(
            "[\n"
                + element("الأول", "نص الأول")
                + ",\n"
                + broken
                + ",\n"
                + element("الثالث", "نص الثالث")
                + "\n]\n");
    assertEquals(3, out.size());
    ParseWarning w = out.get(1).warnings().get(0);
    assertEquals(WarningKind.UNREADABLE, w.kind());
    assertEquals(3, w.line());
    assertEquals(3, out.get(1).origin().line());
    assertEquals(4, out.get(1).origin().lastLine());
    assertEquals(Optional.of(broken + ",\n"), w.text());
    assertEquals("الثالث", out.get(2).title());
    assertEquals(5, out.get(2).origin().line());
  }

  @Test
  void anArrayCutInsideAnElementKeepsWhatWasRead() throws IOException {
    String cut = "{\"title\": \"الثاني\", \"content\": \"نص مقطو";
    List<Article> out = read("[\n" + element("الأول", "نص الأول") + ",\n" + cut);
    assertEquals(2, out.size());
    ParseWarning w = out.get(1).warnings().get(0);
    assertEquals(WarningKind.UNREADABLE, w.kind());
    assertEquals(3, w.line());
    assertEquals(Optional.of(cut), w.text());
  }

  @Test
  void textBetweenElementsIsCarriedWithoutTheElementBefore() throws IOException {
    List<Article> out =
        read(
            "[\n"
                + element("الأول", "نص الأول")
                + ",\n"
                + element("الثاني", "نص الثاني")
                + " خطأ,\n"
                + element("الثالث", "نص الثالث")
                + "\n]\n");
    assertEquals(4, out.size());
    assertEquals("الثاني", out.get(1).title());
    assertEquals(List.of("خطأ,\n"), carried(out));
    assertEquals(3, out.get(2).warnings().get(0).line());
    assertEquals("الثالث", out.get(3).title());
    assertEquals(4, out.get(3).origin().line());
  }

  @Test
  void aCrLfInsideAStringCountsOneLine() throws IOException {
    List<Article> out =
        read(
            "[\r\n"
                + element("أ", "نص\r\nمكسور")
                + ",\r\n"
                + element("ب", "نص سليم")
                + "\r\n]\r\n");
    assertEquals(2, out.size());
    assertEquals(2, out.get(0).origin().line());
    assertEquals(3, out.get(0).origin().lastLine());
    assertEquals(List.of(element("أ", "نص\r\nمكسور") + ",\r\n"), carried(out));
    assertEquals("ب", out.get(1).title());
    assertEquals(4, out.get(1).origin().line());
  }

  @Test
  void aStringAmongTheElementsIsCarriedOnceThoughAFaultFollowsIt() throws IOException {
    List<Article> out =
        read(
            "[\n"
                + element("أ", "نص")
                + ",\n\"نص شارد\" خطأ,\n"
                + element("ب", "نص")
                + ",\n"
                + element("ج", "نص")
                + "\n]\n");
    assertEquals(List.of("نص شارد", "خطأ,\n"), carried(out));
    assertEquals(
        List.of("أ", "ب", "ج"),
        out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
    assertEquals(4, out.get(out.size() - 2).origin().line());
  }

  @Test
  void faultAfterFaultReadsOnWithTheRightLines() throws IOException {
    int broken = 20_000;
    StringBuilder json = new StringBuilder("[\n");
    for (int k = 0; k < broken; k++) {
      json.append(element("عنوان " + k, "نص\nمكسور")).append(",\n");
    }
    json.append(element("الأخير", "نص سليم")).append("\n]\n");
    List<Article> out = read(json.toString());
    assertEquals(broken + 1, out.size());
    assertEquals(broken, carried(out).size());
    Article last = out.get(broken);
    assertEquals("الأخير", last.title());
    // Each broken element spans two lines.
    assertEquals(2 + 2L * broken, last.origin().line());
    assertEquals(2 + 2L * (broken - 1), out.get(broken - 1).origin().line());
  }

  @Test
  void objectsOneAfterAnotherReadOnAfterAFaultWithoutCommas() throws IOException {
    String broken = "{\n  \"title\": \"ب\" \"content\": \"نص\"\n}\n";
    String json =
        "{\n  \"title\": \"أ\", \"content\": \"نص\"\n}\n"
            + broken
            + "{\n  \"title\": \"ج\", \"content\": \"نص\"\n}\n"
            + "{\n  \"title\": \"د\", \"content\": \"نص\"\n}\n";
    List<Article> out = read(json);
    assertEquals(List.of(broken), carried(out));
    assertEquals(
        List.of("أ", "ج", "د"),
        out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
    assertEquals(7, out.get(2).origin().line());
    assertEquals(10, out.get(3).origin().line());
  }

  @Test
  void anElementPastTheRecordLimitKeepsTheLinesAfterIt() throws IOException {
    NewsDumpParser parser =
        NewsDumpParser.builder()
            .limits(ParseLimits.DEFAULTS.toBuilder().maxRecordChars(40).build())
            .build();
    Dumps dumps = Dumps.builder().format(InputFormat.JSON).parser(parser).build();
    String longText = "كلمة ".repeat(30);
    List<Article> out =
        read(
            dumps,
            "[\n"
                + element("أ", "نص")
                + ",\n"
                + element("ب", longText + "\n" + longText)
                + ",\n"
                + element("ج", "نص")
                + "\n]\n");
    assertEquals("ج", out.get(out.size() - 1).title());
    assertEquals(5, out.get(out.size() - 1).origin().line());
    ParseWarning w = out.get(1).warnings().get(0);
    assertEquals(WarningKind.UNREADABLE, w.kind());
    assertEquals(3, w.line());
    assertTrue(w.message().contains("more chars were dropped"), w.message());
    assertTrue(w.text().orElse("").length() <= 40, w.text().orElse(""));
  }

  @Test
  void aCsvRowThatBreaksIsCarriedWholeWithAllAfterIt() throws IOException {
    Dumps dumps = Dumps.builder().format(InputFormat.CSV).build();
    // An unclosed quote runs to the end; a later line that opens with "{" stops nothing.
    List<Article> out = read(dumps, "title,content\nأ,نص\nب,\"نص\n{ج},نص\nد,نص\n");
    assertEquals("أ", out.get(0).title());
    ParseWarning w =
        out.stream()
            .flatMap(a -> a.warnings().stream())
            .filter(x -> x.kind() == WarningKind.UNREADABLE)
            .findFirst()
            .orElseThrow();
    assertTrue(w.message().startsWith("malformed CSV"), w.message());
    assertEquals(3, w.line());
    assertEquals(Optional.of("ب,\"نص\n{ج},نص\nد,نص\n"), w.text());
    // Its article spans the text's lines, 3 to 5, not the empty line after the last break.
    Article carrier = out.stream().filter(a -> a.warnings().contains(w)).findFirst().orElseThrow();
    assertEquals(5, carrier.origin().lastLine());
  }

  @Test
  void aBrokenElementOfAnEnvelopesListReadsOnInTheList() throws IOException {
    String broken = "{\"title\": \"ب\" \"content\": \"نص\"}";
    List<Article> out =
        read(
            "{\"status\": \"ok\", \"articles\": [\n"
                + element("أ", "نص")
                + ",\n"
                + broken
                + ",\n"
                + element("ج", "نص")
                + ",\n"
                + element("د", "نص")
                + "\n]}\n");
    assertEquals(
        List.of("أ", "ج", "د"),
        out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
    // The broken element only: the envelope's closing brace past the list read on as an array
    // holds no text and is no fault of the input's.
    assertEquals(List.of(broken + ",\n"), carried(out));
    assertEquals(
        5,
        out.stream().filter(a -> a.title().equals("د")).findFirst().orElseThrow().origin().line());
  }

  @Test
  void objectsAfterAnArrayReadOnAsObjects() throws IOException {
    String broken = "{\n  \"title\": \"ج\" \"content\": \"نص\"\n}\n";
    List<Article> out =
        read(
            "[\n"
                + element("أ", "نص")
                + "\n]\n"
                + "{\n  \"title\": \"ب\", \"content\": \"نص\"\n}\n"
                + broken
                + "{\n  \"title\": \"د\", \"content\": \"نص\"\n}\n"
                + "{\n  \"title\": \"ه\", \"content\": \"نص\"\n}\n");
    assertEquals(List.of(broken), carried(out));
    assertEquals(
        List.of("أ", "ب", "د", "ه"),
        out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
  }

  @Test
  void anArrayOnOneLineReadsOnAtTheNextElement() throws IOException {
    // Its nested list's "},{" is inside the broken element: not where reading goes on.
    String broken =
        "{\"title\": \"ب\" \"content\": \"نص\", \"tags\": [{\"x\": \"1\"}, {\"y\": \"2\"}]}";
    List<Article> out =
        read(
            "["
                + element("أ", "نص")
                + ","
                + broken
                + ", "
                + element("ج", "نص")
                + ","
                + element("د", "نص")
                + "]\n");
    assertEquals(List.of(broken + ", "), carried(out));
    assertEquals(
        List.of("أ", "ج", "د"),
        out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
    assertTrue(out.stream().allMatch(a -> a.origin().line() == 1));
  }

  @Test
  void bracketsAndCommasInTextDoNotMoveWhereReadingGoesOn() throws IOException {
    // A raw tab inside a string, in text that quotes a verse in braces and holds "}, {".
    String broken = element("ب", "قال تعالى: {وما\tأرسلناك}, {إلا رحمة}");
    List<Article> out =
        read("[" + element("أ", "نص") + "," + broken + "," + element("ج", "نص") + "]\n");
    assertEquals(List.of(broken + ","), carried(out));
    assertEquals(
        List.of("أ", "ج"), out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
  }

  @Test
  void aMissingCommaBetweenElementsOnOneLineLosesNoneAfter() throws IOException {
    List<Article> out =
        read(
            "["
                + element("أ", "نص")
                + element("ب", "نص")
                + ","
                + element("ج", "نص")
                + ","
                + element("د", "نص")
                + "]\n");
    // The element that follows without a comma is carried; the ones after it are read.
    assertEquals(List.of(element("ب", "نص") + ","), carried(out));
    assertEquals(
        List.of("أ", "ج", "د"),
        out.stream().map(Article::title).filter(t -> !t.isEmpty()).toList());
  }
}
