package dev.akhbar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The output of one unit of work, passed in order from the worker that writes it to the thread that
 * copies units to the output. Up to {@code memory} bytes wait in memory; beyond that, a unit that
 * is not yet at the head of the order spills to a temporary file, so a worker never waits for the
 * units before it (whatever their size) and memory stays bounded. The head unit's bytes are taken
 * as they come and rarely reach the file.
 *
 * <p>Thread-safe for one writer thread and one reader thread. The file is opened with {@code
 * DELETE_ON_CLOSE} (on Linux it is unlinked at once, so nothing is left behind even if the process
 * dies) and closed once read, or by {@link #discard()}.
 */
final class Spool extends OutputStream {
  private static final int BLOCK = 1 << 16;

  /**
   * Blocks the reader is done with, for writers to fill again: the output of a parallel run passes
   * through blocks, and allocating each anew doubled what the run allocated. Up to {@link #POOLED}
   * blocks wait here; the rest are left to the collector.
   */
  private static final java.util.concurrent.ConcurrentLinkedQueue<byte[]> FREE =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /**
   * 32 MiB, the output of about three 8 MiB pieces: what a window of two threads holds at once, so
   * that once the run is under way its blocks all come from here. A new block lives until its piece
   * is joined, which outlasts a young collection: each one the pool cannot take back is copied into
   * the old generation, to pages touched for the first time. An eighth of the heap at most.
   */
  private static final int POOLED =
      (int) Math.min(512, Runtime.getRuntime().maxMemory() / 8 / BLOCK);

  private static final java.util.concurrent.atomic.AtomicInteger FREE_COUNT =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Bytes of the output that lie in the spill file. */
  private record Spilled(long position, int length) {}

  private final long memory;
  private final Path directory;
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private byte[] current = block();
  private int used;
  private long held;
  private volatile boolean closed;
  private Path spillPath;
  private volatile FileChannel spill;
  private long spillEnd;

  /**
   * A spool holding up to {@code memory} bytes in memory and the rest in a file in {@code
   * directory}.
   */
  Spool(long memory, Path directory) {
    this.memory = memory;
    this.directory = directory;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("spool closed");
    }
    while (len > 0) {
      int n = Math.min(len, BLOCK - used);
      System.arraycopy(b, off, current, used, n);
      used += n;
      off += n;
      len -= n;
      if (used == BLOCK) {
        pass();
      }
    }
  }

  /** Hands the current block on: to memory while there is room, else to the spill file. */
  private void pass() throws IOException {
    if (used == 0) {
      return;
    }
    byte[] block = used == BLOCK ? current : Arrays.copyOf(current, used);
    current = used == BLOCK ? block() : current;
    used = 0;
    synchronized (this) {
      if (held + block.length <= memory) {
        queue.add(block);
        held += block.length;
        notifyAll();
        return;
      }
    }
    // Only this (the writing) thread touches the file's end; the reader reads spilled ranges by
    // position. A spill that fails is an output error, not the input's.
    long position = spillEnd;
    try {
      if (spill == null) {
        spillPath = Files.createTempFile(directory, "akhbar-spool-", ".part");
        spill =
            FileChannel.open(
                spillPath,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
      }
      ByteBuffer buffer = ByteBuffer.wrap(block);
      while (buffer.hasRemaining()) {
        position += spill.write(buffer, position);
      }
    } catch (IOException e) {
      throw new OutputException("a spill file in " + directory, e);
    }
    // Written to the file: the block can be filled again.
    recycle(block);
    synchronized (this) {
      queue.add(new Spilled(spillEnd, block.length));
      spillEnd = position;
      notifyAll();
    }
  }

  /** Hands on what is written so far. */
  @Override
  public void flush() throws IOException {
    pass();
  }

  /** The end of the unit's output: the reader sees it after the last block. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      try {
        pass();
      } finally {
        synchronized (this) {
          closed = true;
          notifyAll();
        }
      }
    }
  }

  /**
   * The next block of output, waiting for it; null once the writer closed and every block was
   * taken.
   */
  byte[] take() throws InterruptedException, IOException {
    Object next;
    synchronized (this) {
      while (queue.isEmpty() && !closed) {
        wait();
      }
      next = queue.poll();
      if (next instanceof byte[]) {
        held -= ((byte[]) next).length;
      }
    }
    if (next == null) {
      discard();
      return null;
    }
    if (next instanceof byte[]) {
      return (byte[]) next;
    }
    Spilled s = (Spilled) next;
    ByteBuffer buffer = ByteBuffer.wrap(s.length() == BLOCK ? block() : new byte[s.length()]);
    while (buffer.hasRemaining()) {
      int n = spill.read(buffer, s.position() + buffer.position());
      if (n < 0) {
        throw new IOException("spill file " + spillPath + " ended early");
      }
    }
    return buffer.array();
  }

  /** A block to fill: one the reader gave back, or a new one. */
  private static byte[] block() {
    byte[] b = FREE.poll();
    if (b == null) {
      return new byte[BLOCK];
    }
    FREE_COUNT.decrementAndGet();
    return b;
  }

  /**
   * Gives back a block that {@link #take()} returned, once its bytes are copied out, so that a
   * writer fills it again; blocks of other sizes, and blocks past the pool's size, are dropped.
   */
  static void recycle(byte[] block) {
    if (block.length == BLOCK && FREE_COUNT.incrementAndGet() <= POOLED) {
      FREE.add(block);
    } else if (block.length == BLOCK) {
      FREE_COUNT.decrementAndGet();
    }
  }

  /** How many bytes went to the spill file. */
  synchronized long spilled() {
    return spillEnd;
  }

  /** Deletes the spill file, if any; the writer, if still writing, fails. */
  synchronized void discard() {
    closed = true;
    if (spill != null) {
      try {
        spill.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        spill = null;
      }
    }
  }
}
