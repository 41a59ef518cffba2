package dev.akhbar.cli;

import java.io.IOException;

/**
 * A write to the output, or to a spill file that holds part of it, failed: the run stops with an
 * error, whatever the inputs, since what was written is not the whole output.
 */
final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  OutputException(String where, IOException cause) {
    super(
        "cannot write "
            + where
            + ": "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
        cause);
  }
}
