package dev.akhbar.cli;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.FieldMapping;
import dev.akhbar.formats.options.InputFormat;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine;

/** The inputs of a command: files, directories walked in name order, or standard input. */
final class Inputs {
  private Inputs() {}

  /**
   * One input to open: a file, or standard input ({@code path} null), whose size is known only once
   * read ({@code read}).
   */
  record Input(String name, Path path, long size, LongAdder read) {
    Input(String name, Path path, long size) {
      this(name, path, size, new LongAdder());
    }

    DumpReader open(Dumps dumps) throws IOException {
      return path == null ? dumps.open(stdin(), "-") : dumps.open(path);
    }

    /** The bytes converted: a file's size, or what was read of standard input. */
    long bytes() {
      return path == null ? read.sum() : size;
    }

    /** Opens the input, its bytes counted by {@code progress} as they are read. */
    DumpReader open(Dumps dumps, Progress progress) throws IOException {
      if (path == null) {
        return dumps.open(progress.counting(new CountingInputStream(stdin(), read)), "-");
      }
      InputStream in = Files.newInputStream(path);
      try {
        return dumps.open(progress.counting(in), path.toString());
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }
  }

  /** Standard input, left open when a reader of it is closed: it belongs to the process. */
  static InputStream stdin() {
    return new FilterInputStream(System.in) {
      @Override
      public void close() {}
    };
  }

  /** The {@link Dumps} for the format and encoding options. */
  static Dumps dumps(
      CommandLine.Model.CommandSpec spec,
      InputFormat format,
      String encoding,
      List<String> fields,
      NewsDumpParser parser) {
    Dumps.Builder b = Dumps.builder().parser(parser).format(format);
    if (!fields.isEmpty()) {
      FieldMapping.Builder mapping = FieldMapping.DEFAULTS.toBuilder();
      for (String f : fields) {
        int eq = f.indexOf('=');
        FieldMapping.Field field = eq <= 0 ? null : fieldNamed(f.substring(0, eq).strip());
        String key = eq < 0 ? "" : f.substring(eq + 1).strip();
        if (field == null || key.isEmpty()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--field wants FIELD=KEY, FIELD one of "
                  + java.util.Arrays.stream(FieldMapping.Field.values())
                      .map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
                      .collect(java.util.stream.Collectors.joining(", "))
                  + ": "
                  + f);
        }
        mapping.prefer(field, key);
      }
      b.fieldMapping(mapping.build());
    }
    if (!encoding.equalsIgnoreCase("auto")) {
      try {
        b.encoding(Charset.forName(encoding));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unknown encoding: " + encoding);
      }
    }
    return b.build();
  }

  /** A field by its name on the command line ({@code published} for the date too), or null. */
  private static FieldMapping.Field fieldNamed(String name) {
    String n = name.toUpperCase(java.util.Locale.ROOT);
    if (n.equals("PUBLISHED")) {
      return FieldMapping.Field.DATE;
    }
    for (FieldMapping.Field f : FieldMapping.Field.values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Files under every argument, chosen by {@code options}; an argument that does not exist is kept
   * so that it fails when read.
   */
  static List<Input> expand(List<String> arguments, InputOptions options) throws IOException {
    List<Input> out = new ArrayList<>();
    for (String a : arguments) {
      if (a.equals("-")) {
        out.add(new Input("-", null, 0));
        continue;
      }
      Path p = Path.of(a);
      if (!Files.exists(p)) {
        out.add(new Input(a, p, 0));
        continue;
      }
      for (Path f : Dumps.files(p, options.hidden)) {
        if (!options.selects(p, f)) {
          continue;
        }
        long size;
        try {
          size = Files.size(f);
        } catch (IOException e) {
          size = 0;
        }
        out.add(new Input(f.toString(), f, size));
      }
    }
    return out;
  }

  /** The bytes of every input, or -1 when one has no known size (standard input). */
  static long totalBytes(List<Input> files) {
    return files.stream().anyMatch(f -> f.path() == null)
        ? -1
        : files.stream().mapToLong(Input::size).sum();
  }
}
