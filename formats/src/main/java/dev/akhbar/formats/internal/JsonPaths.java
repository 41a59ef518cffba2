package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.akhbar.article.Article;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.FieldMapping.Field;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Gathers the values of one JSON object (or CSV row) by path: a mapped key's nested object read key
 * by key ({@code source.name}), a list of objects through which a mapped path goes read the same
 * way, anything else kept as written (objects and lists as JSON text), at most {@code
 * maxRecordChars} of text. At the top of a record it tells where an article list or a wrapper opens
 * (an envelope). Not thread-safe (one per source).
 */
final class JsonPaths {
  /** Keys whose list of objects is the list of articles, in an object that is no article itself. */
  private static final Set<String> LIST_KEYS =
      Set.of(
          "articles",
          "items",
          "results",
          "records",
          "docs",
          "documents",
          "entries",
          "news",
          "posts",
          "stories",
          "hits",
          "rows",
          "data",
          "@graph",
          "itemListElement");

  /** Keys whose object holds the list of articles (or is the one article), in the same case. */
  private static final Set<String> WRAPPER_KEYS =
      Set.of("data", "response", "result", "results", "payload", "hits");

  /** What an entry of an object costs besides its key and text (a map entry). */
  private static final int ENTRY_COST = 16;

  /** What an item of a list costs besides its text: a list of a million "" is not free. */
  private static final int ITEM_COST = 4;

  /** Keys whose object's keys are the record's own: Elasticsearch's {@code _source}. */
  private static final Set<String> TRANSPARENT_KEYS = Set.of("_source");

  /** What reading an object's fields came to. */
  enum Step {
    /** The object ended: {@link Values#article} is its article. */
    ARTICLE,
    /** The object ended and holds no article text: no article, counted. */
    NO_TEXT,
    /** The object ended; it only held the article list: nothing to count. */
    ENVELOPE,
    /** The parser is on the {@code [} of the object's article list. */
    INTO_LIST,
    /** The parser is on an object that holds the article list (or is the one article). */
    INTO_OBJECT
  }

  private final JsonFactory factory;
  private final int maxRecordChars;

  /** The keys' fields. */
  private final FieldMapping mapping;

  /** Every mapped path's rank in its field's keys (0 first). */
  private final Map<String, Integer> ranks = new HashMap<>();

  /** The paths a mapped key goes through: {@code source} for {@code source.name}. */
  private final Set<String> prefixes = new HashSet<>();

  /** Whether the objects are CSV rows, whose first line is that of their first cell. */
  private final boolean csv;

  JsonPaths(FieldMapping mapping, JsonFactory factory, int maxRecordChars, boolean csv) {
    this.factory = factory;
    this.mapping = mapping;
    this.maxRecordChars = maxRecordChars;
    this.csv = csv;
    for (Field f : Field.values()) {
      List<String> keys = mapping.keys(f);
      for (int r = 0; r < keys.size(); r++) {
        String k = keys.get(r);
        // A key named for two fields fills the first (FieldMapping.fieldOf): ranked there only.
        if (mapping.fieldOf(k) == f) {
          ranks.put(k, r);
        }
        for (int dot = k.indexOf('.'); dot > 0; dot = k.indexOf('.', dot + 1)) {
          prefixes.add(k.substring(0, dot));
        }
      }
    }
  }

  /** The field a path fills, or null. */
  Field fieldOf(String path) {
    return mapping.fieldOf(path);
  }

  /** A mapped path's rank among its field's keys, 0 first. */
  int rankOf(String path) {
    return ranks.get(path);
  }

  /** The values of one object as they are read, by path in the order met. */
  static final class Values {
    final Map<String, JsonValue> byPath = new LinkedHashMap<>();
    long firstLine;
    long chars;
    boolean full;
    boolean first = true;

    /** Whether the object is a wrapper's value: once read, its holder is read on. */
    boolean wrapper;

    /**
     * Whether the object is a value of its own (a top-level value, a JSON line, a wrapper's value)
     * rather than an element of a list: only such an object may hold the article list.
     */
    boolean root;

    /** Whether the object (or a wrapper in it) held the article list. */
    boolean heldList;

    /** The key of the wrapper being read from this object, for its values' paths. */
    String opening;

    /** Whether a title or body value was met: then no wrapper below holds the article list. */
    boolean text;

    /**
     * Whether a body value was met: the object is an article, and no list below is the article list
     * (a feed's title comes before its items; an article's text before its own lists).
     */
    boolean bodyText;

    /** The article, once {@link Step#ARTICLE}. */
    Article article;

    /**
     * The values of an object that opens on {@code firstLine}; {@code root} whether it is a value
     * of its own (see {@link #root}); {@code chars} the text its holders have kept already, which
     * it shares the record limit with.
     */
    Values(long firstLine, boolean root, long chars) {
      this.firstLine = firstLine;
      this.root = root;
      this.chars = chars;
    }

    /**
     * Takes the values of a wrapper that held no article list and no text back as its own, under
     * the wrapper's key: {@code {"id": 5, "data": {"views": 10}, ...}} keeps {@code data.views}.
     */
    void takeBack(Values wrapper) {
      wrapper.byPath.forEach(
          (path, value) -> {
            JsonValue mine = value(opening + "." + path);
            mine.items.addAll(value.items);
            mine.list |= value.list;
            mine.json |= value.json;
          });
      chars = Math.max(chars, wrapper.chars);
      full |= wrapper.full;
    }

    JsonValue value(String path) {
      return byPath.computeIfAbsent(path, k -> new JsonValue());
    }
  }

