package dev.akhbar.spark;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.InputFormat;
import dev.akhbar.text.NormalizationProfile;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How {@link AkhbarSpark} reads dumps; the same choices as the command line's {@code convert}.
 *
 * <p>Defaults ({@link #defaults()}): format detected per file, encoding detected per file, {@link
 * NormalizationProfile#DISPLAY}, lenient, byte ranges of 128 MiB.
 *
 * <p>Immutable, thread-safe and serialisable: it travels to the executors, which build their parser
 * from it once per JVM.
 *
 * @param inputFormat the format of every input, or {@link InputFormat#AUTO} to detect it per file
 * @param encoding an encoding name such as {@code windows-1256}, or {@code auto} to detect it per
 *     file
 * @param normalization the normalisation of output text
 * @param strict whether the first unreadable input or article with a warning fails the job, instead
 *     of being reported and skipped
 * @param splitBytes the size of the byte ranges that large splittable files are cut into
 */
public record AkhbarSparkOptions(
    InputFormat inputFormat,
    String encoding,
    NormalizationProfile normalization,
    boolean strict,
    long splitBytes)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Checks the options; an unknown encoding fails here, on the driver, not later on an executor.
   */
  public AkhbarSparkOptions {
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(normalization, "normalization");
    if (splitBytes < 1) {
      throw new IllegalArgumentException("splitBytes must be positive: " + splitBytes);
    }
    if (!encoding.equalsIgnoreCase("auto")) {
      Charset.forName(encoding);
    }
  }

  /** The defaults. */
  public static AkhbarSparkOptions defaults() {
    return new AkhbarSparkOptions(
        InputFormat.AUTO, "auto", NormalizationProfile.DISPLAY, false, 128L << 20);
  }

  /** These options with another input format. */
  public AkhbarSparkOptions withInputFormat(InputFormat value) {
    return new AkhbarSparkOptions(value, encoding, normalization, strict, splitBytes);
  }

  /** These options with another encoding name, or {@code auto}. */
  public AkhbarSparkOptions withEncoding(String value) {
    return new AkhbarSparkOptions(inputFormat, value, normalization, strict, splitBytes);
  }

  /** These options with another normalisation profile. */
  public AkhbarSparkOptions withNormalization(NormalizationProfile value) {
    return new AkhbarSparkOptions(inputFormat, encoding, value, strict, splitBytes);
  }

  /** These options, strict or lenient. */
  public AkhbarSparkOptions withStrict(boolean value) {
    return new AkhbarSparkOptions(inputFormat, encoding, normalization, value, splitBytes);
  }

  /** These options with another byte-range size. */
  public AkhbarSparkOptions withSplitBytes(long value) {
    return new AkhbarSparkOptions(inputFormat, encoding, normalization, strict, value);
  }

  /** The readers these options describe. */
  Dumps dumps() {
    Dumps.Builder b =
        Dumps.builder()
            .format(inputFormat)
            .parser(NewsDumpParser.builder().normalization(normalization).build());
    if (!encoding.equalsIgnoreCase("auto")) {
      b.encoding(Charset.forName(encoding));
    }
    return b.build();
  }
}
