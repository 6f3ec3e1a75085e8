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
    String line = "{\"contract\":" + quoted(version.id()) + ",\"version\":"
        + version.version() + ",\"fingerprint\":" + quoted(fingerprint) + ",\"effectiveAt\":" + quoted(version.effectiveAt()
        .toString()) + ",\"source\":" + quoted(source) + "}\n";
    return line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quoted(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private byte[] take() {
    writer.flush();
    byte[] line = bytes.toByteArray();
    bytes.reset();
    return line;
  }
}
