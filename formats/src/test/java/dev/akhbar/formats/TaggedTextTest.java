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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TREC and SGML records: lines counted as every reader counts them, records bounded, repeated
 * fields kept.
 */
class TaggedTextTest {
  private static List<Article> read(Dumps dumps, String text) throws IOException {
    try (DumpReader r =
        dumps.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in")) {
      List<Article> out = new ArrayList<>();
      r.forEach(out::add);
      return out;
    }
  }

  private static final String DOC =
      "<DOC>\n<DOCNO>1</DOCNO>\n<TITLE>ارتفاع أسعار النفط</TITLE>\n"
          + "<TIME>2018-10-01</TIME>\n<TEXT>\nقال متعاملون إن أسعار النفط ارتفعت اليوم.\n</TEXT>\n</DOC>\n";

  @Test
  void cdataSectionsAndEmptyElementsOfRecordXml() throws IOException {
    Dumps dumps = Dumps.builder().build();
    List<Article> a =
        read(
            dumps,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<items>\n<item>\n"
                + "<title><![CDATA[عنوان بلا وسوم]]></title>\n<author/>\n"
                + "<content><![CDATA[<p>فقرة أولى.</p><p>فقرة ثانية.</p>]]></content>\n"
                + "<date>2024-05-01</date>\n</item>\n"
                + "<item><title>الثاني</title><content><![CDATA[نص بلا وسوم.]]></content></item>\n"
                + "</items>\n");
    assertEquals(2, a.size());
    // CDATA without markup was a "tag" up to the next '>', and its text was lost.
    assertEquals("عنوان بلا وسوم", a.get(0).title());
    // HTML in CDATA: a paragraph per <p>, and no "]]>" left over.
    assertEquals(List.of("فقرة أولى.", "فقرة ثانية."), a.get(0).body());
    // <author/> opens no field that swallows the next one.
    assertTrue(a.get(0).warnings().isEmpty(), a.get(0).warnings().toString());
    assertEquals("2024-05-01", a.get(0).published().orElseThrow().toIso());
    assertEquals(List.of("نص بلا وسوم."), a.get(1).body());
    // Text in CDATA outside paragraphs is kept, a line for each block.
    List<Article> b =
        read(
            dumps,
            "<?xml version=\"1.0\"?>\n<items><item><title>عنوان</title><content><![CDATA["
                + "<h2>عنوان فرعي</h2><div>نص الخبر</div>نص بعده]]></content></item></items>\n");
    assertEquals(List.of("عنوان فرعي", "نص الخبر", "نص بعده"), b.get(0).body());
  }

  @Test
  void crAndCrlfLineEndsAreCountedLikeLf() throws IOException {
    Dumps dumps = Dumps.builder().format(InputFormat.TREC).build();
    // Two records; the second starts on line 9 whatever the line ends are (counted by hand).
    for (String end : List.of("\n", "\r\n", "\r")) {
      List<Article> a = read(dumps, (DOC + DOC).replace("\n", end));
      assertEquals(2, a.size(), end.replace("\r", "CR").replace("\n", "LF"));
      assertEquals(1, a.get(0).origin().line());
      assertEquals(9, a.get(1).origin().line(), end.replace("\r", "CR").replace("\n", "LF"));
    }
  }

