package dev.akhbar.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML inside the text fields of structured records (JSON, CSV, Python literals), as APIs and
 * WordPress exports give it: a NewsAPI author given as links, a body of {@code <p>} paragraphs, a
 * title with {@code &#8211;}. Only tags of HTML elements count as markup, so that text with a '<'
 * in it ("x<y", {@code <العينة>}) stays text; a '<' that opens no such tag is text inside HTML too.
 * Linear in the field's length. Stateless.
 */
final class FieldHtml {
  private FieldHtml() {}

  /** The elements whose tag marks text in a field as HTML. */
  private static final Set<String> HTML_TAGS =
      Set.of(
          "a",
          "abbr",
          "article",
          "b",
          "blockquote",
          "br",
          "center",
          "cite",
          "code",
          "div",
          "em",
          "figcaption",
          "figure",
          "font",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "i",
          "iframe",
          "img",
          "li",
          "nav",
          "noscript",
          "ol",
          "p",
          "picture",
          "pre",
          "q",
          "script",
          "section",
          "small",
          "source",
          "span",
          "strong",
          "style",
          "sub",
          "sup",
          "table",
          "tbody",
          "td",
          "th",
          "thead",
          "time",
          "tr",
          "u",
          "ul",
          "video");

  /** The elements that make paragraphs of HTML, where the text's own line breaks are layout. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "br", "div");

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|\n");

  /** A blank line or more: a paragraph break, in HTML made of paragraphs too. */
  private static final Pattern BLANK_LINES =
      Pattern.compile("(?:\r\n?|\n)(?:[ \t\u00A0]*(?:\r\n?|\n))+");

  /** Whether a field holds a tag of an HTML element ({@code <p>}, {@code </a>}, {@code <br/>}). */
  static boolean hasHtmlTags(CharSequence text) {
    return hasTag(text.toString(), HTML_TAGS);
  }

  /** Whether {@code s} holds a tag of one of the elements {@code names}. */
  private static boolean hasTag(String s, Set<String> names) {
    Tags tags = new Tags(s, names);
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      if (tags.at(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The paragraphs of a field that holds HTML ({@link #hasHtmlTags}) or escapes of it ({@code
   * &#8211;}, {@code &amp;}); null for a field that holds neither, or HTML longer than {@link
   * Markup#MAX_HTML_CHARS} or read without jsoup (its text is then taken as it is: a JSON file does
   * not need jsoup). HTML made of paragraphs ({@code <p>}, {@code <br>}, {@code <div>}) is read
   * whole, its single line breaks being layout and its blank lines paragraph breaks; in other text
   * every line break is a paragraph break, and its markup ({@code <a>}, a stray {@code
   * <ul><li></li></ul>}) gives its text.
   */
  static List<String> paragraphs(String text) {
    if (!hasHtmlTags(text)) {
      String decoded = text.indexOf('&') < 0 ? text : Entities.decode(text);
      if (decoded.equals(text)) {
        return null;
      }
      List<String> out = new ArrayList<>();
      Paragraphs.split(decoded, out::add);
      return out;
    }
    if (text.length() > Markup.MAX_HTML_CHARS || !OptionalLibrary.JSOUP.present()) {
      return null;
    }
    String html = strayLessThanEscaped(text);
    boolean madeOfParagraphs = hasTag(html, PARAGRAPH_TAGS);
    // As <br>, so that markup over several lines (a table) is still read whole.
    return HtmlPages.fragmentParagraphs(
        (madeOfParagraphs ? BLANK_LINES : LINE_BREAK).matcher(html).replaceAll("<br>"));
  }

  /**
   * The text of a field that is HTML with every '<' that opens no markup written {@code &lt;}: a
   * '<' before a letter, '/', '!' or '?' whose '>' comes before the next '<' opens markup (of any
   * element, over lines too: {@code <br />}, {@code <o:p>}, {@code <a href="x"\n title="t">}); "x<y
   * فإن" does not.
   */
  private static String strayLessThanEscaped(String s) {
    StringBuilder out = null;
    int copied = 0;
    int gt = -1;
    for (int i = s.indexOf('<'); i >= 0; ) {
      int next = s.indexOf('<', i + 1);
      if (gt <= i) {
        gt = s.indexOf('>', i + 1);
        if (gt < 0) {
          gt = Integer.MAX_VALUE;
        }
      }
      boolean markup =
          i + 1 < s.length()
              && (isAsciiLetterOrDigit(s.charAt(i + 1)) || "/!?".indexOf(s.charAt(i + 1)) >= 0)
              && !Character.isDigit(s.charAt(i + 1))
              && gt < (next < 0 ? Integer.MAX_VALUE : next);
      if (!markup) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16);
        }
        out.append(s, copied, i).append("&lt;");
        copied = i + 1;
      }
      i = next;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /**
   * Finds the tags of some elements in one text: {@code <name>}, {@code </name>}, {@code <name/>},
   * or {@code <name} and attributes ({@code <a href=...>}) up to a {@code >} on the same line. The
   * next {@code >} and line end are looked for once and kept until a tag lies past them, so that
   * asking at every '<' of a text reads it once.
   */
  private static final class Tags {
    private final String s;
    private final Set<String> names;

    /** The next '>' and line end at or after the last place asked, or past the text's end. */
    private int gt = -1;

    private int eol = -1;

    Tags(String s, Set<String> names) {
      this.s = s;
      this.names = names;
    }

    /** Whether the '<' at {@code i} opens such a tag. */
    boolean at(int i) {
      int n = s.length();
      int k = i + 1;
      if (k >= n) {
        return false;
      }
      boolean closing = s.charAt(k) == '/';
      if (closing) {
        k++;
      }
      int name = k;
      while (k < n && k - name <= 10 && isAsciiLetterOrDigit(s.charAt(k))) {
        k++;
      }
      if (k == name || !names.contains(s.substring(name, k).toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (k < n && (s.charAt(k) == '>' || s.charAt(k) == '/')) {
        return true;
      }
      if (closing || k + 1 >= n || (s.charAt(k) != ' ' && s.charAt(k) != '\t')) {
        return false;
      }
      if (s.charAt(k + 1) == '/' || s.charAt(k + 1) == '>') {
        // "<br />", as WordPress writes it.
        return true;
      }
      if (!isAsciiLetterOrDigit(s.charAt(k + 1))) {
        return false;
      }
      // Attributes: a name in ASCII after the space, and the tag's '>' before the line ends.
      if (gt < k) {
        gt = indexOrEnd('>', k);
      }
      if (eol < k) {
        eol = indexOrEnd('\n', k);
      }
      return gt < eol;
    }

    private int indexOrEnd(char c, int from) {
      int at = s.indexOf(c, from);
      return at < 0 ? Integer.MAX_VALUE : at;
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
  }
}
