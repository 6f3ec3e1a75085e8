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
  static VerdictRecord record(JsonTree root, byte[] line, int lineNumber) {
    TreeValues.expect(root, JsonTree.Type.OBJECT);
    String format = TreeValues.string(root, "format");
    if (format.equals(ERROR_FORMAT)) {
      TreeValues.object(root, "format", "line", "lead", "error");
      long inputLine = Math.max(TreeValues.integer(TreeValues.required(root, "line")), -1);
      String lead = TreeValues.optional(root, "lead").map(TreeValues::string).orElse(null);
      return new VerdictRecord(lineNumber, null, lead, TreeValues.string(root, "error"), inputLine);
    }
    StoredVerdict verdict = read(root, line);
    return new VerdictRecord(lineNumber, verdict, verdict.leadId(), null);
  }

  static StoredVerdict read(JsonTree root, byte[] line) {
    ContractReader.format(root, FORMAT);
    TreeValues.object(root, "format", "contract", "lead", "outcome", "reasons", "results", "tables", "price");
    JsonTree contract = TreeValues.object(TreeValues.required(root, "contract"), "id", "version", "fingerprint");
    JsonTree lead = TreeValues.object(TreeValues.required(root, "lead"), "id", "deliveredAt");
    JsonTree fingerprint = TreeValues.required(contract, "fingerprint");
    if (!TreeValues.FINGERPRINT.matcher(TreeValues.string(fingerprint)).matches()) {
      throw fingerprint.error("expected 64 lower-case hex digits, found " + fingerprint.describe());
    }
    ImmutableStoredVerdict.Builder builder = ImmutableStoredVerdict.builder()
        .contractId(TreeValues.string(contract, "id"))
        .contractVersion(TreeValues.smallInteger(TreeValues.required(contract, "version")))
        .contractFingerprint(fingerprint.text)
        .leadId(TreeValues.string(lead, "id"))
        .deliveredAt(TreeValues.instant(TreeValues.required(lead, "deliveredAt")))
        .outcome(TreeValues.constant(TreeValues.required(root, "outcome"), Outcome.class, "outcome"))
        .addAllReasons(TreeValues.strings(TreeValues.required(root, "reasons")))
        .json(new String(line, StandardCharsets.UTF_8).stripTrailing());
    JsonTree results = TreeValues.required(root, "results");
    TreeValues.expect(results, JsonTree.Type.ARRAY);
    for (JsonTree result : results.elements) {
      TreeValues.object(result, "criterion", "title", "role", "status", "countedAs", "decisive", "expected", "facts");
      JsonTree facts = TreeValues.required(result, "facts");
      TreeValues.expect(facts, JsonTree.Type.ARRAY);
      for (JsonTree fact : facts.elements) {
        TreeValues.object(fact, "field", "known", "value");
      }
    }
    JsonTree tables = TreeValues.required(root, "tables");
    TreeValues.expect(tables, JsonTree.Type.ARRAY);
    for (JsonTree table : tables.elements) {
      TreeValues.object(table, "table", "status", "rows", "output");
    }
    TreeValues.optional(root, "price").ifPresent(price -> builder.price(ContractReader.money(price)));
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
