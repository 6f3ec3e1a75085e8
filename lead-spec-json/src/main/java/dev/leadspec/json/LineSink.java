package dev.leadspec.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one buffered JSONL output behind {@link LeadWriter} and {@link VerdictWriter}: lines are
 * gathered in one buffer, written to the stream in blocks of some 32 KiB.
 */
abstract class LineSink implements Closeable, Flushable {
  private static final int BLOCK = 1 << 15;
  private final OutputStream out;
  /** Where lines are gathered; a writer may append a line to it directly, then call {@link #ended()}. */
  final JsonBuffer buffer = new JsonBuffer(2 * BLOCK);

  LineSink(OutputStream out) {
    this.out = out;
  }

  final void put(byte[] bytes) {
    buffer.raw(bytes);
    ended();
  }

  /** A line was appended to {@link #buffer}: writes the block out once it is full. */
  final void ended() {
    if (buffer.size() >= BLOCK) {
      drain();
    }
  }

  private void drain() {
    try {
      out.write(buffer.bytes(), 0, buffer.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.clear();
    buffer.shrink(2 * BLOCK);
  }

  /**
   * Flushes the output.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the output.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try (OutputStream closing = out) {
      drain();
      closing.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
