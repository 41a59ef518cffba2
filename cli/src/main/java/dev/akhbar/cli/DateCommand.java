package dev.akhbar.cli;

import dev.akhbar.NewsDateParser;
import dev.akhbar.date.DateParseResult;
import dev.akhbar.date.DayMonthOrder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar date}: parse dates the way Arabic news writes them. */
@Command(
    name = "date",
    mixinStandardHelpOptions = true,
    description = {
      "Parses each TEXT as a date and prints its ISO-8601 value on one line: "
          + "2024-02-29 for a date, 2024-02-29T10:30+03:00 with a time, --03-18 without a year. "
          + "With no TEXT, lines are read from standard input. Every TEXT or input line gives "
          + "exactly one output line, so output lines match input lines in a pipeline: one that "
          + "is not a date (or is blank) gives an empty line, and its reason goes to standard "
          + "error; --tsv puts input, value and reason on the line instead.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 every TEXT parsed; 1 some did not; 2 usage error.",
      "",
      "Examples:",
      "  akhbar date '29th, February 2024 GMT'",
      "  akhbar date 'الخميس 29 فبراير 2024 الساعة 10:30 م بتوقيت مكة المكرمة'",
      "  akhbar date 'السبت 15 رجب 1442هـ 27 فبراير 2021م'",
      "  akhbar date --reference 2024-02-29T12:00:00Z 'منذ 3 ساعات'",
      "  akhbar date --order month-first '7/23/2012 12:49:17 PM'"
    })
final class DateCommand implements Callable<Integer> {
  /** Numeric date order, as written on the command line. */
  enum Order {
    DAY_FIRST,
    MONTH_FIRST
  }

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Dates to parse.")
  private List<String> texts;

  @Option(
      names = "--reference",
      paramLabel = "INSTANT",
      description =
          "The instant relative dates count back from (ISO-8601, e.g. 2024-02-29T12:00:00Z). "
              + "Default: now.")
  private Instant reference;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "Zone for times that name none and for relative dates (e.g. Asia/Riyadh, +03:00).")
  private ZoneId zone;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      defaultValue = "day-first",
      converter = OrderConverter.class,
      description =
          "How numeric dates are read: day-first (29/02/2024) or month-first (7/23/2012). Default: ${DEFAULT-VALUE}.")
  private Order order;

  @Option(
      names = "--tsv",
      description =
          "Print three tab-separated fields a line: the input, its ISO value and the reason it is "
              + "not a date (empty where there is none); tabs and line breaks inside the input "
              + "become spaces.")
  private boolean tsv;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    NewsDateParser.Builder b =
        NewsDateParser.builder()
            .order(
                order == Order.MONTH_FIRST ? DayMonthOrder.MONTH_FIRST : DayMonthOrder.DAY_FIRST);
    // A user typing "منذ 3 ساعات" means three hours before now.
    b.reference(reference != null ? reference : Instant.now());
    if (zone != null) {
      b.defaultZone(zone);
    }
    NewsDateParser parser = b.build();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    if (texts == null || texts.isEmpty()) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        failed += print(parser, line, out, err);
      }
    } else {
      for (String text : texts) {
        failed += print(parser, text, out, err);
      }
    }
    out.flush();
    err.flush();
    return failed > 0 ? ExitStatus.SOME_FAILED : 0;
  }

  /** Prints one line for {@code text}; returns 1 when it is not a date, 0 otherwise. */
  private int print(NewsDateParser parser, String text, PrintWriter out, PrintWriter err) {
    if (text.isBlank()) {
      // Nothing to parse, and not a failure; the empty line keeps output aligned with input.
      out.println(tsv ? field(text) + "\t\t" : "");
      return 0;
    }
    DateParseResult r = parser.parse(text);
    String value = r.date().map(d -> d.toIso()).orElse("");
    String reason = r.isDate() ? "" : r.error().orElse("not a date");
    out.println(tsv ? field(text) + '\t' + value + '\t' + field(reason) : value);
    for (String note : r.notes()) {
      err.println("akhbar date: note on '" + text + "': " + note);
    }
    if (r.isDate()) {
      return 0;
    }
    if (!tsv) {
      err.println("akhbar date: '" + text + "': " + reason);
    }
    return 1;
  }

  /** A TSV field: tabs and line breaks would split the line or the field. */
  private static String field(String s) {
    return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  /** Reads day-first / month-first. */
  static final class OrderConverter implements CommandLine.ITypeConverter<Order> {
    @Override
    public Order convert(String value) {
      String name = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      for (Order o : Order.values()) {
        if (o.name().equals(name)) {
          return o;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected day-first or month-first, not '" + value + "'");
    }
  }
}
