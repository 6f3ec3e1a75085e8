package dev.leadspec.json;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.internal.CanonicalJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Verdicts and error records as JSON: fixed property order, no floating point, no clock. */
final class VerdictJson {
  static final String FORMAT = "lead-spec.verdict/1";
  static final String ERROR_FORMAT = "lead-spec.error/1";

  private VerdictJson() {}

  /** A verdict as one JSONL line, written token by token (the evaluation hot path of a batch). */
  static byte[] line(Verdict verdict) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = CanonicalJson.generator(bytes)) {
      write(verdict, g);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void write(Verdict verdict, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeName("contract");
    g.writeStartObject();
    g.writeStringProperty("id", verdict.contractId());
    g.writeNumberProperty("version", verdict.contractVersion());
    g.writeStringProperty("fingerprint", verdict.contractFingerprint());
    g.writeEndObject();
    g.writeName("lead");
    g.writeStartObject();
    g.writeStringProperty("id", verdict.leadId());
    g.writeStringProperty("deliveredAt", verdict.lead().deliveredAt().toString());
    g.writeEndObject();
    g.writeStringProperty("outcome", verdict.outcome().name());
    g.writeName("reasons");
    g.writeStartArray();
    for (CriterionResult reason : verdict.reasons()) {
      g.writeString(reason.criterionId());
    }
    g.writeEndArray();
    g.writeName("results");
    g.writeStartArray();
    for (CriterionResult result : verdict.results()) {
      g.writeStartObject();
      g.writeStringProperty("criterion", result.criterionId());
      g.writeStringProperty("title", result.title());
      g.writeStringProperty("role", result.role().name());
      g.writeStringProperty("status", result.status().name());
      g.writeStringProperty("countedAs", result.countedAs().name());
      g.writeBooleanProperty("decisive", result.decisive());
      g.writeStringProperty("expected", result.expected());
      g.writeName("facts");
      g.writeStartArray();
      for (FactReading reading : result.facts()) {
        g.writeStartObject();
        g.writeStringProperty("field", reading.field());
        g.writeBooleanProperty("known", reading.value().isPresent());
        if (reading.value().isPresent()) {
          g.writeName("value");
          CanonicalJson.write(g, reading.value().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("tables");
    g.writeStartArray();
    for (TableResult table : verdict.tables()) {
      g.writeStartObject();
      g.writeStringProperty("table", table.tableId());
      g.writeStringProperty("status", table.status().name());
      g.writeName("rows");
      g.writeStartArray();
      for (String row : table.rowIds()) {
        g.writeString(row);
      }
      g.writeEndArray();
      if (table.output().isPresent()) {
        g.writeName("output");
        CanonicalJson.write(g, table.output().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (verdict.price().isPresent()) {
      g.writeName("price");
      CanonicalJson.write(g, verdict.price().get());
    }
    g.writeEndObject();
  }

  /** A verdict line, or an error record, read strictly. */
  static VerdictRecord record(Node root, byte[] line, int lineNumber) {
    Fields.expect(root, Node.Type.OBJECT);
    String format = Fields.string(root, "format");
    if (format.equals(ERROR_FORMAT)) {
      Fields.object(root, "format", "line", "lead", "error");
      Fields.integer(Fields.required(root, "line"));
      String lead = Fields.optional(root, "lead").map(Fields::string).orElse(null);
      return new VerdictRecord(lineNumber, null, lead, Fields.string(root, "error"));
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
    if (!Fields.string(fingerprint).matches("[0-9a-f]{64}")) {
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

  static ObjectNode error(long line, @Nullable String leadId, String message) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", ERROR_FORMAT);
    root.put("line", line);
    if (leadId != null) {
      root.put("lead", leadId);
    }
    root.put("error", message);
    return root;
  }
}
