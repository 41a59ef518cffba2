package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.formats.DumpReader;
import dev.akhbar.formats.Dumps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The progress line: counted from the bytes read, with an ETA only where the size is known. */
class ProgressTest {
  @Test
  void theLineGivesRatesAndAnEtaFromTheBytesRead() {
    Progress p = new Progress(new PrintWriter(new StringWriter()), 256_000_000);
    try {
      // 64 MB of 256 in 8 s: 8 MB/s, 192 MB to go: 24 s.
      assertEquals(
          "64.0 / 256.0 MB  1,000 articles  8.0 MB/s  125 articles/s  ETA 0:24",
          p.line(64_000_000, 64_000_000, 1000, 8.0));
    } finally {
      p.stop();
    }
  }

  @Test
  void compressedInputGivesTheDecompressedRateAndTheStoredEta() {
    Progress p = new Progress(new PrintWriter(new StringWriter()), 20_000_000);
    try {
      // 10 MB of 20 stored read in 5 s, 50 MB decompressed: 10 MB/s of data; the stored bytes go
      // at 2 MB/s, so the 10 MB left take 5 s.
      assertEquals(
          "10.0 / 20.0 MB (50.0 MB decompressed)  1,000 articles  10.0 MB/s  200 articles/s  ETA"
              + " 0:05",
          p.line(10_000_000, 50_000_000, 1000, 5.0));
    } finally {
      p.stop();
    }
  }

  @Test
  @SuppressWarnings("try")
  void aGzipInputsDataIsCountedWhileOpenAndAfter() throws IOException {
    String page = "عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر.\n\n";
    byte[] data = page.repeat(20_000).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write(data);
    }
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), gz.size());
    // Both lines give the data's size, decompressed (the stored size is far smaller): while the
    // reader is open, and once it is closed. (The timer may draw too: each explicit draw is the
    // last line written when it returns.)
    String mb = String.format(Locale.ROOT, "(%,.1f MB decompressed)", data.length / 1e6);
    try (DumpReader r =
            Dumps.builder()
                .build()
                .open(p.counting(new ByteArrayInputStream(gz.toByteArray())), "x");
        Progress.Tracked t = p.track(r)) {
      assertEquals(20_000, r.stream().count());
      p.draw();
      assertTrue(lastLine(out).contains(mb), lastLine(out));
    }
    p.draw();
    assertTrue(lastLine(out).contains(mb), lastLine(out));
    p.stop();
  }

  /** The line drawn last: the text after the last carriage return that starts one. */
  private static String lastLine(StringWriter out) {
    String s = out.toString();
    return s.substring(s.lastIndexOf('\r') + 1);
  }

  @Test
  void standardInputHasNoTotalAndNoEta() {
    Progress p = new Progress(new PrintWriter(new StringWriter()), -1);
    try {
      assertEquals(
          "3.0 MB  30 articles  1.5 MB/s  15 articles/s", p.line(3_000_000, 3_000_000, 30, 2.0));
    } finally {
      p.stop();
    }
  }

  @Test
  void bytesAreCountedAsTheyAreReadAndTheLineIsDrawnAndCleared() throws IOException {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), 4_000_000);
    try (InputStream in = p.counting(new ByteArrayInputStream(new byte[4_000_000]))) {
      // 2,900,000 bytes in one read and 100,000 more one at a time: 3.0 MB of 4.0 counted (2.9
      // if single bytes were not).
      assertEquals(2_900_000, in.read(new byte[2_900_000]));
      for (int i = 0; i < 100_000; i++) {
        assertEquals(0, in.read());
      }
      p.articles(2);
      p.draw();
    }
    p.stop();
    String drawn = out.toString();
    assertTrue(drawn.startsWith("\r3.0 / 4.0 MB  2 articles"), drawn);
    // Cleared at the end: the summary line starts on a clean line.
    assertTrue(drawn.endsWith("\r"), drawn);
  }

  @Test
  void noProgressCountsNothingAndDrawsNothing() throws IOException {
    Progress p = new Progress(null, 10);
    InputStream raw = new ByteArrayInputStream(new byte[3]);
    assertTrue(p.counting(raw) == raw);
    p.draw();
    p.stop();
    assertFalse(Progress.wanted(false, false));
    assertTrue(Progress.wanted(true, true));
  }
}
