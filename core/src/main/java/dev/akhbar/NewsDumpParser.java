package dev.akhbar;

import dev.akhbar.article.Article;
import dev.akhbar.article.ArticleReader;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.article.ParseWarning;
import dev.akhbar.article.ParserFeature;
import dev.akhbar.article.WarningKind;
import dev.akhbar.internal.PageReader;
import dev.akhbar.internal.Settings;
import dev.akhbar.internal.SourceArticles;
import dev.akhbar.internal.StructuredInputNote;
import dev.akhbar.internal.Utf8Reader;
import dev.akhbar.text.NormalizationProfile;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns raw news dumps in the shape of the aggregator arabkhabar.com into {@link Article}s: a title
 * line, {@code تاريخ النشر: 29th, February 2024 GMT}, body paragraphs, {@code المصدر:}, {@code
 * كلمات دلالية:} and a {@code إقرأ أيضاً:} block of related articles, one page or many
 * concatenated.
 *
 * <p>Lenient: problems become {@link ParseWarning}s with line numbers on the article they belong
 * to; nothing is thrown for bad text and no non-blank line is dropped. Line endings LF, CRLF and
 * CR, a UTF-8 byte-order mark, NUL bytes and blank lines are all taken in stride.
 *
 * <p>Defaults: output text in {@link NormalizationProfile#DISPLAY}; every {@link ParserFeature} on;
 * {@link NewsDateParser#defaults()}; {@link ParseLimits#DEFAULTS}.
 *
 * <p>Page text only: for JSON, XML, CSV, feeds, WARC and compressed files, the formats module's
 * {@code Dumps} detects the format and reads each with this parser's settings.
 *
 * <p>Instances are immutable and thread-safe: build one and share it across threads.
 *
 * <pre>{@code
 * NewsDumpParser parser = NewsDumpParser.builder().build();
 * try (ArticleReader articles = parser.parse(Path.of("dump.txt"))) {
 *   for (Article a : articles) {
 *     System.out.println(a.title() + " " + a.published().map(NewsDate::toIso).orElse("?"));
 *   }
 * }
 * }</pre>
 */
public final class NewsDumpParser {
  private final NormalizationProfile profile;
  private final NewsDateParser dates;
  private final Set<ParserFeature> features;
  private final ParseLimits limits;

  /** The same, as the engine reads them. */
  private final Settings settings;

  private NewsDumpParser(Builder b) {
    this.profile = b.profile;
    this.dates = b.dates;
    this.features = Collections.unmodifiableSet(EnumSet.copyOf(b.features));
    this.limits = b.limits;
    this.settings =
        Settings.of(
            profile.operations(),
            dates.order(),
            dates.defaultZone(),
            dates.reference(),
            features,
            limits);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this parser's settings. */
  public Builder toBuilder() {
    Builder b = new Builder().normalization(profile).dateParser(dates).limits(limits);
    b.features.clear();
    b.features.addAll(features);
    return b;
  }

  /** Parses a whole dump held in a string; the input is named {@code <string>}. */
  public List<Article> parse(String text) {
    return parse(text, "<string>");
  }

  /** Parses a whole dump held in a string, naming the input in every article's origin. */
  public List<Article> parse(String text, String inputName) {
    List<Article> out = new ArrayList<>();
    try (ArticleReader reader = parse(new StringReader(text), inputName)) {
      for (Article a : reader) {
        out.add(a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader does not fail", e);
    }
    return out;
  }

  /** Streams the articles of a character stream; closing the reader closes the stream. */
  public ArticleReader parse(Reader reader, String inputName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(inputName, "inputName");
    if (reader instanceof Utf8Reader) {
      // Akhbar's own UTF-8 reader hands its bytes to the one-pass path: not read ahead here.
      return read(reader, inputName, () -> "");
    }
    BufferedReader buffered =
        reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    return read(
        buffered,
        inputName,
        () -> {
          buffered.mark(StructuredInputNote.HEAD);
          char[] chars = new char[StructuredInputNote.HEAD];
          int n = 0;
          for (int r; n < chars.length && (r = buffered.read(chars, n, chars.length - n)) > 0; ) {
            n += r;
          }
          buffered.reset();
          return new String(chars, 0, n);
        });
  }

  /**
   * The articles of a reader whose first chars {@code head} gives (read when the first article is
   * asked for, not here: a slow stream does not block this call).
   */
  private ArticleReader read(Reader reader, String inputName, StructuredInputNote.Head head) {
    return new SourceArticles(
        StructuredInputNote.of(head, new PageReader(reader, inputName, 1, settings)));
  }

  /**
   * Streams the articles of UTF-8 bytes. Malformed bytes become U+FFFD and are reported as {@link
   * WarningKind#INVALID_CHARACTERS} on their line.
   */
  public ArticleReader parse(InputStream in, String inputName) {
    Objects.requireNonNull(inputName, "inputName");
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"));
    return read(
        new Utf8Reader(buffered),
        inputName,
        () -> {
          buffered.mark(StructuredInputNote.HEAD);
          byte[] bytes = buffered.readNBytes(StructuredInputNote.HEAD);
          buffered.reset();
          return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        });
  }

  /** Streams the articles of a UTF-8 file of page text; the input is named by the path as given. */
  public ArticleReader parse(Path path) throws IOException {
    return parse(Files.newInputStream(path), path.toString());
  }

  /** The profile output text is normalised with. */
  public NormalizationProfile normalization() {
    return profile;
  }

  /** The date parser used for publication dates. */
  public NewsDateParser dateParser() {
    return dates;
  }

  /** The features that are on, unmodifiable. */
  public Set<ParserFeature> features() {
    return features;
  }

  /** The limits on input. */
  public ParseLimits limits() {
    return limits;
  }

  /** Builds a {@link NewsDumpParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private NormalizationProfile profile = NormalizationProfile.DISPLAY;
    private NewsDateParser dates = NewsDateParser.defaults();
    private final EnumSet<ParserFeature> features = EnumSet.allOf(ParserFeature.class);
    private ParseLimits limits = ParseLimits.DEFAULTS;

    private Builder() {}

    /** How output text is normalised; default {@link NormalizationProfile#DISPLAY}. */
    public Builder normalization(NormalizationProfile value) {
      this.profile = Objects.requireNonNull(value, "profile");
      return this;
    }

    /** The date parser for publication dates; default {@link NewsDateParser#defaults()}. */
    public Builder dateParser(NewsDateParser value) {
      this.dates = Objects.requireNonNull(value, "dateParser");
      return this;
    }

    /** Turns features on. */
    public Builder enable(ParserFeature... values) {
      Collections.addAll(features, values);
      return this;
    }

    /** Turns features off. */
    public Builder disable(ParserFeature... values) {
      for (ParserFeature f : values) {
        features.remove(f);
      }
      return this;
    }

    /** The limits on input; default {@link ParseLimits#DEFAULTS}. */
    public Builder limits(ParseLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /** The parser. */
    public NewsDumpParser build() {
      return new NewsDumpParser(this);
    }
  }
}
