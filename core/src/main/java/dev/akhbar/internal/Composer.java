package dev.akhbar.internal;

import dev.akhbar.Article;
import dev.akhbar.ParseWarning;
import dev.akhbar.ParserFeature;
import dev.akhbar.WarningKind;
import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.NewsDateParser;
import dev.akhbar.text.ArabicNormalizer;
import dev.akhbar.text.MojibakeRepair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article whose fields a format reader filled with raw text into a finished one: text
 * repaired and normalised, the date parsed, dateline and credit found, a one-string keywords
 * field split. Problems become warnings on the article's first line.
 *
 * <p>Immutable and thread-safe.
 */
public final class Composer {
  private final ArabicNormalizer normalizer;
  private final NewsDateParser dates;
  private final Set<ParserFeature> features;

  /** A composer with the parser's settings. */
  public Composer(ArabicNormalizer normalizer, NewsDateParser dates, Set<ParserFeature> features) {
    this.normalizer = normalizer;
    this.dates = dates;
    this.features = features;
  }

  /** The finished article. */
  public Article compose(Article raw) {
    int line = raw.origin().line();
    List<ParseWarning> warnings = new ArrayList<>(raw.warnings());
    int[] counts = new int[2];
    Article.Builder a = Article.builder(raw.origin());
    String title = text(raw.title(), counts);
    a.title(title);
    raw.url().ifPresent(a::url);
    raw.author().map(s -> text(s, counts)).filter(s -> !s.isEmpty()).ifPresent(a::author);
    raw.source().map(s -> text(s, counts)).filter(s -> !s.isEmpty()).ifPresent(a::source);
    for (Map.Entry<String, String> e : raw.attributes().entrySet()) {
      String v = text(e.getValue(), counts);
      if (!v.isEmpty()) {
        a.attribute(e.getKey(), v);
      }
    }
    if (raw.published().isPresent()) {
      a.published(raw.published().get());
    }
    Optional<String> dateText = raw.publishedRaw().map(s -> text(s, counts)).filter(s -> !s.isEmpty());
    if (dateText.isPresent()) {
      a.publishedRaw(dateText.get());
      if (raw.published().isEmpty()) {
        DateParseResult r = dates.parse(dateText.get());
        if (r.isDate()) {
          a.published(r.date().get());
          r.notes().forEach(n -> warnings.add(ParseWarning.of(line, WarningKind.DATE_NOTE, n)));
        } else {
          warnings.add(ParseWarning.of(line, WarningKind.UNPARSED_DATE, r.error().orElse("not a date")));
        }
      }
    }
    List<String> body = new ArrayList<>(raw.body().size());
    for (String p : raw.body()) {
      String t = text(p, counts);
      if (!t.isEmpty()) {
        body.add(t);
      }
    }
    String credit = raw.credit().map(s -> text(s, counts)).orElse(null);
    if (credit == null && features.contains(ParserFeature.DETECT_CREDITS) && body.size() >= 2) {
      credit = Agencies.credit(body.get(body.size() - 1));
      if (credit != null) {
        body.remove(body.size() - 1);
      }
    }
    body.forEach(a::addParagraph);
    String dateline = raw.dateline().map(s -> text(s, counts)).orElse(null);
    if (dateline == null && features.contains(ParserFeature.DETECT_DATELINES) && !body.isEmpty()) {
      Datelines.Dateline d = Datelines.find(body.get(0));
      if (d != null) {
        dateline = d.place();
        if (credit == null) {
          credit = d.agency();
        }
      }
    }
    a.dateline(dateline);
    a.credit(credit);
    List<String> keywords = new ArrayList<>();
    for (String k : raw.keywords()) {
      String t = text(k, counts);
      if (!t.isEmpty()) {
        keywords.add(t);
      }
    }
    if (keywords.size() == 1 && features.contains(ParserFeature.SPLIT_KEYWORDS)) {
      List<String> pageText = new ArrayList<>(body);
      pageText.add(0, title);
      keywords = KeywordSplitter.split(keywords.get(0), pageText);
    }
    a.keywords(keywords);
    for (Article r : raw.related()) {
      a.addRelated(compose(r));
    }
    if (counts[0] > 0) {
      warnings.add(ParseWarning.of(line, WarningKind.INVALID_CHARACTERS,
          counts[0] + " invalid characters (NUL, controls, U+FFFD, lone surrogates) removed"));
    }
    if (counts[1] > 0) {
      warnings.add(ParseWarning.of(line, WarningKind.REPAIRED_ENCODING,
          counts[1] + " fields were mojibake (UTF-8 read as windows-1256) and were repaired"));
    }
    warnings.sort(java.util.Comparator.comparingInt(ParseWarning::line));
    warnings.forEach(a::warning);
    return a.build();
  }

  /** One field: repaired when it is mojibake, normalised, trimmed; counts[0] invalid chars, counts[1] repairs. */
  private String text(String s, int[] counts) {
    String source = s;
    if (features.contains(ParserFeature.REPAIR_MOJIBAKE) && MojibakeRepair.looksLikeMojibake(s)) {
      Optional<String> repaired = MojibakeRepair.repair(s);
      if (repaired.isPresent()) {
        source = repaired.get();
        counts[1]++;
      }
    }
    return normalizer.normalize(source, n -> counts[0] += n).strip();
  }
}
