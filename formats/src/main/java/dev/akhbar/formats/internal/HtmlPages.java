package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article of a saved news page, WARC response or HTML field: title from {@code og:title} or the
 * first heading (the site's name cut off a {@code <title>} such as {@code خبر | عرب خبر}), date
 * from the page's metas, JSON-LD or {@code <time>}, paragraphs of the main content with navigation,
 * header, footer, share and "related" blocks left out, the site's name apart. Stateless.
 */
final class HtmlPages {
  private HtmlPages() {}

  /**
   * What a page holds.
   *
   * @param title the headline, or null
   * @param published the publication date as written, or null
   * @param site the site's name, or null
   * @param author the author, or null
   * @param keywords the page's keywords, as written
   * @param paragraphs the main content's paragraphs
   */
  record Page(
      String title,
      String published,
      String site,
      String author,
      List<String> keywords,
      List<String> paragraphs) {}

  /** Containers of the main content, most specific first. */
  private static final String[] MAIN =
      new String[] {
        "[itemprop=articleBody]",
        "article",
        "main",
        "[role=main]",
        ".article-body, .article-content, .entry-content, .post-content, .story-body, #article-body"
      };

  /** Blocks that are no part of the text, whatever the container. */
  private static final String NOT_TEXT =
      "nav, header, footer, aside, script, style, noscript, template, form, iframe, button, svg,"
          + " select, figure, [role=navigation], [role=banner], [role=contentinfo], [hidden]";

  /** Class or id words of boilerplate blocks: sharing, related links, comments, menus, ads. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(^|[-_\\s])(share|sharing|social|related|comments?|breadcrumbs?|newsletter|advert\\w*"
              + "|ads|menu|sidebar|read-?more|more-news|tags|navbar|footer|header|subscribe)"
              + "([-_\\s]|$)",
          Pattern.CASE_INSENSITIVE);

  /** Separators between a headline and the site's name in a {@code <title>}. */
  private static final String[] TITLE_SEPARATORS = {
    " | ", " - ", " – ", " — ", " :: ", " « ", " » "
  };

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 22).build())
          .build();

  /** The article of a parsed page. */
  static Page read(Document doc) {
    LinkedData ld = linkedData(doc);
    Map<String, String> meta = metas(doc);
    String site = first(meta.get("og:site_name"), ld.site);
    String heading = text(doc.selectFirst("h1"));
    String pageTitle = doc.title();
    String title = first(meta.get("og:title"), ld.headline, heading, blankToNull(pageTitle));
    if (title != null) {
      String[] cut = withoutSite(title, site);
      title = cut[0];
      site = first(site, cut[1]);
    }
    if (site == null && title != null && !pageTitle.isBlank()) {
      // The headline from og:title or a heading; the <title> may still name the site after it.
      String[] cut = withoutSite(pageTitle.strip(), null);
      if (title.equals(cut[0])) {
        site = cut[1];
      }
    }
    Element datePublished = doc.selectFirst("[itemprop=datePublished]");
    String published =
        first(
            meta.get("article:published_time"),
            attr(datePublished, "content"),
            attr(datePublished, "datetime"),
            ld.published,
            attr(doc.selectFirst("time[datetime]"), "datetime"),
            meta.get("date"),
            meta.get("pubdate"),
            meta.get("publishdate"),
            meta.get("dc.date.issued"));
    String author = first(meta.get("author"), ld.author);
    List<String> keywords = new ArrayList<>();
    String metaKeywords = first(meta.get("keywords"), meta.get("news_keywords"));
    if (metaKeywords != null) {
      keywords.add(metaKeywords);
    }
    for (Element tag : doc.select("meta[property=article:tag]")) {
      String t = blankToNull(tag.attr("content"));
      if (t != null) {
        keywords.add(t);
      }
    }
    List<String> paragraphs = paragraphs(doc, title);
    if (paragraphs.isEmpty() && ld.body != null) {
      Paragraphs.split(ld.body, paragraphs::add);
    }
    return new Page(title, published, site, author, keywords, paragraphs);
  }

  /** The paragraphs of the main content, the title's own heading left out. */
  private static List<String> paragraphs(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return new ArrayList<>();
    }
    Element main = null;
    for (String query : MAIN) {
      main = doc.selectFirst(query);
      if (main != null && !main.text().isBlank()) {
        break;
      }
      main = null;
    }
    Element content = (main == null ? body : main).clone();
    content.select(NOT_TEXT).remove();
    for (Element e : content.select("[class], [id]")) {
      if (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find()) {
        e.remove();
      }
    }
    content.select("h1").remove();
    List<String> out = new ArrayList<>();
    for (String line : lines(content)) {
      if (!line.equals(title)) {
        out.add(line);
      }
    }
    return out;
  }

  /** Elements that stand on lines of their own: a paragraph ends at each. */
  private static final java.util.Set<String> BLOCK_TAGS =
      java.util.Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "aside",
          "nav",
          "table",
          "tr",
          "td",
          "th",
          "figure",
          "figcaption",
          "address",
          "hr",
          "br",
          "form",
          "fieldset",
          "details",
          "summary");

  /**
   * The lines of text under an element as a reader sees them: a line for each block, text between
   * blocks (loose text beside a paragraph, a div's own text) kept on a line of its own, white space
   * in a line collapsed (but a {@code <pre>}'s kept). Walked without recursion: any nesting depth.
   */
  static List<String> lines(Element root) {
    StringBuilder text = new StringBuilder();
    int[] pre = {0};
    org.jsoup.select.NodeTraversor.traverse(
        new org.jsoup.select.NodeVisitor() {
          @Override
          public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
              String raw = t.getWholeText();
              text.append(pre[0] > 0 ? raw : WHITE_SPACE.matcher(raw).replaceAll(" "));
            } else if (node instanceof Element e) {
              if (e.normalName().equals("pre")) {
                pre[0]++;
              }
              if (BLOCK_TAGS.contains(e.normalName())) {
                text.append('\n');
              }
            }
          }

          @Override
          public void tail(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("pre")) {
                pre[0]--;
              }
              if (BLOCK_TAGS.contains(e.normalName())) {
                text.append('\n');
              }
            }
          }
        },
        root);
    List<String> out = new ArrayList<>();
    Paragraphs.split(text.toString(), out::add);
    return out;
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /**
   * The paragraphs of an HTML fragment (a feed's description, a CDATA section): one per {@code
   * <p>}, heading, list item or quote, else one per line of its text.
   */
  static List<String> fragmentParagraphs(String html) {
    return lines(org.jsoup.Jsoup.parseBodyFragment(html).body());
  }

  /**
   * A {@code <title>} without the site's name after a separator: {@code [headline, site]}; the site
   * is what {@code site} names, or, when the page names none, a suffix of at most four words
   * shorter than the headline.
   */
  static String[] withoutSite(String title, String site) {
    for (String sep : TITLE_SEPARATORS) {
      int at = title.lastIndexOf(sep);
      if (at <= 0) {
        continue;
      }
      String head = title.substring(0, at).strip();
      String tail = title.substring(at + sep.length()).strip();
      boolean named =
          site != null && (tail.equals(site) || tail.contains(site) || site.contains(tail));
      boolean likely =
          site == null
              && !tail.isEmpty()
              && tail.split("\\s+").length <= 4
              && tail.length() < head.length();
      if (!head.isEmpty() && (named || likely)) {
        return new String[] {head, tail};
      }
    }
    return new String[] {title, null};
  }

  /** What a page's JSON-LD says of its article (the first value of each key met). */
  private static final class LinkedData {
    String headline;
    String published;
    String body;
    String author;
    String site;
  }

  private static LinkedData linkedData(Document doc) {
    LinkedData ld = new LinkedData();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try (JsonParser p = JSON.createParser(script.data())) {
        String owner = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.END_OBJECT) {
            // Out of the author's (or publisher's) object: a later "name" is not theirs.
            owner = null;
          }
          if (t != JsonToken.FIELD_NAME) {
            continue;
          }
          String key = p.currentName();
          JsonToken v = p.nextToken();
          if (v == JsonToken.START_OBJECT) {
            owner = key;
            continue;
          }
          if (v != JsonToken.VALUE_STRING) {
            continue;
          }
          String s = blankToNull(p.getText());
          switch (key) {
            case "headline" -> ld.headline = first(ld.headline, s);
            case "datePublished" -> ld.published = first(ld.published, s);
            case "articleBody" -> ld.body = first(ld.body, s);
            case "name" -> {
              if ("author".equals(owner)) {
                ld.author = first(ld.author, s);
              } else if ("publisher".equals(owner)) {
                ld.site = first(ld.site, s);
              }
            }
            default -> {}
          }
        }
      } catch (IOException e) {
        // Broken JSON-LD is common; the page's other signs still count.
      }
    }
    return ld;
  }

  /**
   * The page's metas by name or property, lower-cased, the first non-blank content of each: read
   * once, not once per name looked up.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element e : doc.select("meta[content]")) {
      String key = first(blankToNull(e.attr("property")), blankToNull(e.attr("name")));
      String v = blankToNull(e.attr("content"));
      if (key != null && v != null) {
        out.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
      }
    }
    return out;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
