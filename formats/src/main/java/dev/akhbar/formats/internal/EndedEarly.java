package dev.akhbar.formats.internal;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A record's body that may end before the length its header gives, where the input itself ends (a
 * file cut short: a download broken off): what there is of it reads as the whole, and the early end
 * is kept to be said. A body stream signals that end with an {@link EOFException}; other faults
 * pass through.
 *
 * <p>Not thread-safe.
 */
final class EndedEarly extends FilterInputStream {
  private String reason;

  EndedEarly(InputStream body) {
    super(body);
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
      reason = e.getMessage();
      return -1;
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
      reason = e.getMessage();
      return -1;
    }
  }
}
