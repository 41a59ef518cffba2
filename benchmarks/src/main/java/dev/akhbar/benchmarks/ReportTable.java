package dev.akhbar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result into the Markdown table of benchmarks/README.md: throughput (MB/s of
 * input, or dates/s), the ratio to the baseline measured in the same run, and bytes allocated per
 * input byte (or per date). Usage: {@code ReportTable results.json}.
 */
public final class ReportTable {
  /** The baseline of each benchmark class. */
  private static final Map<String, String> BASELINES =
      Map.of(
          "ParseBenchmark", "decodeAndSplit",
          "NormalizerBenchmark", "lucene",
          "DateBenchmark", "fixedPattern",
          "ScalingBenchmark", "oneThread");

  private ReportTable() {}

  /** Prints the table for the JSON file named by the first argument. */
  public static void main(String[] args) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, double[]> rows = new LinkedHashMap<>();
    String jvm = "";
    for (JsonNode run : runs) {
      String name = run.get("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      double ops = run.get("primaryMetric").get("score").asDouble();
      JsonNode secondary = run.get("secondaryMetrics");
      boolean dates = shortName.startsWith("DateBenchmark");
      double work =
          secondary.has(dates ? "items" : "bytes")
              ? secondary.get(dates ? "items" : "bytes").get("score").asDouble()
              : 0;
      double alloc =
          secondary.has("gc.alloc.rate.norm")
              ? secondary.get("gc.alloc.rate.norm").get("score").asDouble()
              : Double.NaN;
      double workPerOp = work / ops;
      int threads = run.get("threads").asInt();
      rows.put(
          threads == 1 ? shortName : shortName + " (" + threads + " JMH threads)",
          new double[] {
            work, alloc / workPerOp, run.get("primaryMetric").get("scoreError").asDouble() / ops
          });
      jvm = run.get("jdkVersion").asText() + " (" + run.get("vmName").asText() + ")";
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Measured %s on %d cores, %s, one JMH thread unless a row says, JMH 1.37.%n%n",
            LocalDate.now(),
            Runtime.getRuntime().availableProcessors(),
            jvm));
    out.append("| benchmark | throughput | ± | vs baseline (same run) | allocated per unit |\n");
    out.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, double[]> e : rows.entrySet()) {
      String name = e.getKey();
      String cls = name.substring(0, name.indexOf('.'));
      boolean dates = cls.equals("DateBenchmark");
      double[] r = e.getValue();
      double[] base = rows.get(cls + "." + BASELINES.get(cls));
      String throughput =
          dates
              ? String.format(Locale.ROOT, "%.2f M dates/s", r[0] / 1e6)
              : String.format(Locale.ROOT, "%.0f MB/s", r[0] / 1e6);
      String ratio =
          base == null
              ? ""
              : name.endsWith("." + BASELINES.get(cls))
                  ? "baseline"
                  : String.format(Locale.ROOT, "%.2f×", r[0] / base[0]);
      String alloc =
          Double.isNaN(r[1])
              ? ""
              : dates
                  ? String.format(Locale.ROOT, "%.0f B/date", r[1])
                  : String.format(Locale.ROOT, "%.2f B/byte", r[1]);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.0f%% | %s | %s |%n",
              name,
              throughput,
              r[2] * 100,
              ratio,
              alloc));
    }
    System.out.print(out);
  }
}
