package dev.akhbar.cli;

import dev.akhbar.ArabicNormalizer;
import dev.akhbar.MojibakeRepair;
import dev.akhbar.NewsDumpParser;
import dev.akhbar.article.ParseLimits;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.text.NormalizationProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code akhbar normalize}: clean Arabic text line by line. */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Normalises Arabic text line by line, from files or standard input, to standard output. "
          + "Compressed files (gzip, bzip2, xz, zstd) are read decompressed, and the encoding is "
          + "detected per input as convert does unless --encoding names it.",
      "",
      "display: what a reader would call the same text (presentation forms, Persian letters, bidi and "
          + "zero-width characters, tatweel inside words, spaces). search: display plus alef, alef maksura, "
          + "teh marbuta, diacritics and digits folded, as search engines do.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 all input read; 1 some file could not be read; 2 usage error.",
      "",
      "Examples:",
      "  akhbar normalize --profile search article.txt",
      "  echo 'ط¨ظˆطھظٹظ†' | akhbar normalize --repair"
    })
final class NormalizeCommand implements Callable<Integer> {
  /** The longest piece of a line normalised at once: the parser's line limit. */
  static final int PIECE = ParseLimits.DEFAULTS.maxLineLength();

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Files to normalise; none or - reads standard input.")
  private List<String> files;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "display",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private NormalizationProfile profile;

  @Option(
      names = "--repair",
      description = "First repair lines that are UTF-8 read as windows-1256 (mojibake).")
  private boolean repair;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      defaultValue = "auto",
      description =
          "Input encoding: auto (BOM, UTF-8, windows-1256 or ISO-8859-6, detected per input) or a name such as windows-1256.")
  private String encoding;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArabicNormalizer normalizer = ArabicNormalizer.of(profile);
    Dumps dumps =
        Inputs.dumps(spec, InputFormat.AUTO, encoding, List.of(), NewsDumpParser.builder().build());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    List<String> inputs = files == null || files.isEmpty() ? List.of("-") : files;
    for (String name : inputs) {
      try (Reader in =
          name.equals("-") ? dumps.openText(Inputs.stdin(), "-") : dumps.openText(Path.of(name))) {
        StringBuilder buffer = new StringBuilder(256);
        long[] lastCut = {0};
        LinePieces.read(
            in,
            PIECE,
            (piece, lineEnds, line) -> {
              CharSequence text =
                  repair
                      ? MojibakeRepair.repair(piece).<CharSequence>map(r -> r).orElse(piece)
                      : piece;
              buffer.setLength(0);
              normalizer.normalize(text, buffer);
              out.append(buffer);
              if (lineEnds) {
                out.println();
              } else if (lastCut[0] != line) {
                lastCut[0] = line;
                err.println(
                    "akhbar normalize: "
                        + name
                        + ":"
                        + line
                        + ": line longer than "
                        + PIECE
                        + " chars, normalised in pieces of that size");
              }
            });
      } catch (NoSuchFileException e) {
        failed++;
        err.println("akhbar normalize: " + name + ": no such file");
      } catch (IOException e) {
        failed++;
        err.println("akhbar normalize: " + name + ": " + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    return failed > 0 ? ExitStatus.SOME_FAILED : 0;
  }
}
