package dev.leadspec.json;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.internal.CanonicalJson;
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
