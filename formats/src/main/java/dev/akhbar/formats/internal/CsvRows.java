package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.formats.options.FieldMapping;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * CSV and TSV datasets (the form most published Arabic news datasets take) as Jackson's CSV parser
 * reads them: the header row names the columns, each row is an object of those names, so that rows
 * map to articles exactly as JSON objects do. Cells past the header's columns are kept under {@code
 * extra}. Stateless.
 */
final class CsvRows {
  private CsvRows() {}

  /** How much of the input is looked at for the header. */
  private static final int HEAD = 1 << 16;

  /** The separators tried, in order of preference on a tie. */
  private static final char[] SEPARATORS = {',', '\t', ';'};

  /**
   * A parser of rows over {@code reader} (a byte-order mark at its start skipped), its columns
   * separated by {@code separator} (0: the one the header holds most of); no cell longer than
   * {@code maxChars}. Null for an input with nothing but white space.
   */
  static JsonParser parser(BufferedReader reader, char separator, int maxChars) throws IOException {
    // The source's own reader, marked and reset: after a fault, it reads on from the same place.
    reader.mark(HEAD);
    char[] head = new char[HEAD];
    int n = Math.max(0, reader.read(head, 0, HEAD));
    reader.reset();
    if (new String(head, 0, n).replace("\uFEFF", "").isBlank()) {
      // No header, no rows: an empty input, not a broken one.
      return null;
    }
    if (separator == 0) {
      String text = new String(head, 0, n);
      int end = text.indexOf('\n');
      separator = mostCutting(end < 0 ? text : text.substring(0, end));
    }
    if (head[0] == '\uFEFF') {
      reader.skip(1);
    }
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(maxChars).build())
            .build();
    // Shielded: the CSV parser closes its input at the end even when told not to, and after a fault
    // the source reads on from it.
    CsvParser p =
        factory.createParser(
            new java.io.FilterReader(reader) {
              @Override
              public void close() {}
            });
    p.setSchema(
        CsvSchema.emptySchema()
            .withHeader()
            .withColumnSeparator(separator)
            .withAnyPropertyName("extra"));
    p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    return p;
  }

  /** Of comma, tab and semicolon, the one a header line holds most of (a comma when none). */
  private static char mostCutting(String line) {
    char best = ',';
    long most = 0;
    for (char sep : SEPARATORS) {
      long n = line.chars().filter(ch -> ch == sep).count();
      if (n > most) {
        most = n;
        best = sep;
      }
    }
    return best;
  }

  /**
   * The separator of a header line: the one of comma, tab and semicolon that cuts it into the most
   * cells, if those cells read as column names (2 or more, each 1 to 40 chars, no sentence in them)
   * and one names a field the mapping knows; else 0, no CSV.
   */
  static char separatorOf(String header, FieldMapping mapping) {
    String line = header.startsWith("\uFEFF") ? header.substring(1) : header;
    char best = mostCutting(line);
    if (line.indexOf(best) < 0) {
      return 0;
    }
    boolean known = false;
    for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(best)), -1)) {
      String name = cell.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      if (name.isEmpty() || name.length() > 40 || name.contains("  ") || name.contains(". ")) {
        return 0;
      }
      known |= mapping.fieldOf(name) != null;
    }
    return known ? best : 0;
  }
}
