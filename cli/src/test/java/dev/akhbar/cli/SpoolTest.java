package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
  private static byte[] drain(Spool spool) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] b = spool.take(); b != null; b = spool.take()) {
      out.write(b);
    }
    return out.toByteArray();
  }

  private static long filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void aUnitLargerThanItsMemoryWaitsOnDiskAndComesBackInOrder(@TempDir Path dir) throws Exception {
    byte[] data = new byte[3 << 20];
    new Random(7).nextBytes(data);
    Spool spool = new Spool(256 << 10, dir);
    // Written whole before anyone reads: the writer never waits, the excess goes to a file.
    for (int off = 0; off < data.length; off += 1000) {
      spool.write(data, off, Math.min(1000, data.length - off));
    }
    spool.close();
    assertEquals(
        data.length - (256 << 10), spool.spilled(), "all but the memory's worth went to the file");
    assertArrayEquals(data, drain(spool));
    assertEquals(0, filesIn(dir), "no spill file is left");
  }

  @Test
  void aReaderTakesBlocksWhileTheWriterWrites(@TempDir Path dir) throws Exception {
    byte[] data = new byte[5 << 20];
    new Random(8).nextBytes(data);
    Spool spool = new Spool(128 << 10, dir);
    Thread writer =
        new Thread(
            () -> {
              try (spool) {
                for (int off = 0; off < data.length; off += 777) {
                  spool.write(data, off, Math.min(777, data.length - off));
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    assertArrayEquals(data, drain(spool));
    writer.join();
    assertEquals(0, filesIn(dir));
  }

  @Test
  void discardingDeletesTheSpillAndStopsTheWriter(@TempDir Path dir) throws Exception {
    Spool spool = new Spool(1, dir);
    spool.write(new byte[1 << 17]);
    assertEquals(1 << 17, spool.spilled());
    spool.discard();
    assertEquals(0, filesIn(dir));
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> spool.write(new byte[1]));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  /** A spill that cannot be written is an output error that names where, not an input's failure. */
  @Test
  void aSpillThatFailsIsAnOutputError(@TempDir Path dir) {
    Spool spool = new Spool(1 << 16, dir.resolve("missing"));
    OutputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            OutputException.class,
            () -> {
              spool.write(new byte[1 << 20]);
              spool.close();
            });
    assertTrue(e.getMessage().startsWith("cannot write a spill file in "), e.getMessage());
  }
}
