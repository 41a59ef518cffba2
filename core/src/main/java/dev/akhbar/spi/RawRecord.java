package dev.akhbar.spi;

import dev.akhbar.article.ParseWarning;
import dev.akhbar.date.NewsDate;
import dev.akhbar.internal.RecordParts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record as a reader of a structured format (JSON, XML, TREC, WARC, ...) found it: fields it
 * could name and body paragraphs, all as raw text, with the lines they came from. A {@link
 * RecordFinisher} turns it into an {@link dev.akhbar.article.Article}, exactly as page text is
 * finished: text repaired and normalised, labels in body lines applied, dates parsed, dateline and
 * credit found, warnings added.
 *
 * <p>Immutable and thread-safe; built by a {@link Builder}, which is not.
 */
public final class RawRecord {
  private final RecordParts parts;

  private RawRecord(RecordParts parts) {
    this.parts = parts;
  }

  RecordParts parts() {
    return parts;
  }

  /**
   * A builder of a record of input {@code input} that spans lines {@code line} to {@code lastLine}
   * (1-based).
   *
   * @throws IllegalArgumentException if the lines are not a range from 1 up
   */
  public static Builder builder(String input, long line, long lastLine) {
    return new Builder(input, line, lastLine);
  }

  /** Builds a {@link RawRecord}. Not thread-safe. */
  public static final class Builder {
    private final String input;
    private final long line;
    private final long lastLine;
    private long offset = -1;
    private String title;
    private String publishedRaw;
    private NewsDate published;
    private String source;
    private String url;
    private String author;
    private String dateline;
    private String credit;
    private final List<String> keywords = new ArrayList<>();
    private final List<RecordParts.Paragraph> body = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private long warningsNotKept;

    private Builder(String input, long line, long lastLine) {
      this.input = Objects.requireNonNull(input, "input");
      if (line < 1 || lastLine < line) {
        throw new IllegalArgumentException("bad line range " + line + ".." + lastLine);
      }
      this.line = line;
      this.lastLine = lastLine;
    }

    /** The byte offset of the record in its input, where the format has one. */
    public Builder offset(long value) {
      if (value < -1) {
        throw new IllegalArgumentException("bad offset " + value);
      }
      this.offset = value;
      return this;
    }

    /** The title, raw. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** The publication date as written; parsed unless {@link #published} is given too. */
    public Builder publishedRaw(String value) {
      this.publishedRaw = value;
      return this;
    }

    /** The publication date, when the format gives it as a value rather than text. */
    public Builder published(NewsDate value) {
      this.published = value;
      return this;
    }

    /** The source (a newspaper, an agency, a site). */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /** The address; kept as it is, not normalised. */
    public Builder url(String value) {
      this.url = value;
      return this;
    }

    /** The author. */
    public Builder author(String value) {
      this.author = value;
      return this;
    }

    /** The dateline (a place); when none is given, one is looked for in the first paragraph. */
    public Builder dateline(String value) {
      this.dateline = value;
      return this;
    }

    /**
     * The agency credit; when none is given, one is looked for in the last paragraph and the
     * dateline.
     */
    public Builder credit(String value) {
      this.credit = value;
      return this;
    }

    /** One keyword, or, when it is the only one, a string of keywords to be split. */
    public Builder keyword(String value) {
      keywords.add(Objects.requireNonNull(value, "keyword"));
      return this;
    }

    /** A body paragraph on the record's first line. */
    public Builder paragraph(String text) {
      return paragraph(line, text);
    }

    /**
     * A body paragraph on line {@code at}. Paragraphs may hold labelled lines, as page text does.
     */
    public Builder paragraph(long at, String text) {
      body.add(new RecordParts.Paragraph(at, Objects.requireNonNull(text, "text")));
      return this;
    }

    /** A field that is none of the above, kept by name. */
    public Builder attribute(String name, String value) {
      attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** A problem the reader found. */
    public Builder warning(ParseWarning value) {
      warnings.add(Objects.requireNonNull(value, "warning"));
      return this;
    }

    /**
     * Warnings without text the reader found past {@code ParseLimits.maxWarningsPerArticle} and
     * only counted (so that its memory stays bounded): they join the finisher's count of warnings
     * not kept.
     */
    public Builder warningsNotKept(long count) {
      warningsNotKept += count;
      return this;
    }

    /** The record. */
    public RawRecord build() {
      return new RawRecord(
          new RecordParts(
              input,
              line,
              lastLine,
              offset,
              title,
              publishedRaw,
              published,
              source,
              url,
              author,
              dateline,
              credit,
              List.copyOf(keywords),
              List.copyOf(body),
              new LinkedHashMap<>(attributes),
              List.copyOf(warnings),
              warningsNotKept));
    }
  }
}
