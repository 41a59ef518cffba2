package dev.akhbar.formats.internal;

import java.util.List;

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