  @Test
  void anUnclosedFieldIsCutAtTheRecordLimitAndNothingIsLost() throws IOException {
    NewsDumpParser parser =
        NewsDumpParser.builder().limits(ParseLimits.builder().maxPageChars(100).build()).build();
    Dumps dumps = Dumps.builder().parser(parser).format(InputFormat.TREC).build();
    StringBuilder text = new StringBuilder("<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\n");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String line = "سطر رقم " + i;
      lines.add(line);
      text.append(line).append('\n');
    }
    List<Article> a = read(dumps, text.toString());
    assertTrue(a.size() > 2, "cut into several records: " + a.size());
    assertTrue(a.get(0).warnings().stream().anyMatch(w -> w.kind() == WarningKind.PAGE_TOO_LONG));
    // Every char of the unclosed field is in some body, in order, none twice: the bodies joined
    // without white space are the lines joined without white space (a cut may fall inside a line).
    StringBuilder bodies = new StringBuilder();
    for (Article x : a) {
      x.body().forEach(bodies::append);
    }
    assertEquals(String.join("", lines).replace(" ", ""), bodies.toString().replace(" ", ""));
  }

  @Test
  void aFieldGivenTwiceKeepsBothInOrder() throws IOException {
    Dumps dumps = Dumps.builder().format(InputFormat.TREC).build();
    List<Article> a =
        read(
            dumps,
            "<DOC>\n<TITLE>عنوان</TITLE>\n<TIME>2018-10-01</TIME>\n<TEXT>الفقرة الأولى.</TEXT>\n"
                + "<TEXT>الفقرة الثانية.</TEXT>\n</DOC>\n");
    assertEquals(List.of("الفقرة الأولى.", "الفقرة الثانية."), a.get(0).body());
  }

  /** TREC escapes nothing: a "<" that opens no tag of the format is text, kept where it stands. */
  @Test
  void textThatLooksLikeATagIsKeptInTrecAndSgml() throws IOException {
    String body = "ارتفع سعر النفط <بالدولار> اليوم، و x<y و y>z في المعادلة.";
    List<Article> trec =
        read(
            Dumps.builder().format(InputFormat.TREC).build(),
            "<DOC>\n<DOCNO>1</DOCNO>\n<TITLE>عنوان</TITLE>\n<TIME>2018-10-01</TIME>\n<TEXT>\n"
                + body
                + "\n</TEXT>\n</DOC>\n");
    assertEquals(List.of(body), trec.get(0).body());
    List<Article> sgml =
        read(
            Dumps.builder().format(InputFormat.SGML).build(),
            "<DOC id=\"AFP_ARB_20000101.0001\" type=\"story\">\n<HEADLINE>عنوان</HEADLINE>\n<TEXT>\n<P>\n"
                + body
                + "\n</P>\n</TEXT>\n</DOC>\n");
    assertEquals(List.of(body), sgml.get(0).body());
    // XML is markup: an unknown element inside a field is dropped, its text kept.
    List<Article> xml =
        read(
            Dumps.builder().format(InputFormat.XML).build(),
            "<Youm7><Headline>عنوان</Headline><Text>سعر <b>النفط</b> ارتفع</Text></Youm7>");
    assertEquals(List.of("سعر النفط ارتفع"), xml.get(0).body());
  }

  @Test
  void declarationsAndCommentsInTrecTextAreText() throws IOException {
    Dumps dumps = Dumps.builder().format(InputFormat.TREC).build();
    String line = "سطر فيه <!هذا> و <?php echo 1 ?> نص.";
    Article a =
        read(dumps, "<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\n" + line + "\n</TEXT>\n</DOC>\n").get(0);
    assertEquals(List.of(line), a.body());
  }

  @Test
  void aLessThanThatOpensNoTagIsTextOnceWithNothingAdded() throws IOException {
    Dumps dumps = Dumps.builder().format(InputFormat.TREC).build();
    // Past the longest tag (512 chars) and then at the end of the input: no "<>" is made up.
    String longRun = "قبل x<y " + "و".repeat(600) + " بعد";
    Article a =
        read(dumps, "<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\n" + longRun + "\n</TEXT>\n</DOC>\n")
            .get(0);
    assertEquals(List.of(longRun), a.body());
    List<Article> cut = read(dumps, "<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص x<y بلا نهاية");
    assertEquals(List.of("نص x<y بلا نهاية"), cut.get(0).body());
  }

  @Test
  void warningsWithoutTextAreCountedPastTheLimitAndThoseWithTextAreKept() throws IOException {
    NewsDumpParser parser =
        NewsDumpParser.builder()
            .limits(ParseLimits.builder().maxWarningsPerArticle(5).build())
            .build();
    Dumps dumps = Dumps.builder().parser(parser).format(InputFormat.TREC).build();
    // 20 fields opened inside an open field: 19 "not closed" warnings, no text in them.
    String doc = "<DOC>\n" + "<TITLE>ع<TEXT>ن".repeat(10) + "\n</DOC>\n";
    List<ParseWarning> w = read(dumps, doc).get(0).warnings();
    // 19 fields opened in an open one and one never closed: 20 warnings without text, and the
    // finisher's MISSING_DATE: 21. The reader keeps 5 and counts 15; the finisher keeps 4 and
    // counts the other 17 (one of the reader's, its count of 15, MISSING_DATE).
    assertEquals(5, w.size(), w.toString());
    assertEquals(WarningKind.TOO_MANY_WARNINGS, w.get(4).kind());
    assertTrue(w.get(4).message().startsWith("17 more warnings"), w.get(4).message());
  }

  @Test
  void aDateFieldNamedLikeAJsonKeyWinsOverTheDateInTheId() throws IOException {
    // <PUBLISHED> is the date (a JSON key of the date); the Gigaword id's 2000-01-01 only stands
    // in where a record has none.
    List<Article> sgml =
        read(
            Dumps.builder().format(InputFormat.SGML).build(),
            "<DOC id=\"AFP_ARB_20000101.0001\" type=\"story\">\n<HEADLINE>عنوان</HEADLINE>\n"
                + "<PUBLISHED>2024-02-29</PUBLISHED>\n<TEXT>\nنص.\n</TEXT>\n</DOC>\n");
    assertEquals("2024-02-29", sgml.get(0).published().orElseThrow().toIso());
  }
}
