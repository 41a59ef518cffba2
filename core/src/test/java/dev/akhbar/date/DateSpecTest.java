package dev.akhbar.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDateParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code spec/dates.spec}. */
class DateSpecTest {

  /** One case of the spec file. */
  record Case(int line, String why, Map<String, String> fields) {
    @Override
    public String toString() {
      String text =
          fields.containsKey("find")
              ? "find: " + fields.get("find")
              : fields.getOrDefault("input", "");
      return "line " + line + ": " + text;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    String text;
    try (InputStream in = DateSpecTest.class.getResourceAsStream("/spec/dates.spec")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String why = "";
    Map<String, String> fields = new LinkedHashMap<>();
    int start = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      if (line.isBlank()) {
        if (!fields.isEmpty()) {
          cases.add(new Case(start, why, fields));
          fields = new LinkedHashMap<>();
        }
        why = "";
        continue;
      }
      if (line.startsWith("#")) {
        why = line.substring(1).strip();
        continue;
      }
      int colon = line.indexOf(':');
      if (fields.isEmpty()) {
        start = i + 1;
      }
      fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void specCase(Case c) {
    Map<String, String> options = options(c.fields().getOrDefault("options", ""));
    NewsDateParser.Builder b = NewsDateParser.builder();
    if ("month-first".equals(options.get("order"))) {
      b.order(DayMonthOrder.MONTH_FIRST);
    }
    if (options.containsKey("zone")) {
      b.defaultZone(ZoneId.of(options.get("zone")));
    }
    if (options.containsKey("reference")) {
      b.reference(Instant.parse(options.get("reference")));
    }
    NewsDateParser parser = b.build();
    String expect = c.fields().get("expect");
    if (c.fields().containsKey("find")) {
      String text = c.fields().get("find");
      List<NewsDate> found =
          options.containsKey("anchor")
              ? parser.find(text, LocalDate.parse(options.get("anchor")))
              : parser.find(text);
      List<String> expected = expect.isEmpty() ? List.of() : Arrays.asList(expect.split(" ; "));
      assertEquals(
          expected, found.stream().map(NewsDate::toIso).collect(Collectors.toList()), c.why());
      return;
    }
    DateParseResult r = parser.parse(c.fields().get("input"));
    if (expect.startsWith("error:")) {
      assertTrue(
          r.error().isPresent(), () -> "expected an error, got " + r.date() + " (" + c.why() + ")");
      String fragment = expect.substring("error:".length()).strip();
      assertTrue(
          r.error().get().contains(fragment),
          () -> "reason '" + r.error().get() + "' lacks '" + fragment + "'");
      return;
    }
    assertTrue(r.isDate(), () -> "not parsed: " + r.error().orElse("") + " (" + c.why() + ")");
    NewsDate d = r.date().get();
    assertEquals(expect, d.toIso(), c.why());
    if (c.fields().containsKey("hijri")) {
      LocalDate h = LocalDate.parse(c.fields().get("hijri"));
      assertEquals(
          new HijriDate(h.getYear(), h.getMonthValue(), h.getDayOfMonth()),
          d.hijri().orElse(null),
          c.why());
    }
    if (c.fields().containsKey("note")) {
      String fragment = c.fields().get("note");
      assertTrue(
          r.notes().stream().anyMatch(n -> n.contains(fragment)),
          () -> "notes " + r.notes() + " lack " + fragment);
    }
  }

  private static Map<String, String> options(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String part : text.split("\\s+")) {
      if (!part.isEmpty()) {
        int eq = part.indexOf('=');
        m.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return m;
  }
}
