package dev.akhbar.article;

import dev.akhbar.date.NewsDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its title, publication date, body paragraphs and metadata, and where it came
 * from. No component is ever null: absent values are empty {@link Optional}s or empty lists. Lists
 * and maps are unmodifiable.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the title; empty when the page had none (and a {@link WarningKind#MISSING_TITLE}
 *     warning says so)
 * @param published the publication date, parsed, keeping the precision the text gave
 * @param publishedRaw the text of the publication date as written, also when it could not be parsed
 * @param body the body paragraphs, one per input line, in order
 * @param source the source the page names (المصدر), such as a newspaper
 * @param keywords the tags (كلمات دلالية), multi-word tags kept whole
 * @param dateline the place the first paragraph opens with ("موسكو" in "موسكو – صرح ...")
 * @param credit the news agency credited (الأناضول, رويترز, واس)
 * @param related the "read also" articles, each an article of its own
 * @param url the address of the page, where the input gives one
 * @param author the author, where the input gives one
 * @param attributes other fields the input carried (an id, a category), by name, in input order
 * @param origin the input and lines the article came from
 * @param warnings problems found in this article, in line order
 */
public record Article(
    String title,
    Optional<NewsDate> published,
    Optional<String> publishedRaw,
    List<String> body,
    Optional<String> source,
    List<String> keywords,
    Optional<String> dateline,
    Optional<String> credit,
    List<Article> related,
    Optional<String> url,
    Optional<String> author,
    Map<String, String> attributes,
    Origin origin,
    List<ParseWarning> warnings) {

  /** Checks for nulls and makes every collection unmodifiable. */
  public Article {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedRaw, "publishedRaw");
    body = List.copyOf(body);
    Objects.requireNonNull(source, "source");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(credit, "credit");
    related = List.copyOf(related);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(author, "author");
    // Most articles carry none: the shared empty map then, not a copy each.
    attributes =
        attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    Objects.requireNonNull(origin, "origin");
    warnings = List.copyOf(warnings);
  }

  /** A builder for an article; used by readers of other formats. */
  public static Builder builder(Origin origin) {
    return new Builder(origin);
  }

  /** A builder holding every field of this article, to change some of them. */
  public Builder toBuilder() {
    Builder b =
        new Builder(origin)
            .title(title)
            .source(source.orElse(null))
            .dateline(dateline.orElse(null))
            .credit(credit.orElse(null))
            .url(url.orElse(null))
            .author(author.orElse(null))
            .publishedRaw(publishedRaw.orElse(null))
            .published(published.orElse(null))
            .keywords(keywords);
    body.forEach(b::addParagraph);
    related.forEach(b::addRelated);
    attributes.forEach(b::attribute);
    warnings.forEach(b::warning);
    return b;
  }

  /** This article with other warnings; everything else unchanged. */
  public Article withWarnings(List<ParseWarning> newWarnings) {
    return new Article(
        title,
        published,
        publishedRaw,
        body,
        source,
        keywords,
        dateline,
        credit,
        related,
        url,
        author,
        attributes,
        origin,
        newWarnings);
  }

  /**
   * Builds an {@link Article}. Not thread-safe; the article it builds is. Every field defaults to
   * empty.
   */
  public static final class Builder {
    private String title = "";
    private NewsDate published;
    private String publishedRaw;
    private final List<String> body = new ArrayList<>();
    private String source;
    private final List<String> keywords = new ArrayList<>();
    private String dateline;
    private String credit;
    private final List<Article> related = new ArrayList<>();
    private String url;
    private String author;
    private Map<String, String> attributes = Map.of();
    private Origin origin;
    private final List<ParseWarning> warnings = new ArrayList<>();

    private Builder(Origin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** Sets the title. */
    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** Sets the parsed publication date. */
    public Builder published(NewsDate value) {
      this.published = value;
      return this;
    }

    /** Sets the publication date as written. */
    public Builder publishedRaw(String value) {
      this.publishedRaw = value;
      return this;
    }

    /** Adds a body paragraph. */
    public Builder addParagraph(String value) {
      body.add(Objects.requireNonNull(value, "paragraph"));
      return this;
    }

    /** Sets the source. */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /** Adds keywords. */
    public Builder keywords(List<String> values) {
      keywords.addAll(values);
      return this;
    }

    /** Sets the dateline. */
    public Builder dateline(String value) {
      this.dateline = value;
      return this;
    }

    /** Sets the agency credit. */
    public Builder credit(String value) {
      this.credit = value;
      return this;
    }

    /** Adds a related article. */
    public Builder addRelated(Article value) {
      related.add(Objects.requireNonNull(value, "related"));
      return this;
    }

    /** Sets the URL. */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /** Sets the author. */
    public Builder author(String value) {
      this.author = value;
      return this;
    }

    /** Sets an attribute. */
    public Builder attribute(String name, String value) {
      if (attributes.isEmpty()) {
        attributes = new LinkedHashMap<>();
      }
      attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets the origin. */
    public Builder origin(Origin value) {
      this.origin = Objects.requireNonNull(value, "origin");
      return this;
    }

    /** Adds a warning. */
    public Builder warning(ParseWarning value) {
      warnings.add(Objects.requireNonNull(value, "warning"));
      return this;
    }

    /** The body paragraphs added so far, modifiable: a parser may take the last one back. */
    public List<String> body() {
      return body;
    }

    /** The article. */
    public Article build() {
      return new Article(
          title,
          Optional.ofNullable(published),
          Optional.ofNullable(publishedRaw),
          body,
          Optional.ofNullable(source),
          keywords,
          Optional.ofNullable(dateline),
          Optional.ofNullable(credit),
          related,
          Optional.ofNullable(url),
          Optional.ofNullable(author),
          attributes,
          origin,
          warnings);
    }
  }
}
