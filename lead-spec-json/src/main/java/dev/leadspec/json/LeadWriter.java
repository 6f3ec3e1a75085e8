package dev.leadspec.json;

import dev.leadspec.model.Lead;
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
public final class LeadWriter extends LineSink {
  LeadWriter(OutputStream out) {
    super(out);
  }

  /**
   * Writes a lead as one line.
   *
   * @param lead the lead
   * @throws UncheckedIOException if writing fails
   */
  public void write(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    put(CanonicalJson.line(g -> LeadJson.write(g, lead)));
  }
}
