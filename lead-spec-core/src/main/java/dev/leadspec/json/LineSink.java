package dev.leadspec.json;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The one buffered JSONL output behind {@link LeadWriter} and {@link VerdictWriter}. */
abstract class LineSink implements Closeable, Flushable {
  private final OutputStream out;

  LineSink(OutputStream out) {
    this.out = new BufferedOutputStream(out);
  }

  final void put(byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes the output. @throws UncheckedIOException if flushing fails */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes and closes the output. @throws UncheckedIOException if closing fails */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
