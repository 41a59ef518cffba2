package dev.akhbar.formats.internal;

import dev.akhbar.NewsDateParser;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.spi.RawRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of one tagged record (TREC, SGML, XML) as a raw record: which tag fills which field
 * (TITLE or HEADLINE the title, TIME, DATE or DATE_TIME the date, TEXT, BODY or CONTENT the body,
 * ...), other tags as attributes; and the attributes of a record's opening tag. Stateless.
 */
final class TaggedRecords {
  private TaggedRecords() {}

  /**
   * A record of lines {@code firstLine} to {@code lastLine} from its fields (each field's pieces in
   * input order) and its opening tag's attributes; a DATELINE that reads as a date is the date, and
   * a Gigaword id gives the date of a record that has none.
   */
  static RawRecord.Builder record(
      String input,
      long firstLine,
      long lastLine,
      Map<String, List<String>> fields,
      Map<String, String> recordAttributes,
      NewsDateParser dates) {
    RawRecord.Builder a = RawRecord.builder(input, firstLine, lastLine);
    recordAttributes.forEach(a::attribute);
    String dateline = null;
    boolean dated = false;
    for (Map.Entry<String, List<String>> e : fields.entrySet()) {
      String v = String.join("\n", e.getValue()).strip();
      // Fields named like JSON keys (title, source, url, author, keywords, ...) are the default's.
      switch (e.getKey()) {
        case "TIME":
        case "DATE":
        case "DATE_TIME":
          a.publishedRaw(v);
          dated = true;
          break;
        case "DATELINE":
          dateline = v;
          break;
        case "SRC":
          a.source(v);
          break;
        case "TEXT":
        case "BODY":
        case "CONTENT":
          String body = v;
          if (dateline != null && body.startsWith(dateline + "]")) {
            // Abu El-Khair texts open with "DATE]": the date is the Dateline field already.
            body = body.substring(dateline.length() + 1);
          }
          Paragraphs.split(body, a::paragraph);
          break;
        case "DOCNO":
        case "ID":
          a.attribute("id", v);
          break;
        case "CAT":
        case "CATEGORY":
          a.attribute("category", v);
          break;
        default:
          dated |= known(a, e.getKey().toLowerCase(Locale.ROOT), v);
          break;
      }
    }
    if (dateline != null) {
      // A dateline that reads as a date (Abu El-Khair) is the date; otherwise it is a place.
      if (!dated && dates.parse(dateline).isDate()) {
        a.publishedRaw(dateline);
        dated = true;
      } else {
        a.dateline(dateline);
      }
    }
    String idDate =
        dated ? null : dateFromId(recordAttributes.getOrDefault("id", first(fields.get("DOCNO"))));
    if (idDate != null) {
      a.publishedRaw(idDate);
    }
    return a;
  }

  /** Whether a record's fields hold a title or body text that is not blank. */
  static boolean hasText(Map<String, List<String>> fields) {
    for (Map.Entry<String, List<String>> e : fields.entrySet()) {
      String name = e.getKey();
      FieldMapping.Field f = FieldMapping.DEFAULTS.fieldOf(name.toLowerCase(Locale.ROOT));
      boolean text = f == FieldMapping.Field.TITLE || f == FieldMapping.Field.BODY;
      if (text && e.getValue().stream().anyMatch(v -> !v.isBlank())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A field named like a JSON key ({@code title}, {@code tags}, {@code full_text}), else an
   * attribute; true when it is the date.
   */
  private static boolean known(RawRecord.Builder a, String key, String v) {
    FieldMapping.Field f = FieldMapping.DEFAULTS.fieldOf(key);
    if (f == null) {
      a.attribute(key, v);
      return false;
    }
    switch (f) {
      case TITLE -> a.title(v.replace('\n', ' '));
      case BODY -> Paragraphs.split(v, a::paragraph);
      case DATE -> a.publishedRaw(v);
      case SOURCE -> a.source(v);
      case URL -> a.url(v);
      // Several <value>s (scrapy's list export) are several authors.
      case AUTHOR -> a.author(v.replace("\n", "، "));
      case KEYWORDS -> {
        for (String k : v.split("\n")) {
          if (!k.isBlank()) {
            a.keyword(k.strip());
          }
        }
      }
      default -> a.attribute(key, v);
    }
    return f == FieldMapping.Field.DATE;
  }

  private static String first(List<String> values) {
    return values == null ? "" : values.get(0);
  }

  /** Gigaword ids carry the date: {@code AFP_ARB_20000101.0001} → 2000-01-01. */
  private static String dateFromId(String id) {
    int us = id.lastIndexOf('_');
    if (us < 0 || id.length() < us + 9) {
      return null;
    }
    String d = id.substring(us + 1, us + 9);
    for (char c : d.toCharArray()) {
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8);
  }

  /** The attributes of a tag ({@code id="AFP_ARB_20000101.0001" type=story}), entities decoded. */
  static Map<String, String> attributes(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '/')) {
        i++;
      }
      int start = i;
      while (i < n && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String key = s.substring(start, i).toLowerCase(Locale.ROOT);
      if (i >= n || s.charAt(i) != '=' || key.isEmpty()) {
        i++;
        continue;
      }
      i++;
      char quote = i < n ? s.charAt(i) : ' ';
      String value;
      if (quote == '"' || quote == '\'') {
        int end = s.indexOf(quote, i + 1);
        end = end < 0 ? n : end;
        value = s.substring(i + 1, end);
        i = end + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(s.charAt(end))) {
          end++;
        }
        value = s.substring(i, end);
        i = end;
      }
      out.put(key, Entities.decode(value));
    }
    return out;
  }
}
