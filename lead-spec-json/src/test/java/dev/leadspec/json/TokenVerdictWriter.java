package dev.leadspec.json;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;

/**
 * The oracle of the verdict writer: a verdict line written token by token on Jackson's generator,
 * property by property in the documented order, with nothing cached. {@link VerdictEncoder} (what
 * {@link VerdictWriter} and {@link LeadSpecJson#writeVerdict} use) must give these bytes exactly.
 */
final class TokenVerdictWriter {
  private TokenVerdictWriter() {}

  /** A verdict as one JSONL line, written token by token. */
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
    g.writeStringProperty("format", VerdictJson.FORMAT);
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

}
