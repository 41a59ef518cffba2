package dev.akhbar.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akhbar.article.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * HTML inside the text fields of structured records (JSON, CSV), as APIs and WordPress exports give
 * it: read as HTML, its tags gone and its paragraphs kept; text that merely holds a '<' is text.
 * Records in the shapes of real NewsAPI and WordPress responses, with text of our own.
 */
class HtmlInFieldsTest {
  private final Dumps dumps = Dumps.builder().build();

  private List<Article> read(String text, String name) throws IOException {
    try (DumpReader r =
        dumps.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name)) {
      return r.stream().toList();
    }
  }

  @Test
  void anAuthorGivenAsLinksIsTheirNames() throws IOException {
    // NewsAPI's author for some Egyptian outlets: the editors' pages as links.
    Article a =
        read(
                "{\"title\": \"عنوان\", \"author\": \"<a href='https://example.com/editor/1'>غادة"
                    + " سالم</a>, <a href='https://example.com/editor/2'>أميرة علي</a>\","
                    + " \"content\": \"نص الخبر.\"}\n",
                "news.jsonl")
            .get(0);
    assertEquals(Optional.of("غادة سالم, أميرة علي"), a.author());
  }

  @Test
  void renderedWordPressContentGivesItsParagraphs() throws IOException {
    // WordPress's REST API: title and content as rendered HTML, a paragraph to each <p>.
    Article a =
        read(
                "[{\"title\": {\"rendered\": \"عنوان <em>الخبر</em> &#8211; وتفاصيله\"},"
                    + " \"content\": {\"rendered\":"
                    + " \"<p>الفقرة <strong>الأولى</strong>.</p>\\n<p>الفقرة\\nالثانية.</p>\\n\"},"
                    + " \"date\": \"2024-03-01T10:00:00\"}]",
                "posts.json")
            .get(0);
    assertEquals("عنوان الخبر \u2013 وتفاصيله", a.title());
    // A line break inside a <p> is layout, as a browser shows it.
    assertEquals(List.of("الفقرة الأولى.", "الفقرة الثانية."), a.body());
  }

  @Test
  void linesOfTextAroundStrayMarkupStayParagraphs() throws IOException {
    // A body of lines with an empty list and a table left over from the page.
    Article a =
        read(
                "{\"title\": \"عنوان\", \"content\": \"السطر الأول.\\nالسطر الثاني.\\n"
                    + "<ul><li></li></ul>\\n<table><tr><th>السعر</th>\\n<td>24</td></tr></table>\"}\n",
                "news.jsonl")
            .get(0);
    assertEquals(List.of("السطر الأول.", "السطر الثاني.", "السعر", "24"), a.body());
  }

  @Test
  void aLessThanSignIsNoMarkup() throws IOException {
    Article a =
        read(
                "{\"title\": \"نسبة x<y في <العينة>\", \"content\": \"قيمة a<b بقيت.\\nسطر ثان.\"}\n",
                "news.jsonl")
            .get(0);
    assertEquals("نسبة x<y في <العينة>", a.title());
    assertEquals(List.of("قيمة a<b بقيت.", "سطر ثان."), a.body());
  }

  @Test
  void characterReferencesWithoutTagsAreDecoded() throws IOException {
    Article a =
        read(
                "{\"title\": \"عنوان &#8220;الخبر&#8221; &amp; تفاصيله\", \"content\": \"نص"
                    + " الخبر.\"}\n",
                "news.jsonl")
            .get(0);
    assertEquals("عنوان \u201cالخبر\u201d & تفاصيله", a.title());
  }

  @Test
  void aCsvCellOfHtmlGivesItsParagraphs() throws IOException {
    Article a =
        read("title,body\n\"عنوان\",\"<p>الفقرة الأولى.</p><p>الفقرة الثانية.</p>\"\n", "news.csv")
            .get(0);
    assertEquals(List.of("الفقرة الأولى.", "الفقرة الثانية."), a.body());
  }
}
