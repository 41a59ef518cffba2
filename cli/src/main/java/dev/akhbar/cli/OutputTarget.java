package dev.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a conversion writes: standard output ({@code -o -} too); a file, written to a temporary
 * file beside it and moved into place only when the run succeeded (keeping the mode of the file it
 * replaces, and replacing a symbolic link's target, not the link); or a device or pipe ({@code -o
 * /dev/null}, a FIFO), written in place and never replaced by a file. A write that fails, a full
 * disk or a closed pipe, is an {@link OutputException}; an interrupted run (Ctrl-C, a TERM signal)
 * leaves no temporary file.
 */
final class OutputTarget {
  /**
   * The file the output goes to, its links followed; null for standard output, a device or a pipe.
   */
  private final Path file;

  private final Path temp;
  private final String name;
  private final OutputStream stream;
  private final Thread cleanup;

  private OutputTarget(Path file, Path temp, String name, OutputStream raw) {
    this.file = file;
    this.temp = temp;
    this.name = name;
    this.stream = new BufferedOutputStream(new Checked(raw, name), 1 << 16);
    this.cleanup = temp == null ? null : new Thread(this::removeTemp, "akhbar-cleanup");
    if (cleanup != null) {
      Runtime.getRuntime().addShutdownHook(cleanup);
    }
  }

  /** The target of {@code -o output}: standard output when it is null or {@code -}. */
  static OutputTarget open(Path output) throws IOException {
    if (output == null || output.toString().equals("-")) {
      return new OutputTarget(null, null, "standard output", new StandardOutput(System.out));
    }
    if (Files.isDirectory(output)) {
      throw new OutputException(
          output.toString(), "it is a directory; name a file in it", new IOException(output + ""));
    }
    if (Files.exists(output) && !Files.isRegularFile(output)) {
      // A device or a pipe (/dev/null, a FIFO): written directly.
      try {
        return new OutputTarget(null, null, output.toString(), Files.newOutputStream(output));
      } catch (IOException e) {
        throw new OutputException(output.toString(), reason(e, output), e);
      }
    }
    Path file = Files.isSymbolicLink(output) ? linkTarget(output) : output;
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new OutputException(
          output.toString(),
          "no such directory: " + dir,
          new java.nio.file.NoSuchFileException(dir + ""));
    }
    // Not createTempFile: its owner-only mode would stay on a new file.
    Path temp =
        dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
    OutputStream raw;
    try {
      raw = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      // Said of the user's path and its directory, never of the temporary file.
      throw new OutputException(output.toString(), reason(e, dir), e);
    }
    return new OutputTarget(file, temp, output.toString(), raw);
  }

  /**
   * The file a symbolic link names, also when it does not exist yet (a dangling link is written
   * through, as a shell's redirection does); a loop of links is said in one line.
   */
  private static Path linkTarget(Path link) throws OutputException {
    try {
      return link.toRealPath();
    } catch (java.nio.file.NoSuchFileException e) {
      try {
        Path target = Files.readSymbolicLink(link);
        Path parent = link.toAbsolutePath().getParent();
        return target.isAbsolute() ? target : parent.resolve(target);
      } catch (IOException again) {
        throw new OutputException(link.toString(), reason(again, link), again);
      }
    } catch (java.nio.file.FileSystemException e) {
      throw new OutputException(link.toString(), "a loop of symbolic links", e);
    } catch (IOException e) {
      throw new OutputException(link.toString(), reason(e, link), e);
    }
  }

  /** Why a file could not be created in (or as) {@code where}, without naming any other path. */
  private static String reason(IOException e, Path where) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (" + where + ")";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory: " + where;
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT) + " (" + where + ")";
    }
    return e.getClass().getSimpleName() + " (" + where + ")";
  }

  /** The stream to write to; the writer that closes it closes no standard output. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Where a conversion may spill what it holds back: beside the output file, else the temporary
   * directory (never a device's directory such as {@code /dev}).
   */
  Path spillDirectory() {
    return temp != null
        ? temp.toAbsolutePath().getParent()
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** The regular file standard output is sent to, looked up once; null when it is none. */
  private static final Path STDOUT_FILE = stdoutFile();

  private static Path stdoutFile() {
    try {
      Path stdout = Path.of("/proc/self/fd/1");
      return Files.isRegularFile(stdout) ? stdout.toRealPath() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether a path is this output (or its temporary file), which an input list must not read. */
  boolean isOutput(Path path) {
    if (file == null) {
      // Standard output sent to a regular file ("convert dir > dir/out.jsonl"): never read back.
      try {
        return STDOUT_FILE != null && Files.isSameFile(STDOUT_FILE, path);
      } catch (IOException e) {
        return false;
      }
    }
    try {
      return Files.exists(file) && Files.isSameFile(file, path)
          || path.toAbsolutePath().normalize().equals(temp.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The run ended: when it succeeded, the written file moved into place with the mode of the file
   * it replaces; when not, removed, and an existing file left as it was.
   */
  void finish(boolean ok) throws IOException {
    if (temp == null) {
      return;
    }
    try {
      if (ok) {
        if (Files.exists(file)) {
          try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
          } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file keeps the default mode.
          }
        }
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new OutputException(name, e);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs, and finds nothing left to remove.
      }
    }
  }

  private void removeTemp() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Shutting down: nothing left to tell.
    }
  }

  /** Turns a failed write into an {@link OutputException} that names the output. */
  private static final class Checked extends FilterOutputStream {
    private final String name;

    Checked(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw wrapped(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw wrapped(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw wrapped(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw wrapped(e);
      }
    }

    private IOException wrapped(IOException e) {
      return e instanceof OutputException ? e : new OutputException(name, e);
    }
  }

  /**
   * Standard output, which stays open after the writer closes; {@link PrintStream} keeps its write
   * errors to itself, so each write asks it whether one happened.
   */
  private static final class StandardOutput extends OutputStream {
    private final PrintStream out;

    StandardOutput(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      check();
    }

    @Override
    public void flush() throws IOException {
      check();
    }

    @Override
    public void close() throws IOException {
      check();
    }

    private void check() throws IOException {
      // checkError flushes first, so a write the stream still buffered is tried here.
      if (out.checkError()) {
        throw new IOException("the stream reported a write error (a full disk, or a closed pipe)");
      }
    }
  }
}
