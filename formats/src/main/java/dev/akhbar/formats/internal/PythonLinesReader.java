package dev.akhbar.formats.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Presents lines of Python literals as JSON Lines, line for line, so that the JSON reader reads
 * them with its lines numbered as in the input. A line that is no literal, or longer than the
 * limit, passes through as it is (the JSON reader then reports it); memory holds one line up to the
 * limit.
 *
 * <p>Not thread-safe: one per input.
 */
final class PythonLinesReader extends Reader {
  private final Reader in;
  private final int maxLine;
  private final int maxDepth;
  private final StringBuilder line = new StringBuilder();
  private final char[] buffer = new char[1 << 14];
  private int bufferPos;
  private int bufferEnd;

  /** What is ready to hand out: a converted line, or raw text of an over-long one. */
  private String pending = "";

  private int pendingPos;

  /** Inside a line past the limit: the rest of it passes through until its end. */
  private boolean passing;

  private boolean eof;

  PythonLinesReader(Reader in, int maxLine, int maxDepth) {
    this.in = in;
    this.maxLine = maxLine;
    this.maxDepth = maxDepth;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pendingPos >= pending.length()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, pending.length() - pendingPos);
    pending.getChars(pendingPos, pendingPos + n, cbuf, off);
    pendingPos += n;
    return n;
  }

  /** Makes the next piece ready; false at the end of the input. */
  private boolean fill() throws IOException {
    pending = "";
    pendingPos = 0;
    while (true) {
      if (bufferPos >= bufferEnd) {
        if (eof) {
          if (line.length() > 0) {
            pending = passing ? line.toString() : converted(line.toString());
            line.setLength(0);
            passing = false;
            return true;
          }
          return false;
        }
        bufferEnd = in.read(buffer, 0, buffer.length);
        bufferPos = 0;
        if (bufferEnd < 0) {
          bufferEnd = 0;
          eof = true;
        }
        continue;
      }
      char c = buffer[bufferPos++];
      line.append(c);
      if (c == '\n') {
        String text = line.toString();
        line.setLength(0);
        boolean wasPassing = passing;
        passing = false;
        pending = wasPassing ? text : converted(text.substring(0, text.length() - 1)) + "\n";
        return true;
      }
      if (line.length() > maxLine) {
        // Too long to convert: hand it on as it is, and the rest of the line after it.
        passing = true;
        pending = line.toString();
        line.setLength(0);
        return true;
      }
    }
  }

  private String converted(String text) {
    String body = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    if (body.isBlank()) {
      return text;
    }
    String json = PythonLiterals.toJson(body, maxDepth);
    return json == null ? text : json;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
