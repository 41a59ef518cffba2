package dev.akhbar.formats.options;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which keys of a JSON article object (or CSV column, or XML record element) fill which field. The
 * defaults know the common schemas, first key present wins:
 *
 * <ul>
 *   <li>scrapers and newspaper-style crawlers: {@code title, content, text, full_text, body, date,
 *       published_time, url, author, tags};
 *   <li>NewsAPI: {@code title, content, description, publishedAt, source.name, author, url};
 *   <li>schema.org {@code NewsArticle} (JSON-LD): {@code headline, articleBody, datePublished,
 *       author.name, publisher.name, keywords};
 *   <li>trafilatura: {@code title, text, raw_text, date, hostname, sitename, author, tags};
 *   <li>news-please and Common Crawl news extractions: {@code title, maintext, date_publish,
 *       authors, source_domain, url, date_download};
 *   <li>SaudiNewsNet: {@code source, url, title, author, content, date_extracted};
 *   <li>WordPress's REST API: {@code title.rendered, content.rendered, date, link}.
 * </ul>
 *
 * <p>A key may be a dotted path into nested objects ({@code source.name}, {@code meta.date}); a
 * path through a list of objects ({@code author.name} over {@code "author": [{"name": ...}, ...]})
 * gathers every value. Keys that fill no field are kept as attributes (objects and lists as JSON
 * text). {@code date_extracted}, {@code date_download} and the like are crawl times, not
 * publication dates: they stay attributes, and the day of the crawl stands in for a publication
 * date only where the object has none, with a warning.
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldMapping {
  /** The fields a JSON object can fill. */
  public enum Field {
    /** The title. */
    TITLE,
    /** The body text; line breaks separate paragraphs; an array is one paragraph per element. */
    BODY,
    /** The publication date as text (parsed like any date). */
    DATE,
    /** The source or site. */
    SOURCE,
    /** The URL. */
    URL,
    /** The author; a list of authors is joined with Arabic commas. */
    AUTHOR,
    /** Keywords: an array of tags or one string. */
    KEYWORDS,
    /**
     * When the page was fetched. Kept as an attribute; where the object gives no publication date,
     * its day stands in for one, with a {@code DATE_NOTE} warning that says so.
     */
    CRAWLED,
    /**
     * The page's HTML, as some crawlers keep it: read like a saved page (title, date and paragraphs
     * of the main content) where the object gives no body text of its own.
     */
    HTML
  }

  /** The default mapping. */
  public static final FieldMapping DEFAULTS =
      new Builder()
          .keys(Field.TITLE, "title.rendered", "title", "headline", "Headline", "name")
          .keys(
              Field.BODY,
              "content.rendered",
              "content",
              "text",
              "body",
              "article",
              "Text",
              "maintext",
              "full_text",
              "articleBody",
              "article_text",
              "raw_content",
              "raw_text",
              "contents",
              "content_text",
              "description",
              "summary",
              "excerpt")
          .keys(
              Field.DATE,
              "publishedRaw",
              "date",
              "published",
              "date_published",
              "publish_date",
              "published_at",
              "publishedAt",
              "published_time",
              "published_date",
              "publication_date",
              "pubDate",
              "datePublished",
              "timestamp",
              "date_publish",
              "dateCreated",
              "created_at")
          .keys(
              Field.SOURCE,
              "source",
              "site",
              "source_domain",
              "publisher",
              "newspaper",
              "domain",
              "source.name",
              "publisher.name",
              "sitename",
              "site_name",
              "hostname")
          .keys(Field.URL, "url", "link", "URL", "uri", "canonical_url", "article_url")
          .keys(
              Field.AUTHOR,
              "author",
              "authors",
              "byline",
              "writer",
              "creator",
              "author.name",
              "authors.name")
          .keys(Field.KEYWORDS, "keywords", "tags", "categories_tags", "news_keywords")
          .keys(
              Field.CRAWLED,
              "date_extracted",
              "date_download",
              "date_crawled",
              "crawled_at",
              "crawl_date",
              "scraped_at",
              "fetched_at")
          .keys(Field.HTML, "html", "raw_html", "content_html", "body_html", "page_html")
          .build();

  private final Map<Field, List<String>> keys;

  /** Each key's field: a key named for two fields fills the first. */
  private final Map<String, Field> fields = new java.util.HashMap<>();

  private FieldMapping(Map<Field, List<String>> keys) {
    this.keys = keys;
    keys.forEach((f, names) -> names.forEach(k -> fields.putIfAbsent(k, f)));
  }

  /** The keys for a field, first preferred, unmodifiable. */
  public List<String> keys(Field field) {
    return keys.getOrDefault(field, List.of());
  }

  /** The field a key fills, or null. */
  public Field fieldOf(String key) {
    return fields.get(key);
  }

  /** A builder starting from these keys. */
  public Builder toBuilder() {
    Builder b = new Builder();
    keys.forEach((f, k) -> b.keys.put(f, new ArrayList<>(k)));
    return b;
  }

  /** Builds a {@link FieldMapping}. Not thread-safe. */
  public static final class Builder {
    private final Map<Field, List<String>> keys = new EnumMap<>(Field.class);

    /** An empty builder; start from {@link FieldMapping#toBuilder()} to keep the defaults. */
    public Builder() {}

    /** Sets the keys of a field, first preferred, replacing any set before. */
    public Builder keys(Field field, String... names) {
      keys.put(Objects.requireNonNull(field, "field"), new ArrayList<>(List.of(names)));
      return this;
    }

    /**
     * Puts a key (a dotted path such as {@code meta.date} reaches into nested objects) first for a
     * field, ahead of the keys it had; the key then fills no other field.
     */
    public Builder prefer(Field field, String key) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(key, "key");
      keys.values().forEach(k -> k.remove(key));
      List<String> list = keys.computeIfAbsent(field, f -> new ArrayList<>());
      list.add(0, key);
      return this;
    }

    /** The mapping. */
    public FieldMapping build() {
      Map<Field, List<String>> copy = new EnumMap<>(Field.class);
      keys.forEach((f, k) -> copy.put(f, List.copyOf(k)));
      return new FieldMapping(Collections.unmodifiableMap(copy));
    }
  }
}
