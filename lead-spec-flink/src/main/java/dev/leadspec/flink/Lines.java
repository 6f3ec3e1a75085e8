package dev.leadspec.flink;

import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.json.VerdictWriter;
import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Verdict and error lines one at a time, through the {@link VerdictWriter} the CLI's
 * {@code evaluate} writes with, so the bytes are the CLI's. One per task; not thread-safe.
 */
final class Lines {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
  private final VerdictWriter writer = LeadSpecJson.standard().verdictWriter(bytes);

  byte[] verdict(Verdict verdict) {
    writer.write(verdict);
    return take();
  }

  byte[] error(long line, @Nullable String leadId, String message) {
    writer.writeError(line, leadId, message);
    return take();
  }

  private byte[] take() {
    writer.flush();
    byte[] line = bytes.toByteArray();
    bytes.reset();
    return line;
  }
}
