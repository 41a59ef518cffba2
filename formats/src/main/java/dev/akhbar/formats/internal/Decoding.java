package dev.akhbar.formats.internal;

import dev.akhbar.spi.PageText;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes in an encoding as chars, for every reader. Stateless. */
final class Decoding {
  private Decoding() {}

  /**
   * The chars of bytes in an encoding, malformed bytes replaced (U+FFFD, reported as invalid
   * characters on their line); UTF-8, the common case, through the core's faster decoder, which
   * replaces as the JDK does.
   */
  static Reader decode(InputStream in, Charset charset) {
    return charset.equals(StandardCharsets.UTF_8)
        ? PageText.utf8(in)
        : new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }
}
