package dev.akhbar.formats.options;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which keys of a JSON article object fill which field. The defaults recognise the common names
 * (SaudiNewsNet's {@code source, url, title, author, content}; crawl dumps' {@code text, url, date,
 * timestamp}); the first key present wins. Keys that fill no field are kept as attributes when
 * their values are scalars. SaudiNewsNet's {@code date_extracted} and news-please's {@code
 * date_download} are crawl times, not publication dates: they stay attributes, and the day of the
 * crawl stands in for a publication date only where the object has none, with a warning.
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
    /** The author. */
    AUTHOR,
    /** Keywords: an array of tags or one string. */
    KEYWORDS,
    /**
     * When the page was fetched. Kept as an attribute; where the object gives no publication date,
     * its day stands in for one, with a {@code DATE_NOTE} warning that says so.
     */
    CRAWLED
  }

  /** The default mapping. */
  public static final FieldMapping DEFAULTS =
      new Builder()
          .keys(Field.TITLE, "title", "headline", "Headline", "name")
          .keys(Field.BODY, "content", "text", "body", "article", "Text", "maintext", "raw_content")
          .keys(
              Field.DATE,
              "date",
              "published",
              "date_published",
              "publish_date",
              "published_at",
              "pubDate",
              "datePublished",
              "timestamp",
              "date_publish")
          .keys(Field.SOURCE, "source", "site", "source_domain", "publisher", "newspaper", "domain")
          .keys(Field.URL, "url", "link", "URL", "uri")
          .keys(Field.AUTHOR, "author", "authors", "byline", "writer")
          .keys(Field.KEYWORDS, "keywords", "tags", "categories_tags")
          .keys(
              Field.CRAWLED,
              "date_extracted",
              "date_download",
              "date_crawled",
              "crawled_at",
              "crawl_date",
              "scraped_at",
              "fetched_at")
          .build();

  private final Map<Field, List<String>> keys;

  private FieldMapping(Map<Field, List<String>> keys) {
    this.keys = keys;
  }

  /** The keys for a field, first preferred, unmodifiable. */
  public List<String> keys(Field field) {
    return keys.getOrDefault(field, List.of());
  }

  /** The field a key fills, or null. */
  public Field fieldOf(String key) {
    for (Map.Entry<Field, List<String>> e : keys.entrySet()) {
      if (e.getValue().contains(key)) {
        return e.getKey();
      }
    }
    return null;
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

    /** The mapping. */
    public FieldMapping build() {
      Map<Field, List<String>> copy = new EnumMap<>(Field.class);
      keys.forEach((f, k) -> copy.put(f, List.copyOf(k)));
      return new FieldMapping(Collections.unmodifiableMap(copy));
    }
  }
}
