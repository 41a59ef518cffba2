package dev.akhbar.cli;

import java.io.IOException;

/**
 * A write to the output, or to a spill file that holds part of it, failed: the run stops with an
 * error, whatever the inputs, since what was written is not the whole output.
 */
final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** A failure said in words of the user's own path: {@code cannot write WHERE: REASON}. */
  OutputException(String where, String reason, IOException cause) {
    super("cannot write " + where + ": " + reason, cause);
  }

  OutputException(String where, IOException cause) {
    super(
        "cannot write "
            + where
            + ": "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
        cause);
  }
}
