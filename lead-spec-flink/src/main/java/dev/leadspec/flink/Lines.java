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

  /**
   * The record of a contract version a running stream took: one JSON line naming the contract,
   * its version, fingerprint, when it takes effect and the file it came from.
   */
  static byte[] version(dev.leadspec.model.Contract version, String fingerprint, String source) {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
    try (tools.jackson.core.JsonGenerator json = new tools.jackson.core.json.JsonFactory()
        .createGenerator(tools.jackson.core.ObjectWriteContext.empty(), line)) {
      json.writeStartObject();
      json.writeStringProperty("contract", version.id());
      json.writeNumberProperty("version", version.version());
      json.writeStringProperty("fingerprint", fingerprint);
      json.writeStringProperty("effectiveAt", version.effectiveAt().toString());
      json.writeStringProperty("source", source);
      json.writeEndObject();
    }
    line.write('\n');
    return line.toByteArray();
  }

  private byte[] take() {
    writer.flush();
    byte[] line = bytes.toByteArray();
    bytes.reset();
    return line;
  }
}
