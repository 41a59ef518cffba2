package dev.akhbar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an evaluation set's gold: {@code gold/SOURCE.jsonl}, one JSON object per article, in the
 * format {@code eval/README.md} describes. The data files are under {@code data/}.
 */
final class GoldSet {
  /** Gold that cannot be read, with the gold file and line. */
  static final class GoldException extends Exception {
    private static final long serialVersionUID = 1L;

    GoldException(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXT_FIELDS =
      List.of("title", "source", "dateline", "credit", "author");

  private GoldSet() {}

  /** Every gold article of the set, source by source (sorted by name), each in file order. */
  static List<GoldArticle> read(Path evalDir) throws IOException, GoldException {
    Path goldDir = evalDir.resolve("gold");
    if (!Files.isDirectory(goldDir)) {
      throw new GoldException(evalDir + ": no gold/ directory");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(goldDir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new GoldException(goldDir + ": " + RunSummary.why(e, 0));
    }
    if (files.isEmpty()) {
      throw new GoldException(goldDir + ": no .jsonl gold files");
    }
    List<GoldArticle> all = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String source = name.substring(0, name.length() - ".jsonl".length());
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        long lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
          lineNumber++;
          GoldArticle a =
              line.isBlank() ? null : article(source, line, file + ":" + lineNumber, lineNumber);
          if (a != null) {
            all.add(a);
          }
        }
      } catch (IOException e) {
        // Named here: the exception of a read may name no file ("Is a directory").
        throw new GoldException(file + ": " + RunSummary.why(e, 0));
      }
    }
    return all;
  }

  /** The gold article of a line, or null for a record marked {@code "article": false}. */
  private static GoldArticle article(String source, String line, String where, long lineNumber)
      throws GoldException {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new GoldException(where + ": not JSON: " + e.getOriginalMessage());
    }
    if (!n.isObject()) {
      throw new GoldException(where + ": not a JSON object");
    }
    if (n.path("article").isBoolean() && !n.path("article").asBoolean()) {
      // A record without text at this place: no article is expected, and one found counts against
      // the articles' precision.
      return null;
    }
    String file = text(n, "file", where).orElseThrow(() -> missing(where, "file"));
    Map<String, String> text = new HashMap<>();
    for (String field : TEXT_FIELDS) {
      text(n, field, where).ifPresent(v -> text.put(field, v));
    }
    List<String> keywords = new ArrayList<>();
    JsonNode k = n.path("keywords");
    if (!k.isMissingNode() && !k.isNull()) {
      if (!k.isArray()) {
        throw new GoldException(where + ": keywords is not a list");
      }
      for (JsonNode tag : k) {
        keywords.add(tag.asText());
      }
    }
    return new GoldArticle(
        source,
        file,
        number(n, "index", where, true),
        number(n, "firstLine", where, false),
        lineNumber,
        text,
        text(n, "published", where),
        keywords,
        number(n, "paragraphs", where, true),
        number(n, "related", where, true));
  }

  private static Optional<String> text(JsonNode n, String field, String where)
      throws GoldException {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new GoldException(where + ": " + field + " is not a string");
    }
    return Optional.of(v.asText());
  }

  private static int number(JsonNode n, String field, String where, boolean required)
      throws GoldException {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      if (required) {
        throw missing(where, field);
      }
      return 0;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
      throw new GoldException(where + ": " + field + " is not a whole number");
    }
    return v.asInt();
  }

  private static GoldException missing(String where, String field) {
    return new GoldException(where + ": " + field + " is missing");
  }
}
