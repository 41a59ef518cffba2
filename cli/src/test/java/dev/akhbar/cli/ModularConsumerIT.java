package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akhbar-formats} on a consumer's module path, as a modular application uses it: every
 * compression it reads works once the optional modules are resolved, and without them a file that
 * needs one fails with an error naming the artifact while the others read.
 */
class ModularConsumerIT {
  /** The jars (or class directories) of akhbar-formats and what it needs at run time. */
  private static final List<String> RUNTIME =
      List.of(
          "akhbar-core",
          "akhbar-formats",
          "jackson-core",
          "jackson-dataformat-csv",
          "jackson-annotations",
          "jackson-databind",
          "icu4j",
          "commons-compress",
          "commons-codec",
          "commons-io",
          "commons-lang3",
          "xz-",
          "zstd-jni",
          "jwarc",
          "jsoup");

  @TempDir Path dir;

  private static String modulePath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(
            e -> {
              Path p = Path.of(e);
              String name = p.getFileName().toString();
              boolean classes =
                  name.equals("classes")
                      && (p.getParent().getParent().getFileName().toString().equals("core")
                          || p.getParent().getParent().getFileName().toString().equals("formats"));
              return classes || RUNTIME.stream().anyMatch(name::startsWith);
            })
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void everyCompressionReadsOnTheModulePath() throws Exception {
    Path src = dir.resolve("src/consumer");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(
        src.resolve("module-info.java"), "module consumer { requires dev.akhbar.formats; }");
    Files.writeString(
        src.resolve("consumer/Main.java"),
        "package consumer;\n"
            + "public class Main {\n"
            + "  public static void main(String[] args) throws Exception {\n"
            + "    for (String a : args) {\n"
            + "      try (var r = dev.akhbar.formats.Dumps.read(java.nio.file.Path.of(a))) {\n"
            + "        System.out.println(r.stream().count());\n"
            + "      } catch (java.io.IOException e) {\n"
            + "        System.out.println(e.getMessage());\n"
            + "      }\n"
            + "    }\n"
            + "  }\n"
            + "}\n");
    String modulePath = modulePath();
    Path out = dir.resolve("out");
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                out.toString(),
                "--module-path",
                modulePath,
                src.resolve("module-info.java").toString(),
                src.resolve("consumer/Main.java").toString());
    assertEquals(0, compiled, "the consumer compiles against the module");
    byte[] page =
        "عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر.\n".getBytes(StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    for (String codec :
        List.of(
            CompressorStreamFactory.GZIP,
            CompressorStreamFactory.BZIP2,
            CompressorStreamFactory.XZ,
            CompressorStreamFactory.ZSTANDARD)) {
      Path f = dir.resolve("page." + codec);
      try (OutputStream o =
          new CompressorStreamFactory()
              .createCompressorOutputStream(codec, Files.newOutputStream(f))) {
        o.write(page);
      }
      files.add(f.toString());
    }
    String modules = modulePath + File.pathSeparator + out;
    // One article from each of gzip, bzip2, xz and zstd, the optional modules resolved.
    assertEquals(
        "1\n1\n1\n1\n",
        run(modules, files, "--add-modules", "org.tukaani.xz,com.github.luben.zstd_jni"));
    // Without them: gzip and bzip2 read, and xz and zstd name what to add.
    String[] lines = run(modules, files).split("\n");
    assertEquals(4, lines.length, String.join("\n", lines));
    assertEquals("1", lines[0]);
    assertEquals("1", lines[1]);
    assertTrue(lines[2].contains("needs org.tukaani:xz"), lines[2]);
    assertTrue(lines[2].contains("--add-modules org.tukaani.xz"), lines[2]);
    assertTrue(lines[3].contains("needs com.github.luben:zstd-jni"), lines[3]);
  }

  /** What the consumer prints for {@code files}, run with these options before {@code -m}. */
  private String run(String modulePath, List<String> files, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(modulePath);
    command.addAll(List.of(options));
    command.add("-m");
    command.add("consumer/consumer.Main");
    command.addAll(files);
    Path printed = Files.createTempFile(dir, "run", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(printed.toFile())
            .start();
    int status = p.waitFor();
    String text = read(printed);
    assertEquals(0, status, text);
    return text;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
