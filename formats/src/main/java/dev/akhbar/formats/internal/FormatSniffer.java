package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.InputFormat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * What an input is, from its first bytes, by structure rather than by its first character: WARC by
 * its version line, binary data by its share of control bytes, JSON only where its first value
 * parses, Python literals, feeds, TREC, SGML, XML, else text. Stateless.
 */
public final class FormatSniffer {
  private FormatSniffer() {}

  /** Share of NUL and control bytes above which an input is binary data, not text. */
  private static final double BINARY_SHARE = 0.05;

  /**
   * Why the first bytes of an input are binary data, not text (more than 5 % NUL or control bytes,
   * other than tab, line ends, form feed and escape; a text file's are a stray byte or a trailing
   * NUL); null for text. UTF-16 and UTF-32 have NULs of their own and are not asked.
   */
  public static String binaryReason(byte[] head, int length, Charset charset) {
    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
      return null;
    }
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B)
          || b == 0x7F) {
        controls++;
      }
    }
    if (length == 0 || controls <= BINARY_SHARE * length) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "binary data, not text: %d of its first %d bytes are NUL or control bytes",
        controls,
        length);
  }

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Whether a text opens with JSON articles: an object, or an array that is empty or whose first
   * element is an object, that parses ("[2024] ..." is a text); an object cut off by the end of a
   * head that is not the whole input counts; so do JSON Lines whose first line is broken but
   * another of the first lines is a whole object. With {@code broken}, an object broken after a
   * whole field counts too.
   */
  private static boolean firstValueIsJson(String text, boolean complete, boolean broken) {
    if (parsesAsArticles(text, complete, broken)) {
      return true;
    }
    if (text.charAt(0) != '{') {
      return false;
    }
    // JSON Lines whose first line is broken: another of its first lines is a whole object.
    String[] lines = text.split("\n", 12);
    for (int k = 1; k < Math.min(lines.length, 11); k++) {
      String line = lines[k].strip();
      if (line.startsWith("{") && parsesAsArticles(line, true, broken)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text opens with a JSON object, or an array that is empty or opens with one, and what
   * follows that first value is more JSON (or nothing): "{} عاجل" and "[ ] عاجل" are text. With
   * {@code broken}, a first object broken after at least one whole {@code "key": value} is JSON too
   * (a file that a fault spoils further on is still read as JSON, its good records kept); "{عاجل}"
   * is not.
   */
  private static boolean parsesAsArticles(String text, boolean complete, boolean broken) {
    // Whole "key": value pairs read in the first object, and whether it ended.
    int fields = 0;
    boolean ended = false;
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          p.nextToken();
          return true;
        }
      }
      if (t != JsonToken.START_OBJECT) {
        return false;
      }
      int depth = 1;
      boolean afterName = false;
      while (depth > 0) {
        t = p.nextToken();
        if (t == null) {
          return !complete;
        }
        if (afterName) {
          fields++;
        }
        afterName = t == JsonToken.FIELD_NAME;
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        }
      }
      ended = true;
      int after = (int) Math.min(text.length(), Math.max(0, p.currentLocation().getCharOffset()));
      if (text.substring(after).stripLeading().startsWith(",")) {
        // JSON Lines with a comma after each object ("{...},"), as a JSON array cut into lines.
        return true;
      }
      p.nextToken();
      return true;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return !complete || (broken && !ended && fields > 0);
    } catch (IOException e) {
      // Jackson says "end-of-input between Object entries" as a parse error, not an EOF: a head
      // that stops inside a large first object is JSON as much as one that stops in a string.
      return (broken && !ended && fields > 0) || (!complete && endOfInput(e));
    }
  }

  /** Whether a parse error is the input ending inside a value. */
  private static boolean endOfInput(IOException e) {
    return String.valueOf(e.getMessage()).contains("end-of-input");
  }

  /** A WARC record's first line: "WARC/" and a version such as 1.0, then the line end. */
  static boolean isWarc(byte[] head, int length) {
    if (!startsWith(head, length, "WARC/")) {
      return false;
    }
    int i = 5;
    int digits = 0;
    while (i < length && i < 16 && (Character.isDigit(head[i]) || head[i] == '.')) {
      digits++;
      i++;
    }
    return digits >= 3 && i < length && (head[i] == '\r' || head[i] == '\n');
  }

  private static boolean startsWith(byte[] head, int length, String magic) {
    if (length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shape of a text from its first characters: JSON only where its first value parses as JSON
   * (a text whose first title opens with "[" or "{", such as "[عاجل] ...", is text), Python
   * literals where its first line is one, a feed where the first element is rss, feed or rdf:RDF,
   * tags, else text. {@code complete} says whether the head is the whole input.
   */
  public static InputFormat sniff(String head, boolean complete) {
    int i = contentStart(head);
    if (i >= head.length()) {
      return InputFormat.TEXT;
    }
    char c = head.charAt(i);
    boolean json = c == '[' || c == '{';
    if (json && firstValueIsJson(head.substring(i), complete, false)) {
      return InputFormat.JSON;
    }
    int lineEnd = head.indexOf('\n', i);
    // The first line, where it is whole.
    String first =
        lineEnd >= 0 || complete ? head.substring(i, lineEnd >= 0 ? lineEnd : head.length()) : null;
    if (first != null) {
      String literal = first.strip();
      if (PythonLiterals.looksLike(literal) && PythonLiterals.toJson(literal, 64) != null) {
        return InputFormat.PYTHON;
      }
    }
    // JSON broken further on (after its first object gave a whole field), once it is no Python.
    if (json && firstValueIsJson(head.substring(i), complete, true)) {
      return InputFormat.JSON;
    }
    if (first != null && CsvRows.separatorOf(first, FieldMapping.DEFAULTS) != 0) {
      return InputFormat.CSV;
    }
    // Markup only where a tag of ASCII letters (or <? <!) opens it: every news XML, feed and TREC
    // format has such names, and "<عاجل> ..." opens a title.
    char afterLt = i + 1 < head.length() ? head.charAt(i + 1) : ' ';
    boolean tag =
        c == '<'
            && ((afterLt | 0x20) >= 'a' && (afterLt | 0x20) <= 'z'
                || afterLt == '?'
                || afterLt == '!');
    if (tag && FeedSource.looksLikeFeed(head.substring(i, Math.min(head.length(), i + 4096)))) {
      return InputFormat.FEED;
    }
    if (tag) {
      String upper = head.substring(i, Math.min(head.length(), i + 4096)).toUpperCase(Locale.ROOT);
      if (upper.startsWith("<DOC") && upper.matches("(?s)<DOC\\s+\\w+\\s*=.*")) {
        return InputFormat.SGML;
      }
      if (upper.startsWith("<DOC>") || upper.contains("<DOCNO>")) {
        return InputFormat.TREC;
      }
      if (isHtml(upper)) {
        return InputFormat.HTML;
      }
      return InputFormat.XML;
    }
    return InputFormat.TEXT;
  }

  /**
   * Whether the head of a markup text (upper-cased) is an HTML page: an HTML doctype, or a first
   * element {@code <html>}, past comments and an XML declaration. An XML file with a {@code <body>}
   * field (scrapy's export of a "body" key, NITF) is record XML.
   */
  private static boolean isHtml(String upper) {
    int i = 0;
    while (i < upper.length()) {
      while (i < upper.length() && Character.isWhitespace(upper.charAt(i))) {
        i++;
      }
      if (upper.startsWith("<!--", i)) {
        int end = upper.indexOf("-->", i + 4);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      } else if (upper.startsWith("<?", i)) {
        int end = upper.indexOf("?>", i + 2);
        if (end < 0) {
          return false;
        }
        i = end + 2;
      } else {
        break;
      }
    }
    if (upper.startsWith("<!DOCTYPE HTML", i)) {
      return true;
    }
    int after = i + "<HTML".length();
    return upper.startsWith("<HTML", i)
        && after < upper.length()
        && " >\t\r\n".indexOf(upper.charAt(after)) >= 0;
  }

  /**
   * Whether a text that opens with an object is JSON Lines: its first line holds a whole object, or
   * is broken in a way no later line mends (then each line is read and reported on its own). A
   * first line that stops inside an object says otherwise where that object goes on over the next
   * lines (a pretty-printed object, also one whose first key stands on the line of its brace:
   * {@code {"status": "ok",}); a first line longer than the text given counts as JSON Lines.
   */
  public static boolean isJsonLines(String text) {
    int i = contentStart(text);
    int end = text.indexOf('\n', i);
    if (end < 0) {
      return true;
    }
    try (JsonParser p = JSON.createParser(text.substring(i, end))) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        p.skipChildren();
      }
      return true;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      // A line may stop between tokens of a pretty-printed object, never inside a string (a line
      // break in a JSON string is escaped): that is a broken line of JSON Lines.
      JsonToken inside = e.getTokenBeingDecoded();
      return inside == JsonToken.VALUE_STRING
          || inside == JsonToken.FIELD_NAME
          || !goesOnOverLines(text, i);
    } catch (IOException e) {
      // Jackson reports a line that stops right after a comma ("end-of-input between Object
      // entries") as a parse error, not as an EOF: it stops between tokens all the same.
      return !endOfInput(e) || !goesOnOverLines(text, i);
    }
  }

  /**
   * Whether the object that opens at {@code start} and is not closed on its first line goes on over
   * the next lines: it parses past that line, to its end or to the end of the text given (a long
   * object), or to a fault further on (a broken pretty-printed file). A fault on the next line with
   * text, or on the one after where that line is a whole object of its own with no comma after it,
   * is a first line of JSON Lines broken off before the next record (blank lines between them or
   * not).
   */
  private static boolean goesOnOverLines(String text, int start) {
    String s = text.substring(start);
    try (JsonParser p = JSON.createParser(s)) {
      p.nextToken();
      p.skipChildren();
      return true;
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return true;
    } catch (IOException e) {
      if (endOfInput(e)
          || !(e instanceof com.fasterxml.jackson.core.JsonProcessingException j)
          || j.getLocation() == null) {
        return true;
      }
      long fault = j.getLocation().getLineNr();
      int second = nextTextLine(s, s.indexOf('\n') + 1);
      if (second < 0) {
        return true;
      }
      long secondNr = lineNumber(s, second);
      if (fault <= secondNr) {
        return false;
      }
      int secondEnd = s.indexOf('\n', second);
      String line = s.substring(second, secondEnd < 0 ? s.length() : secondEnd).strip();
      int third = secondEnd < 0 ? -1 : nextTextLine(s, secondEnd + 1);
      // A line that closes a record and goes on with a comma is an element of a list written one
      // to a line; a record line of JSON Lines ends with its brace.
      return !(line.startsWith("{")
          && line.endsWith("}")
          && parsesAsArticles(line, true, false)
          && third >= 0
          && fault <= lineNumber(s, third));
    }
  }

  /** The start of the first line from {@code from} on that holds more than white space, or -1. */
  private static int nextTextLine(String s, int from) {
    int lineStart = from;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
      } else if (!Character.isWhitespace(c)) {
        return lineStart;
      }
    }
    return -1;
  }

  /** The 1-based number of the line that holds offset {@code at}. */
  private static long lineNumber(String s, int at) {
    long n = 1;
    for (int i = 0; i < at; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /**
   * Where a text's content starts: past the white space and byte-order marks before it (a BOM
   * decoded as a char, or a second one a tool added).
   */
  static int contentStart(String text) {
    int i = 0;
    while (i < text.length()
        && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return i;
  }
}
