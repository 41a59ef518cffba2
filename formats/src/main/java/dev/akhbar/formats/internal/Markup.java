package dev.akhbar.formats.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The door to HTML: whether text holds markup, and its reading by {@link HtmlPages}, which needs
 * jsoup. A class apart because loading {@code HtmlPages} needs jsoup's classes: the check that
 * jsoup is there must run before it is touched.
 */
final class Markup {
  private Markup() {}

  /**
   * The most chars of HTML parsed into a tree: a page's tree costs many times its text (a 19 MB
   * page of short tags needed more than 512 MB), and saved news pages are far smaller.
   */
  static final int MAX_HTML_CHARS = 4 << 20;

  /** Whether text holds markup: a '<' before an ASCII letter or '/'. */
  static boolean hasMarkup(CharSequence text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char next = text.charAt(i + 1);
      if (text.charAt(i) == '<' && ((next | 0x20) >= 'a' && (next | 0x20) <= 'z' || next == '/')) {
        return true;
      }
    }
    return false;
  }

  /** The elements whose tag marks text in a field of structured records as HTML. */
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

  /**
   * Whether text of a field of structured records (JSON, CSV) is HTML: it holds a tag of an HTML
   * element ({@code <p>}, {@code </a>}, {@code <br/>}, {@code <a href=...>}), not merely a '<'
   * before a letter, which text such as "x<y" has too.
   */
  static boolean hasHtmlTags(CharSequence text) {
    return hasTag(text, HTML_TAGS);
  }

  /** The elements that make paragraphs of HTML, where the text's own line breaks count for none. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "br", "div");

  /**
   * Whether text holds a tag of one of the elements {@code names} (lower case): {@code <name>},
   * {@code </name>}, {@code <name/>}, or {@code <name} and attributes ({@code <a href=...>}) up to
   * a {@code >} on the same line. "a<b بقيت" holds none.
   */
  private static boolean hasTag(CharSequence text, Set<String> names) {
    String s = text.toString();
    int n = s.length();
    for (int i = s.indexOf('<'); i >= 0 && i + 1 < n; i = s.indexOf('<', i + 1)) {
      int k = i + 1;
      boolean closing = s.charAt(k) == '/';
      if (closing) {
        k++;
      }
      int name = k;
      while (k < n && k - name <= 10 && isAsciiLetterOrDigit(s.charAt(k))) {
        k++;
      }
      if (k == name || !names.contains(s.substring(name, k).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (k < n && (s.charAt(k) == '>' || s.charAt(k) == '/')) {
        return true;
      }
      if (!closing && k + 1 < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
        // Attributes: a name in ASCII after the space, and the tag's '>' before the line ends.
        int gt = s.indexOf('>', k);
        int eol = s.indexOf('\n', k);
        if (isAsciiLetterOrDigit(s.charAt(k + 1)) && gt > 0 && (eol < 0 || gt < eol)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
  }

  /**
   * The paragraphs of a field of structured records that holds HTML ({@link #hasHtmlTags}), or
   * escapes of it ({@code &#8211;}, {@code &amp;}, as WordPress gives titles); null for a field
   * that holds neither, or HTML longer than {@link #MAX_HTML_CHARS} or read without jsoup (its text
   * is then taken as it is: a JSON file does not need jsoup). HTML made of paragraphs ({@code <p>},
   * {@code <br>}, {@code <div>}) is read whole, its own line breaks being mere layout; in other
   * text the lines are paragraphs too, and its markup ({@code <a>}, a stray {@code
   * <ul><li></li></ul>}) gives its text.
   */
  static List<String> fieldParagraphs(String text) {
    if (!hasHtmlTags(text)) {
      String decoded = text.indexOf('&') < 0 ? text : Entities.decode(text);
      if (decoded.equals(text)) {
        return null;
      }
      List<String> out = new java.util.ArrayList<>();
      Paragraphs.split(decoded, out::add);
      return out;
    }
    if (text.length() > MAX_HTML_CHARS || !OptionalLibrary.JSOUP.present()) {
      return null;
    }
    // Other text keeps its line breaks as paragraph breaks: as <br>, so that markup over several
    // lines (a table) is still read whole.
    return HtmlPages.fragmentParagraphs(
        hasTag(text, PARAGRAPH_TAGS) ? text : LINE_BREAK.matcher(text).replaceAll("<br>"));
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|\n");

  /**
   * The paragraphs of an HTML fragment (a feed's description, a CDATA section): one per {@code
   * <p>}, heading, list item or quote, else one per line of its text.
   */
  static List<String> fragmentParagraphs(String html) {
    OptionalLibrary.JSOUP.requireUnchecked("HTML markup");
    return HtmlPages.fragmentParagraphs(html);
  }

  /** The article of a whole page, at most {@link #MAX_HTML_CHARS} of it read. */
  static HtmlPages.Page page(String html) {
    OptionalLibrary.JSOUP.requireUnchecked("an HTML page");
    return HtmlPages.read(
        org.jsoup.Jsoup.parse(
            html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html));
  }
}
