package dev.akhbar.internal;

import dev.akhbar.article.Article;
import java.util.Map;

/**
 * Where an article comes from, as its text says: the outlet a title opens with ("العربية.نت :
 * ..."), the source and address of a source line, and a record's first line that only marks its
 * site.
 */
final class Sites {
  private Sites() {}

  /**
   * Where a known outlet that opens a title ends: the index of the colon after it ("العربية.نت :
   * عنوان"), or -1. Only a known outlet is taken: "نابل : ..." names a place.
   */
  static int outletEnd(String title) {
    int colon = title.indexOf(':');
    if (colon < 2 || colon > 40 || colon + 1 >= title.length()) {
      return -1;
    }
    String site = Chars.stripped(title, 0, colon);
    if (Chars.skipWhitespace(title, colon + 1, title.length()) == title.length()
        || Labels.wordCount(site) > 3
        || !Bylines.isOutlet(site)) {
      return -1;
    }
    return colon;
  }

  /**
   * The source, and the address a source line gives: a link ("https://www.shorouknews.com/...")
   * names its site as the source; "الشروق - shorouknews.com" gives both. A title's outlet prefix is
   * the source where no source line is, else the attribute {@code site}. A record that gave its own
   * address ({@code urlGiven}) keeps it; the line's goes to the attribute {@code sourceUrl}.
   */
  static void sourceAndAddress(Article.Builder a, String source, String site, boolean urlGiven) {
    String address = null;
    if (source != null) {
      String s = source.strip();
      int dash = s.lastIndexOf(" - ");
      if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.")) {
        address = s;
        String host = s.replaceFirst("^https?://", "");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        source = host.startsWith("www.") ? host.substring(4) : host;
      } else if (dash > 0 && isAddress(s.substring(dash + 3).strip())) {
        address = s.substring(dash + 3).strip();
        source = s.substring(0, dash).strip();
      }
    }
    if (source == null && site != null) {
      source = site;
    } else if (site != null) {
      a.attribute("site", site);
    }
    a.source(source);
    if (address != null) {
      if (urlGiven) {
        a.attribute("sourceUrl", address);
      } else {
        a.url(address);
      }
    }
  }

  /**
   * Whether a record's first line only marks its site: the record's own source or site name. (A
   * bare web address there, "AHDATH.INFO", is read as the credit, as on a page of text.)
   */
  static boolean isSiteMark(String first, String source, Map<String, String> attributes) {
    return first.equals(source)
        || first.equals(attributes.get("site"))
        || first.equals(attributes.get("sitename"));
  }

  /** A bare web address: "shorouknews.com", "www.alriyadh.com/1000001". */
  private static boolean isAddress(String s) {
    if (s.isEmpty() || s.indexOf(' ') >= 0) {
      return false;
    }
    String host = s.replaceFirst("^https?://", "");
    int slash = host.indexOf('/');
    host = slash < 0 ? host : host.substring(0, slash);
    // By hand, not by a regex: a repeated group recurses per label, and a long line of "a." once
    // overflowed the stack.
    if (host.length() > MAX_HOST) {
      return false;
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || !label.chars().allMatch(Sites::isHostChar)) {
        return false;
      }
    }
    String top = labels[labels.length - 1];
    return top.length() >= 2 && top.chars().allMatch(c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }

  /** The longest host name DNS allows. */
  private static final int MAX_HOST = 253;

  private static boolean isHostChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }
}
