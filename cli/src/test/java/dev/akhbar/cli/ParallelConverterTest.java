package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.formats.Dumps;
import dev.akhbar.formats.options.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelConverterTest {
  private static final long MIB = 1 << 20;

  private static Inputs.Input file(String name, long size) {
    return new Inputs.Input(name, Path.of(name), size);
  }

  @Test
  void twoThreadsConvertInputsThatFitTheWarmUpOnOneWorker() {
    // 200 MiB in all: a pool of two would run one worker through most of it anyway.
    List<Inputs.Input> small = List.of(file("a.txt", 120 * MIB), file("b.txt", 80 * MIB));
    assertTrue(ParallelConverter.oneWorkerEnough(small, 2));
    // Three threads run two workers from the start: the pool pays.
    assertFalse(ParallelConverter.oneWorkerEnough(small, 3));
    // Past the warm-up, the second worker joins.
    List<Inputs.Input> large = List.of(file("big.txt", ParallelConverter.WARM_UP + 64 * MIB));
    assertFalse(ParallelConverter.oneWorkerEnough(large, 2));
    // A lone file too small to split has one worker whatever the threads.
    assertTrue(ParallelConverter.oneWorkerEnough(List.of(file("s.txt", 4 * MIB)), 8));
    // Standard input's size is unknown: it is one input, read whole.
    assertTrue(ParallelConverter.oneWorkerEnough(List.of(new Inputs.Input("-", null, 0)), 2));
  }

  @Test
  void aLoneInputReadWholeNeedsNoPoolAndOneInPiecesDoes(@TempDir Path dir) throws IOException {
    // Past the size worth splitting: 17 MiB of JSON Lines, one huge line or many short ones.
    int size = (int) (ParallelConverter.SPLIT_AT + MIB);
    String record = "{\"title\": \"خبر\", \"text\": \"نص الخبر القصير.\"}\n";
    Path many = dir.resolve("many.jsonl");
    Files.writeString(many, record.repeat(size / record.length() + 1), StandardCharsets.UTF_8);
    Path one = dir.resolve("one.jsonl");
    Files.writeString(
        one,
        "{\"title\": \"خبر\", \"text\": \"" + "ن".repeat(size / 2) + "\"}\n",
        StandardCharsets.UTF_8);
    Dumps dumps = Dumps.builder().build();
    for (Path p : List.of(many, one)) {
      ParallelConverter c =
          new ParallelConverter(
              dumps,
              OutputFormat.JSONL,
              java.util.Set.of(),
              4,
              dir,
              new RunSummary(new PrintWriter(new StringWriter())),
              new Progress(null, -1));
      // Many records: pieces for a pool; one line: no record starts past the first piece.
      assertEquals(
          p == many,
          c.worthAPool(List.of(new Inputs.Input(p.toString(), p, Files.size(p)))),
          p.toString());
    }
  }

  @Test
  void theSpoolsOfAWindowShareAQuarterOfTheHeapAtMost() {
    // Two threads on the launcher's heap: a window of three units, 24 MiB each (three pieces).
    assertEquals(3 * ParallelConverter.PIECE, ParallelConverter.spoolMemory(2, 400 * MIB));
    // Sixteen threads on the same heap: seventeen units share 100 MiB.
    long many = ParallelConverter.spoolMemory(16, 400 * MIB);
    assertTrue(17 * many <= 100 * MIB, many + " bytes a unit");
    assertTrue(many >= 5 * MIB, many + " bytes a unit");
    // Never below a mebibyte, whatever the heap.
    assertEquals(MIB, ParallelConverter.spoolMemory(64, 16 * MIB));
  }
}
