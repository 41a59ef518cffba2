package dev.akhbar.formats.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The optional dependencies of akhbar-formats: each is needed only by the files that use it (an
 * {@code .xz} file, a WARC file, HTML markup), and a file that needs one that is missing fails with
 * an error naming the artifact to add, not a {@code NoClassDefFoundError}.
 */
enum OptionalLibrary {
  /** XZ for Java: {@code .xz} files. */
  XZ("org.tukaani:xz", "org.tukaani.xz", "org.tukaani.xz.XZInputStream"),
  /** zstd-jni: {@code .zst} files. */
  ZSTD("com.github.luben:zstd-jni", "com.github.luben.zstd_jni", "com.github.luben.zstd.Zstd"),
  /** jwarc: WARC and WET files. */
  JWARC("org.netpreserve:jwarc", "jwarc", "org.netpreserve.jwarc.WarcReader"),
  /** jsoup: HTML pages, and HTML in JSON fields, feeds and tagged corpora. */
  JSOUP("org.jsoup:jsoup", "org.jsoup", "org.jsoup.Jsoup");

  private final String artifact;
  private final String module;
  private final String probe;
  private volatile Boolean present;

  OptionalLibrary(String artifact, String module, String probe) {
    this.artifact = artifact;
    this.module = module;
    this.probe = probe;
  }

  /** The Maven coordinates to add, {@code group:artifact}. */
  String artifact() {
    return artifact;
  }

  /** Whether its classes can be loaded: on the class path, or a module this one reads. */
  boolean present() {
    Boolean p = present;
    if (p == null) {
      boolean found;
      try {
        Class<?> c = Class.forName(probe, false, OptionalLibrary.class.getClassLoader());
        found = OptionalLibrary.class.getModule().canRead(c.getModule());
      } catch (ClassNotFoundException | LinkageError e) {
        found = false;
      }
      present = p = found;
    }
    return p;
  }

  /**
   * Fails, naming the artifact, when it is missing; {@code what} is what needs it ({@code "an xz
   * stream"}), {@code input} the input's name, or null where it is not known here.
   */
  void require(String input, String what) throws IOException {
    if (!present()) {
      throw new IOException(
          (input == null ? "" : input + ": ")
              + "reading "
              + what
              + " needs "
              + artifact
              + " (an optional dependency of akhbar-formats): add it to the class path, or to"
              + " the module path with --add-modules "
              + module);
    }
  }

  /**
   * {@link #require}, unchecked, for code that reads records (where an I/O error is unchecked) and
   * does not know the input's name: the reader's caller names it.
   */
  void requireUnchecked(String what) {
    try {
      require(null, what);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
