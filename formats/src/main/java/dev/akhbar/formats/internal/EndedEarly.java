package dev.akhbar.formats.internal;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * A record's body that may end before the length its header gives, where the input itself ends (a
 * file cut short: a download broken off): what there is of it reads as the whole, and the early end
 * is kept to be said. A body stream signals that end with an {@link EOFException}; one that comes
 * while the input goes on (a body's own gzip encoding cut short, inside a whole record) is no such
 * end and passes through, as other faults do.
 *
 * <p>Not thread-safe.
 */
final class EndedEarly extends FilterInputStream {
  private final BooleanSupplier inputEnded;
  private String reason;

  /** {@code body}, whose input has ended when {@code inputEnded} says so. */
  EndedEarly(InputStream body, BooleanSupplier inputEnded) {
    super(body);
    this.inputEnded = inputEnded;
  }

  /** How the body ended early, or null while it has not. */
  String reason() {
    return reason;
  }

  @Override
  public int read() throws IOException {
    if (reason != null) {
      return -1;
    }
    try {
      return super.read();
    } catch (EOFException e) {
      return ended(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (reason != null) {
      return -1;
    }
    try {
      return super.read(b, off, len);
    } catch (EOFException e) {
      return ended(e);
    }
  }

  private int ended(EOFException e) throws EOFException {
    if (!inputEnded.getAsBoolean()) {
      throw e;
    }
    reason = e.getMessage();
    return -1;
  }
}
