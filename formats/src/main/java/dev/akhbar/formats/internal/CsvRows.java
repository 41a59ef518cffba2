package dev.akhbar.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.spi.LineReader;
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

  /** The separators tried, in order of preference on a tie. */
  private static final char[] SEPARATORS = {',', '\t', ';'};

  /** A parser of rows, how many lines before the header it started past, and its kept text. */
  record Rows(JsonParser parser, long linesBefore, MarkedReader text) {}

  /**
   * A parser of rows over {@code reader}, whose first chars are {@code head} (read ahead, the
   * reader reset to its start) with their content from {@code start} (past white space and
   * byte-order marks), its columns separated by the one separator the header holds most of; no cell
   * longer than {@code maxChars}. The header is the first line that is not blank, as the format
   * sniffer finds it: the blank lines and byte-order mark before it are skipped (the CSV parser
   * takes an empty first line for an empty header). Null for an input with nothing but white space.
   */
  static Rows parser(BufferedReader reader, String head, int start, int maxChars)
      throws IOException {
    if (start == head.length()) {
      // No header, no rows: an empty input, not a broken one.
      return null;
    }
    int lineStart =
        Math.max(head.lastIndexOf('\n', start - 1), head.lastIndexOf('\r', start - 1)) + 1;
    int end = head.indexOf('\n', start);
    char separator = mostCutting(head.substring(start, end < 0 ? head.length() : end));
    LineReader.Counter before = new LineReader.Counter();
    for (int i = 0; i < lineStart; i++) {
      before.accept(head.charAt(i));
    }
    reader.skip(Math.max(lineStart, head.charAt(0) == '\uFEFF' ? 1 : 0));
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(maxChars).build())
            .build();
    // Shielded: the CSV parser closes its input at the end even when told not to, and after a fault
    // the source reads on from it. Its text kept, so that a broken row is carried whole.
    MarkedReader text =
        new MarkedReader(
            new java.io.FilterReader(reader) {
              @Override
              public void close() {}
            },
            maxChars);
    CsvParser p = factory.createParser(text);
    p.setSchema(
        CsvSchema.emptySchema()
            .withHeader()
            .withColumnSeparator(separator)
            .withAnyPropertyName("extra"));
    p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    return new Rows(p, before.count(), text);
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
  static char separatorOf(String line, FieldMapping mapping) {
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
