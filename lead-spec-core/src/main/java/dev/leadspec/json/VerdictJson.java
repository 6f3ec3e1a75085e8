package dev.leadspec.json;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.internal.CanonicalJson;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Verdicts and error records as JSON: fixed property order, no floating point, no clock. */
final class VerdictJson {
  static final String FORMAT = "lead-spec.verdict/1";
  static final String ERROR_FORMAT = "lead-spec.error/1";

  private VerdictJson() {}

  static ObjectNode write(Verdict verdict) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    ObjectNode contract = root.putObject("contract");
    contract.put("id", verdict.contractId());
    contract.put("version", verdict.contractVersion());
    contract.put("fingerprint", verdict.contractFingerprint());
    ObjectNode lead = root.putObject("lead");
    lead.put("id", verdict.leadId());
    lead.put("deliveredAt", verdict.lead().deliveredAt().toString());
    root.put("outcome", verdict.outcome().name());
    ArrayNode reasons = root.putArray("reasons");
    for (CriterionResult reason : verdict.reasons()) {
      reasons.add(reason.criterionId());
    }
    ArrayNode results = root.putArray("results");
    for (CriterionResult result : verdict.results()) {
      ObjectNode node = results.addObject();
      node.put("criterion", result.criterionId());
      node.put("title", result.title());
      node.put("role", result.role().name());
      node.put("status", result.status().name());
      node.put("countedAs", result.countedAs().name());
      node.put("decisive", result.decisive());
      node.put("expected", result.expected());
      ArrayNode facts = node.putArray("facts");
      for (FactReading reading : result.facts()) {
        ObjectNode fact = facts.addObject();
        fact.put("field", reading.field());
        fact.put("known", reading.value().isPresent());
        reading.value().ifPresent(value -> fact.set("value", CanonicalJson.value(value)));
      }
    }
    ArrayNode tables = root.putArray("tables");
    for (TableResult table : verdict.tables()) {
      ObjectNode node = tables.addObject();
      node.put("table", table.tableId());
      node.put("status", table.status().name());
      ArrayNode rows = node.putArray("rows");
      for (String row : table.rowIds()) {
        rows.add(row);
      }
      table.output().ifPresent(output -> node.set("output", CanonicalJson.output(output)));
    }
    verdict.price().ifPresent(price -> root.set("price", CanonicalJson.money(price)));
    return root;
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
