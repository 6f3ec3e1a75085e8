package dev.leadspec.json;

import dev.leadspec.model.Lead;
import dev.leadspec.json.internal.CanonicalJson;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Leads as JSONL, one line per lead, in the format {@link LeadReader} reads.
 *
 * <pre>{@code
 * try (LeadWriter out = LeadSpecJson.standard().leadWriter(stream)) { out.write(lead); }
 * }</pre>
 */
public final class LeadWriter implements Closeable, Flushable {
  private final OutputStream out;

  LeadWriter(OutputStream out) {
    this.out = new BufferedOutputStream(out);
  }

  /**
   * Writes a lead as one line.
   *
   * @param lead the lead
   * @throws UncheckedIOException if writing fails
   */
  public void write(Lead lead) {
    put(CanonicalJson.line(LeadJson.write(Objects.requireNonNull(lead, "lead"))));
  }

  private void put(byte[] bytes) {
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
