package dev.akhbar.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines of Python literals as crawlers print them, and the JSON each stands for. */
class PythonLiteralsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // a field and its list, as the Moroccan news corpus prints its records
        "content: ['قررت النرويج إهداء جارتها جبلا.', 'وقال الخبير']|{\"content\":[\"قررت النرويج إهداء جارتها جبلا.\",\"وقال الخبير\"]}",
        // an empty record
        "content: []|{\"content\":[]}",
        // Python's escapes: NBSP, RTL embedding, an escaped quote
        "content: ['«\\xa0، في\\xa0»', 'it\\'s \\u202bنص']|{\"content\":[\"«\u00a0، في\u00a0»\",\"it's \u202bنص\"]}",
        // a printed dict, double quotes inside single, True and None
        "{'title': 'عنوان \"الخبر\"', 'ok': True, 'author': None}|{\"title\":\"عنوان \\\"الخبر\\\"\",\"ok\":true,\"author\":null}",
        // a tuple and a trailing comma
        "{'tags': ('اقتصاد', 'نفط',), 'n': 3}|{\"tags\":[\"اقتصاد\",\"نفط\"],\"n\":3}",
      })
  void linesOfLiteralsBecomeJson(String line, String json) {
    assertTrue(PythonLiterals.looksLike(line));
    assertEquals(json, PythonLiterals.toJson(line, 64));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // a title that opens with a bracket is text
        "[عاجل] انفجار في بيروت",
        // a label line of page text
        "المصدر: الأناضول",
        // an unclosed string
        "content: ['قررت النرويج",
        // something after the value
        "content: ['أ'] وبعد",
      })
  void otherLinesAreNone(String line) {
    assertNull(PythonLiterals.toJson(line, 64));
  }

  @Test
  void nestingPastTheLimitIsNone() {
    assertNull(PythonLiterals.toJson("[".repeat(100) + "]".repeat(100), 64));
    assertEquals("[[]]", PythonLiterals.toJson("[[]]", 64));
  }

  @Test
  void aPageTextLineIsNoLiteral() {
    assertFalse(PythonLiterals.looksLike("تاريخ النشر: 29th, February 2024 GMT"));
    assertFalse(PythonLiterals.looksLike("بوتين: روسيا على استعداد للحوار"));
  }

  @Test
  void theReaderKeepsOneLineForOneAndPassesOverLongLinesThrough() throws IOException {
    String text = "content: ['أ', 'ب']\r\nnot a literal\n" + "x".repeat(50) + "\ncontent: []";
    StringBuilder out = new StringBuilder();
    try (PythonLinesReader r = new PythonLinesReader(new StringReader(text), 20, 64)) {
      char[] buf = new char[7];
      for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
        out.append(buf, 0, n);
      }
    }
    assertEquals(
        "{\"content\":[\"أ\",\"ب\"]}\nnot a literal\n" + "x".repeat(50) + "\n{\"content\":[]}",
        out.toString());
  }
}
