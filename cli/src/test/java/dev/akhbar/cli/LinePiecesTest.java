package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePiecesTest {
  private static List<String> pieces(String text, int max) throws IOException {
    List<String> out = new ArrayList<>();
    LinePieces.read(
        new StringReader(text),
        max,
        (piece, lineEnds, line) -> out.add(line + ":" + piece + (lineEnds ? "$" : "")));
    return out;
  }

  @Test
  void lineEndsAreThoseOfReadLine() throws IOException {
    assertEquals(
        List.of("1:خبر$", "2:نص$", "3:$", "4:آخر$", "5:أخير$"),
        pieces("خبر\r\nنص\r\rآخر\nأخير", 100));
    assertEquals(List.of(), pieces("", 100));
    assertEquals(List.of("1:$"), pieces("\n", 100));
  }

  @Test
  void aLongLineComesInPiecesOfAtMostTheLimit() throws IOException {
    assertEquals(List.of("1:بوتي", "1:ن$", "2:روس$"), pieces("بوتين\nروس", 4));
    // A line of exactly the limit: its piece, then the (empty) end of the line.
    assertEquals(List.of("1:بوتي", "1:$"), pieces("بوتي", 4));
  }

  @Test
  void aSurrogatePairIsNeverCut() throws IOException {
    // U+1F4F0 (newspaper) is two chars; with a limit of 2 after one letter it moves whole.
    assertEquals(List.of("1:ا", "1:\uD83D\uDCF0", "1:$"), pieces("ا\uD83D\uDCF0", 2));
  }
}
