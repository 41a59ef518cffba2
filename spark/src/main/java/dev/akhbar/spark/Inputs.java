package dev.akhbar.spark;

import dev.akhbar.formats.parallel.SplittableInput;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The files behind the paths of a read, and the tasks that read them. */
final class Inputs {
  private Inputs() {}

  /**
   * One file to read.
   *
   * @param name the name articles carry in their origin: the path as given for a file, the full
   *     path for one found in a directory or by a glob
   * @param uri the file's qualified path
   * @param size its size in bytes
   * @param missing why it cannot be read when the path matched nothing; otherwise null
   */
  record InputFile(String name, String uri, long size, String missing) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A whole file, or one piece of one, to read. */
  record ReadTask(InputFile file, SplittableInput.Piece piece) implements Serializable {
    private static final long serialVersionUID = 1L;

    long bytes() {
      return piece == null ? file.size() : piece.end() - piece.start();
    }
  }

  /** The most files one Spark task reads, however small they are. */
  static final int MAX_FILES_A_TASK = 10_000;

  /**
   * Consecutive tasks packed into Spark tasks of up to {@code bytes} bytes (and {@link
   * #MAX_FILES_A_TASK} files), in order: a corpus of a million small files becomes a few thousand
   * Spark tasks, not a million. A larger file or piece is a Spark task of its own.
   */
  static List<List<ReadTask>> pack(List<ReadTask> tasks, long bytes) {
    List<List<ReadTask>> out = new ArrayList<>();
    List<ReadTask> current = new ArrayList<>();
    long size = 0;
    for (ReadTask t : tasks) {
      if (!current.isEmpty() && (size + t.bytes() > bytes || current.size() == MAX_FILES_A_TASK)) {
        out.add(current);
        current = new ArrayList<>();
        size = 0;
      }
      current.add(t);
      size += t.bytes();
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** One byte range of a file to probe for its first record. */
  record ProbeTask(int index, InputFile file, long start, long end) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** What the probe of a {@link ProbeTask} found. */
  record ProbeResult(
      int index, long start, long end, long recordStart, long lineEndsBeforeRecord, long lineEnds)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    SplittableInput.Probe probe() {
      return new SplittableInput.Probe(
          new SplittableInput.Range(start, end), recordStart, lineEndsBeforeRecord, lineEnds);
    }
  }

  /**
   * The files of every path, in the order given: a file; a directory, walked recursively in name
   * order, skipping hidden files and Hadoop's markers ({@code .x}, {@code _SUCCESS}); or a glob. A
   * path that matches nothing is kept, marked missing, so that the read reports it.
   */
  static List<InputFile> list(Configuration conf, String... paths) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String given : paths) {
      Path path = new Path(given);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        out.add(new InputFile(given, path.toString(), 0, "no such file"));
        continue;
      }
      for (FileStatus match : matches) {
        if (!match.isDirectory()) {
          // A file named as such keeps the name it was given (as on the command line); one a glob
          // found, its path.
          String name =
              fs.makeQualified(path).equals(match.getPath()) ? given : match.getPath().toString();
          out.add(new InputFile(name, match.getPath().toString(), match.getLen(), null));
          continue;
        }
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
        while (files.hasNext()) {
          LocatedFileStatus f = files.next();
          if (f.isFile() && !hidden(match.getPath(), f.getPath())) {
            found.add(f);
          }
        }
        found.sort(Comparator.comparing(f -> f.getPath().toString()));
        for (FileStatus f : found) {
          out.add(new InputFile(f.getPath().toString(), f.getPath().toString(), f.getLen(), null));
        }
      }
    }
    return out;
  }

  /**
   * A file whose name, or the name of a directory between it and the root of the walk, starts with
   * . or _.
   */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Opens a Hadoop file at a byte position. */
  static SplittableInput.Opener opener(Configuration conf, InputFile file) {
    return position -> {
      Path path = new Path(file.uri());
      FSDataInputStream in = path.getFileSystem(conf).open(path);
      try {
        in.seek(position);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      return in;
    };
  }
}
