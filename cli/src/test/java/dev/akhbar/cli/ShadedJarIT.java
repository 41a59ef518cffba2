package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's shaded jar run as a user runs it, {@code java -jar}, with nothing on the class
 * path but the jar: every output format of the seed. The unit tests run on Maven's test class path,
 * which holds test-scope libraries the jar may lack (CSV output once failed so, for want of
 * jackson-databind, while every unit test passed).
 */
class ShadedJarIT {
  /** The seed's title and date, as its page shows them. */
  private static final String TITLE =
      "بوتين: روسيا على استعداد للحوار مع الولايات المتحدة حول الاستقرار الاستراتيجي";

  private static final String PUBLISHED = "2024-02-29";

  @TempDir Path dir;

  /** Runs the jar with the arguments; returns its standard output, after checking it exited 0. */
  private byte[] run(String... args) throws IOException, InterruptedException {
    File out = dir.resolve("out").toFile();
    int status = start(out, args).waitFor();
    assertEquals(
        0, status, () -> "exit status; standard error: " + read(dir.resolve("err").toFile()));
    return Files.readAllBytes(out.toPath());
  }

  private static String read(File f) {
    try {
      return Files.readString(f.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void jsonLines() throws Exception {
    JsonNode article = new ObjectMapper().readTree(run("convert", "--to", "jsonl", CliTest.SEED));
    assertEquals(TITLE, article.get("title").asText());
    assertEquals(PUBLISHED, article.get("published").asText());
  }

  @Test
  void theDistributionRunsThroughASymlinkWithOnlyAJre() throws Exception {
    Path home = dir.resolve("dist");
    Files.createDirectories(home);
    Process untar =
        new ProcessBuilder("tar", "xzf", System.getProperty("akhbar.dist"), "-C", home.toString())
            .redirectErrorStream(true)
            .start();
    assertEquals(0, untar.waitFor());
    Path bin;
    try (var found = Files.list(home)) {
      bin = found.findFirst().orElseThrow().resolve("bin/akhbar");
    }
    Path link = Files.createSymbolicLink(dir.resolve("akhbar-link"), bin);
    File out = dir.resolve("dist-out").toFile();
    Process p =
        new ProcessBuilder(
                link.toString(), "convert", "-q", Path.of(CliTest.SEED).toAbsolutePath().toString())
            .directory(dir.toFile())
            .redirectOutput(out)
            .redirectError(dir.resolve("dist-err").toFile())
            .start();
    assertEquals(0, p.waitFor(), () -> read(dir.resolve("dist-err").toFile()));
    byte[] first = Files.readAllBytes(out.toPath());
    JsonNode article = new ObjectMapper().readTree(first);
    assertEquals(TITLE, article.get("title").asText());

    // The first run left a class-data-sharing archive in lib/; the next maps it (-Xshare:on makes
    // the JVM fail where it cannot) and writes the same bytes, with nothing on standard error.
    Path lib = bin.getParent().getParent().resolve("lib");
    try (var found = Files.list(lib)) {
      assertEquals(1, found.filter(f -> f.getFileName().toString().endsWith(".jsa")).count());
    }
    ProcessBuilder again =
        new ProcessBuilder(
                link.toString(), "convert", "-q", Path.of(CliTest.SEED).toAbsolutePath().toString())
            .directory(dir.toFile())
            .redirectOutput(out)
            .redirectError(dir.resolve("dist-err").toFile());
    again.environment().put("AKHBAR_JAVA_OPTS", "-Xshare:on");
    assertEquals(0, again.start().waitFor(), () -> read(dir.resolve("dist-err").toFile()));
    assertEquals(new String(first, StandardCharsets.UTF_8), read(out));
    assertEquals("", read(dir.resolve("dist-err").toFile()));
  }

  @Test
  void jsonArray() throws Exception {
    JsonNode array = new ObjectMapper().readTree(run("convert", "--to", "json", CliTest.SEED));
    assertEquals(1, array.size());
    assertEquals(TITLE, array.get(0).get("title").asText());
  }

  @Test
  void csv() throws Exception {
    byte[] csv = run("convert", "--to", "csv", CliTest.SEED);
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      List<Map<String, String>> all = rows.readAll();
      assertEquals(1, all.size());
      assertEquals(TITLE, all.get(0).get("title"));
      assertEquals(PUBLISHED, all.get(0).get("published"));
    }
  }

  /**
   * The jar carries the licences and notices of what it bundles: the project's licence, the merged
   * NOTICE files, the list of bundled dependencies with their licences, and licence texts that a
   * BSD licence asks to be reproduced.
   */
  @Test
  void theJarCarriesItsDependenciesLicencesAndNotices() throws IOException {
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(System.getProperty("akhbar.jar"))) {
      String license = text(jar, "META-INF/LICENSE");
      assertTrue(license.contains("Apache License"), "the project's licence");
      String notice = text(jar, "META-INF/NOTICE");
      assertTrue(notice.contains("Jackson"), notice);
      assertTrue(notice.contains("Apache Commons Compress"), notice);
      String thirdParty = text(jar, "THIRD-PARTY.txt");
      for (String artifact :
          List.of(
              "com.ibm.icu:icu4j",
              "org.jsoup:jsoup",
              "com.github.luben:zstd-jni",
              "org.tukaani:xz",
              "org.netpreserve:jwarc",
              "info.picocli:picocli",
              "com.fasterxml.jackson.core:jackson-core",
              "org.apache.commons:commons-compress")) {
        assertTrue(thirdParty.contains(artifact), artifact + " listed");
      }
      assertTrue(text(jar, "META-INF/licenses/zstd-jni-LICENSE.txt").contains("Luben Karavelov"));
      assertTrue(text(jar, "META-INF/jsoup/LICENSE").contains("MIT"));
    }
  }

  private static String text(java.util.jar.JarFile jar, String name) throws IOException {
    java.util.jar.JarEntry e = jar.getJarEntry(name);
    assertTrue(e != null, name + " is in the jar");
    try (java.io.InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A dump of the seed's page {@code copies} times, for runs that must write a lot or take a while.
   */
  private Path repeatedSeed(int copies) throws IOException {
    byte[] page = Files.readAllBytes(Path.of(CliTest.SEED));
    Path big = dir.resolve("big.txt");
    try (java.io.OutputStream o = Files.newOutputStream(big)) {
      for (int i = 0; i < copies; i++) {
        o.write(page);
      }
    }
    return big;
  }

  /**
   * The command that runs the jar with the arguments, after {@code prefix} (none, or setpriv's).
   */
  private static List<String> jar(List<String> prefix, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("akhbar.jar"));
    command.addAll(List.of(args));
    return command;
  }

  private Process start(File stdout, String... args) throws IOException {
    ProcessBuilder b =
        new ProcessBuilder(jar(List.of(), args)).redirectError(dir.resolve("err").toFile());
    if (stdout != null) {
      b.redirectOutput(stdout);
    }
    return b.start();
  }

  /**
   * An unreadable directory inside an input directory is reported, one line naming it, and the rest
   * is converted. Root reads every directory, so as root the jar runs as the user {@code nobody}
   * (through {@code setpriv}).
   */
  @Test
  void anUnreadableDirectoryFailsAloneAndTheRestIsConverted() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of(CliTest.SEED), corpus.resolve("a.txt"));
    Path locked = Files.createDirectories(corpus.resolve("locked"));
    Files.copy(Path.of(CliTest.SEED), locked.resolve("b.txt"));
    Files.copy(Path.of(CliTest.SEED), corpus.resolve("c.txt"));
    for (Path p : List.of(dir, corpus, corpus.resolve("a.txt"), corpus.resolve("c.txt"))) {
      Files.setPosixFilePermissions(
          p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));
    // Root reads every directory: the same run as nobody, who must reach java and the jar.
    List<String> asUser =
        Files.isReadable(locked)
            ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--")
            : List.of();
    if (!asUser.isEmpty()) {
      Process probe;
      try {
        probe =
            new ProcessBuilder(jar(asUser, "--version"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("probe").toFile())
                .start();
      } catch (IOException e) {
        org.junit.jupiter.api.Assumptions.abort("no setpriv to run as nobody: " + e.getMessage());
        return;
      }
      org.junit.jupiter.api.Assumptions.assumeTrue(
          probe.waitFor() == 0,
          () -> "running the jar as nobody: " + read(dir.resolve("probe").toFile()));
    }
    List<String> command = jar(asUser, "convert", "-q", corpus.toString());
    File out = dir.resolve("out").toFile();
    Process p =
        new ProcessBuilder(command)
            .redirectError(dir.resolve("err").toFile())
            .redirectOutput(out)
            .start();
    assertEquals(1, p.waitFor());
    String err = read(dir.resolve("err").toFile()).strip();
    assertEquals(1, err.split("\n").length, err);
    assertEquals("akhbar: " + locked + ": cannot read: permission denied", err);
    assertEquals(2, Files.readAllLines(out.toPath()).size(), "a.txt and c.txt converted");
  }

  /** A full disk on standard output ends the run with status 1 and says so, in one line. */
  @Test
  void aFullDiskOnStandardOutputIsAnError() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "/dev/full");
    Process p = start(full, "convert", "-q", CliTest.SEED);
    assertEquals(1, p.waitFor());
    String err = read(dir.resolve("err").toFile());
    assertTrue(err.startsWith("akhbar: cannot write standard output: "), err);
    assertEquals(1, err.strip().split("\n").length, err);
  }

  /** A reader that stops reading (a closed pipe) ends the run with status 1, not 0. */
  @Test
  void aClosedPipeOnStandardOutputIsAnError() throws Exception {
    Path big = repeatedSeed(2000);
    Process p = start(null, "convert", "-q", "--threads", "1", big.toString());
    p.getInputStream().close();
    assertEquals(1, p.waitFor());
    String err = read(dir.resolve("err").toFile());
    assertTrue(err.startsWith("akhbar: cannot write standard output"), err);
  }

  /**
   * As a user meets them from a shell: an output directory that does not exist is one line naming
   * it (no temporary file, no trace), a corpus kept under git gives no articles from {@code .git},
   * and {@code --debug} adds the trace behind a failure.
   */
  @Test
  void mistakesAndHiddenDirectoriesAsAUserMeetsThem() throws Exception {
    String missing = dir.resolve("nowhere/x.jsonl").toString();
    Process p = start(null, "convert", "-o", missing, CliTest.SEED);
    p.getInputStream().close();
    assertEquals(1, p.waitFor());
    String err = read(dir.resolve("err").toFile());
    assertEquals(
        "akhbar: cannot write " + missing + ": no such directory: " + dir.resolve("nowhere"),
        err.strip());

    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve(".git/objects"));
    Files.copy(Path.of(CliTest.SEED), corpus.resolve("page.txt"));
    Files.copy(Path.of(CliTest.SEED), corpus.resolve(".git/objects/blob.txt"));
    byte[] out = run("convert", "-q", corpus.toString());
    assertEquals(1, new String(out, StandardCharsets.UTF_8).strip().split("\n").length);

    Process d =
        start(
            dir.resolve("d-out").toFile(),
            "convert",
            "--debug",
            dir.resolve("none.txt").toString());
    assertEquals(1, d.waitFor());
    String trace = read(dir.resolve("err").toFile());
    assertTrue(trace.contains("NoSuchFileException") && trace.contains("\tat "), trace);
  }

  /** Standard output sent into an input directory is not read back as an input (it would grow). */
  @Test
  void standardOutputInsideTheInputDirectoryIsNotAnInput() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("in"));
    // Twenty pages, over 64 KiB of output: past the writer's buffers, so that the output file is no
    // longer empty when its turn as an input would come (an empty input gives no article).
    for (int i = 0; i < 20; i++) {
      Files.copy(Path.of(CliTest.SEED), corpus.resolve(String.format("page%02d.txt", i)));
    }
    File out = corpus.resolve("zz-out.jsonl").toFile();
    Process p = start(out, "convert", "-q", "--threads", "1", corpus.toString());
    assertEquals(0, p.waitFor(), () -> read(dir.resolve("err").toFile()));
    List<String> lines = Files.readAllLines(out.toPath());
    assertTrue(String.join("\n", lines).length() > 64 << 10, "more than the buffers hold");
    assertEquals(20, lines.size());
  }

  /** A run ended by a TERM or an INT signal (Ctrl-C) leaves no temporary file beside its output. */
  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  void aTerminatedRunLeavesNoTemporaryFile(String signal) throws Exception {
    Path big = repeatedSeed(40000);
    Path out = dir.resolve("out").resolve("articles.jsonl");
    Files.createDirectories(out.getParent());
    Process p =
        start(null, "convert", "-q", "--threads", "1", "-o", out.toString(), big.toString());
    long deadline = System.nanoTime() + 30_000_000_000L;
    boolean partSeen = false;
    while (!partSeen && System.nanoTime() < deadline && p.isAlive()) {
      try (java.util.stream.Stream<Path> files = Files.list(out.getParent())) {
        partSeen = files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
      }
      Thread.sleep(20);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(partSeen && p.isAlive(), "caught the run mid-way");
    // A signal ignored when the JVM started stays ignored (as for a job started in the background
    // of a non-interactive shell): it cannot end the run.
    Path status = Path.of("/proc/" + p.pid() + "/status");
    String ignored =
        (Files.exists(status) ? Files.readAllLines(status) : List.<String>of())
            .stream()
                .filter(l -> l.startsWith("SigIgn:"))
                .findFirst()
                .orElse("SigIgn: 0")
                .substring("SigIgn:".length())
                .strip();
    int number = signal.equals("INT") ? 2 : 15;
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !new java.math.BigInteger(ignored, 16).testBit(number - 1),
        "SIG" + signal + " is ignored by this process's parent");
    assertEquals(
        0, new ProcessBuilder("kill", "-s", signal, Long.toString(p.pid())).start().waitFor());
    assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the run ended");
    try (java.util.stream.Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(List.of(), files.toList(), "no temporary file, no output");
    }
  }
}
