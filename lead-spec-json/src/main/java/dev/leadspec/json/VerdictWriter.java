package dev.leadspec.json;

import dev.leadspec.eval.Verdict;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Limits;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Verdicts as JSONL, one line per input record: a verdict, or an error record
 * ({@code "format": "lead-spec.error/1"}) with the input's line number, so no record is dropped.
 *
 * <pre>{@code
 * try (VerdictWriter out = LeadSpecJson.standard().verdictWriter(System.out)) {
 *   out.write(evaluator.evaluate(lead));
 *   out.writeError(7, "L-7", exception);
 * }
 * }</pre>
 */
public final class VerdictWriter extends LineSink {
  /** Encoders of the contract versions met most recently; a stream rarely mixes more. */
  private final @Nullable VerdictEncoder[] encoders = new VerdictEncoder[8];
  private int next;

  VerdictWriter(OutputStream out) {
    super(out);
  }

  /**
   * Writes a verdict as one line, unless the line would be longer than a reader allows
   * ({@link dev.leadspec.model.Limits#MAX_DOCUMENT_BYTES}): such a verdict (a lead whose large
   * facts many criteria read) is refused, so that every line written reads back; write an error
   * record in its place.
   *
   * <pre>{@code
   * try { out.write(verdict); } catch (LeadSpecException e) { out.writeError(line, verdict.leadId(), e); }
   * }</pre>
   *
   * @param verdict the verdict
   * @throws UncheckedIOException if writing fails
   * @throws LeadSpecException if the verdict's line would exceed the record size limit; nothing is written
   */
  public void write(Verdict verdict) {
    VerdictEncoder encoder = encoder(Objects.requireNonNull(verdict, "verdict"));
    int start = buffer.size();
    try {
      encoder.encode(verdict, buffer);
    } catch (RuntimeException e) {
      buffer.truncate(start);
      throw e;
    }
    int size = buffer.size() - start;
    if (size > Limits.MAX_DOCUMENT_BYTES) {
      buffer.truncate(start);
      buffer.shrink(1 << 16);
      throw new LeadSpecException("lead " + VerdictJson.abbreviated(verdict.leadId()) + ": record size limit exceeded: its verdict "
          + "would be a line of " + size + " bytes, more than a reader allows (" + Limits.MAX_DOCUMENT_BYTES + "); not written");
    }
    ended();
  }

  private VerdictEncoder encoder(Verdict verdict) {
    for (VerdictEncoder encoder : encoders) {
      if (encoder != null && encoder.writes(verdict)) {
        return encoder;
      }
    }
    VerdictEncoder encoder = new VerdictEncoder(verdict);
    encoders[next] = encoder;
    next = (next + 1) % encoders.length;
    return encoder;
  }

  /**
   * Writes an error record for an input record that gave no verdict.
   *
   * @param line the input record's line number
   * @param leadId the lead's id, or null when it is not known
   * @param error why there is no verdict
   * @throws UncheckedIOException if writing fails
   */
  public void writeError(long line, @Nullable String leadId, LeadSpecException error) {
    writeError(line, leadId, Objects.requireNonNull(error, "error").getMessage());
  }

  /**
   * Writes an error record for an input record that gave no verdict, with the reason in words.
   *
   * <pre>{@code
   * out.writeError(12, null, "line 12: delivered_at \"yesterday\" is not an ISO instant");
   * }</pre>
   *
   * @param line the input record's line number
   * @param leadId the lead's id, or null when it is not known
   * @param message why there is no verdict, a lower-case fragment
   * @throws UncheckedIOException if writing fails
   */
  public void writeError(long line, @Nullable String leadId, String message) {
    Objects.requireNonNull(message, "message");
    String bounded = VerdictJson.abbreviated(message);
    put(CanonicalJson.line(g -> VerdictJson.error(g, line, leadId, bounded)));
  }
}
