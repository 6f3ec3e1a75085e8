package dev.leadspec.json;

import dev.leadspec.eval.Outcome;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Verdict lines read strictly, and error records written: fixed property order, no floating point,
 * no clock. Verdict lines are written by {@link VerdictEncoder}.
 */
final class VerdictJson {
  static final String FORMAT = "lead-spec.verdict/1";
  static final String ERROR_FORMAT = "lead-spec.error/1";

  private VerdictJson() {}

  /** A verdict line, or an error record, read strictly. */
  static VerdictRecord record(Node root, byte[] line, int lineNumber) {
    Fields.expect(root, Node.Type.OBJECT);
    String format = Fields.string(root, "format");
    if (format.equals(ERROR_FORMAT)) {
      Fields.object(root, "format", "line", "lead", "error");
      long inputLine = Math.max(Fields.integer(Fields.required(root, "line")), -1);
      String lead = Fields.optional(root, "lead").map(Fields::string).orElse(null);
      return new VerdictRecord(lineNumber, null, lead, Fields.string(root, "error"), inputLine);
    }
    StoredVerdict verdict = read(root, line);
    return new VerdictRecord(lineNumber, verdict, verdict.leadId(), null);
  }

  static StoredVerdict read(Node root, byte[] line) {
    ContractReader.format(root, FORMAT);
    Fields.object(root, "format", "contract", "lead", "outcome", "reasons", "results", "tables", "price");
    Node contract = Fields.object(Fields.required(root, "contract"), "id", "version", "fingerprint");
    Node lead = Fields.object(Fields.required(root, "lead"), "id", "deliveredAt");
    Node fingerprint = Fields.required(contract, "fingerprint");
    if (!Fields.FINGERPRINT.matcher(Fields.string(fingerprint)).matches()) {
      throw fingerprint.error("expected 64 lower-case hex digits, found " + fingerprint.describe());
    }
    ImmutableStoredVerdict.Builder builder = ImmutableStoredVerdict.builder()
        .contractId(Fields.string(contract, "id"))
        .contractVersion(Fields.smallInteger(Fields.required(contract, "version")))
        .contractFingerprint(fingerprint.text)
        .leadId(Fields.string(lead, "id"))
        .deliveredAt(Fields.instant(Fields.required(lead, "deliveredAt")))
        .outcome(Fields.constant(Fields.required(root, "outcome"), Outcome.class, "outcome"))
        .addAllReasons(Fields.strings(Fields.required(root, "reasons")))
        .json(new String(line, StandardCharsets.UTF_8).stripTrailing());
    Node results = Fields.required(root, "results");
    Fields.expect(results, Node.Type.ARRAY);
    for (Node result : results.elements) {
      Fields.object(result, "criterion", "title", "role", "status", "countedAs", "decisive", "expected", "facts");
      Node facts = Fields.required(result, "facts");
      Fields.expect(facts, Node.Type.ARRAY);
      for (Node fact : facts.elements) {
        Fields.object(fact, "field", "known", "value");
      }
    }
    Node tables = Fields.required(root, "tables");
    Fields.expect(tables, Node.Type.ARRAY);
    for (Node table : tables.elements) {
      Fields.object(table, "table", "status", "rows", "output");
    }
    Fields.optional(root, "price").ifPresent(price -> builder.price(ContractReader.money(price)));
    return builder.build();
  }

  /** The longest message of an error record, well within a reader's string length. */
  static final int MAX_MESSAGE = 16_384;

  /** The text, cut to {@link #MAX_MESSAGE} characters with a note of how many more there were. */
  static String abbreviated(String text) {
    if (text.length() <= MAX_MESSAGE) {
      return text;
    }
    int end = MAX_MESSAGE;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
  }

  static void error(JsonGenerator g, long line, @Nullable String leadId, String message) {
    g.writeStartObject();
    g.writeStringProperty("format", ERROR_FORMAT);
    g.writeNumberProperty("line", line);
    if (leadId != null) {
      g.writeStringProperty("lead", leadId);
    }
    g.writeStringProperty("error", message);
    g.writeEndObject();
  }
}
