package dev.akhbar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accuracy an evaluation must not fall below, per source and overall, for the article starts
 * and each field: a JSON object {@code {"SOURCE": {"articles": 1.0, "title": 0.975, ...}, ...,
 * "overall": {...}}} of shares between 0 and 1.
 */
final class EvalFloor {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String OVERALL = "overall";

  private EvalFloor() {}

  /** Writes today's accuracies as the floor, rounded down to 0.1 %. */
  static void record(EvalScores scores, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    for (String source : scores.sources()) {
      ObjectNode rows = root.putObject(source);
      for (String row : EvalScores.rows()) {
        rows.put(row, floor(scores.tally(source, row)));
      }
    }
    ObjectNode rows = root.putObject(OVERALL);
    for (String row : EvalScores.rows()) {
      rows.put(row, floor(scores.overall(row)));
    }
    JSON.writeValue(file.toFile(), root);
  }

  private static double floor(EvalScores.Tally t) {
    return t.total == 0 ? 1.0 : (t.correct * 1000 / t.total) / 1000.0;
  }

  /**
   * What falls below the floor, one line each; empty when nothing does. A source or row the floor
   * names but the evaluation lacks is below it.
   */
  static List<String> check(EvalScores scores, Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": not a JSON object");
    }
    List<String> below = new ArrayList<>();
    for (Map.Entry<String, JsonNode> source : root.properties()) {
      boolean overall = source.getKey().equals(OVERALL);
      if (!overall && !scores.sources().contains(source.getKey())) {
        below.add(source.getKey() + ": not in the evaluation");
        continue;
      }
      for (Map.Entry<String, JsonNode> row : source.getValue().properties()) {
        if (!EvalScores.rows().contains(row.getKey()) || !row.getValue().isNumber()) {
          throw new IOException(
              file + ": " + source.getKey() + "." + row.getKey() + " is not a row");
        }
        EvalScores.Tally t =
            overall ? scores.overall(row.getKey()) : scores.tally(source.getKey(), row.getKey());
        double min = row.getValue().asDouble();
        if (t.accuracy() < min - 1e-9) {
          below.add(
              String.format(
                  java.util.Locale.ROOT,
                  "%s %s: %s %% < floor %.1f %%",
                  source.getKey(),
                  row.getKey(),
                  EvalTable.percent(t.correct, t.total),
                  min * 100));
        }
      }
    }
    return below;
  }
}