  /**
   * Gathers the fields of an object up to its END_OBJECT under {@code prefix}; at the top of a
   * record ({@code top}), returns where an article list or wrapper starts instead.
   */
  Step collect(
      JsonParser p, Values v, String prefix, ToLongFunction<JsonLocation> lineOf, boolean top)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (v.first && csv) {
        // A CSV row's object opens where the row before ended: the row starts at its first cell.
        v.firstLine = lineOf.applyAsLong(p.currentTokenLocation());
      }
      v.first = false;
      String key = p.currentName();
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      JsonToken t = p.nextToken();
      // Checked before the size limit: an envelope's own keys may fill it, its articles not.
      if (top && v.root && !csv) {
        if (t == JsonToken.START_ARRAY && LIST_KEYS.contains(key) && !v.bodyText) {
          // The list is read element by element as the article list, the parser on its "[":
          // objects are articles, anything else a warning with its text ([null, {...}] loses
          // nothing).
          v.heldList = true;
          return Step.INTO_LIST;
        }
        if (t == JsonToken.START_OBJECT && WRAPPER_KEYS.contains(key) && !v.text) {
          v.opening = key;
          return Step.INTO_OBJECT;
        }
      }
      // Each entry costs its key and a list entry besides its text: an object of a million empty
      // keys is cut as one of much text is.
      v.chars += path.length() + ENTRY_COST;
      v.full |= v.chars > maxRecordChars;
      if (v.full) {
        p.skipChildren();
        continue;
      }
      Field f = mapping.fieldOf(path);
      if (t == JsonToken.START_OBJECT
          && (prefixes.contains(path) || prefix.isEmpty() && TRANSPARENT_KEYS.contains(key))) {
        collect(p, v, prefixes.contains(path) ? path : prefix, lineOf, false);
      } else if (t == JsonToken.START_ARRAY && (prefixes.contains(path) || f != null)) {
        list(p, v, path, f, p.nextToken(), lineOf);
      } else if (t.isScalarValue()) {
        if (t != JsonToken.VALUE_NULL) {
          add(v, path, f, scalar(p, t, f), false);
        }
      } else {
        String json = valueText(p, t, maxRecordChars - v.chars);
        add(v, path, f, json, true);
      }
    }
    return null;
  }

  /**
   * A list's items from the token {@code t} on: scalars as items of {@code path} (mapped to {@code
   * f}, or null), objects' keys under it (where a mapped path goes through), anything else as JSON
   * text.
   */
  private void list(
      JsonParser p,
      Values v,
      String path,
      Field f,
      JsonToken t,
      ToLongFunction<JsonLocation> lineOf)
      throws IOException {
    JsonValue value = v.value(path);
    holds(v, f);
    value.list = true;
    for (; t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (v.full) {
        p.skipChildren();
      } else if (t.isScalarValue()) {
        if (t != JsonToken.VALUE_NULL) {
          item(v, value, scalar(p, t, f));
        }
      } else if (t == JsonToken.START_OBJECT && prefixes.contains(path)) {
        collect(p, v, path, lineOf, false);
      } else {
        // A list inside a list, or objects no mapped path reaches: kept as JSON text.
        item(v, value, valueText(p, t, maxRecordChars - v.chars));
        value.json = true;
      }
    }
  }

  /** A scalar's text: a number where a date belongs as an epoch date. */
  private String scalar(JsonParser p, JsonToken t, Field f) throws IOException {
    return (f == Field.DATE || f == Field.CRAWLED) && t.isNumeric() ? dateNumber(p) : p.getText();
  }

  private void add(Values v, String path, Field f, String text, boolean json) {
    JsonValue value = v.value(path);
    holds(v, f);
    value.json |= json;
    // A key met again (a repeated key, extra CSV cells) keeps every value, a line apart.
    item(v, value, text);
  }

  /** Notes that the record holds a value of {@code f}: text where it is a title or body. */
  private static void holds(Values v, Field f) {
    v.text |= f == Field.TITLE || f == Field.BODY;
    v.bodyText |= f == Field.BODY;
  }

  private void item(Values v, JsonValue value, String text) {
    if (text == null) {
      return;
    }
    value.items.add(text);
    v.chars += text.length() + ITEM_COST;
    v.full = v.chars > maxRecordChars;
  }

  /**
   * A value's text: an object or a list as compact JSON text, cut at {@code room} chars (the rest
   * of it is passed over; the record limit's warning says so).
   */
  String valueText(JsonParser p, JsonToken t, long room) throws IOException {
    if (t.isScalarValue()) {
      return p.getText();
    }
    java.io.StringWriter text = new java.io.StringWriter();
    boolean cut = false;
    try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(text)) {
      int depth = 0;
      JsonToken token = t;
      do {
        if (!cut) {
          g.copyCurrentEvent(p);
          g.flush();
          cut = text.getBuffer().length() > room;
        }
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
      } while (depth > 0 && (token = p.nextToken()) != null);
    }
    String json = text.toString();
    return cut ? json.substring(0, (int) Math.max(0, Math.min(room, json.length()))) : json;
  }

  /**
   * A date given as a number: seconds or milliseconds since the epoch as ISO-8601; a number that is
   * no such instant (a fraction, out of range) as written, so that it is an unparsed date with its
   * text, never an exception.
   */
  private static String dateNumber(JsonParser p) throws IOException {
    String text = p.getText();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      return text;
    }
    try {
      return epochToIso(p.getLongValue());
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return text;
    }
  }

  /** Seconds or milliseconds since the epoch, told apart by size. */
  private static String epochToIso(long value) {
    return (Math.abs(value) > 100_000_000_000L
            ? Instant.ofEpochMilli(value)
            : Instant.ofEpochSecond(value))
        .toString();
  }
}
