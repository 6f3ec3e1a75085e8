package dev.leadspec.json;

import dev.leadspec.model.Contract;
import java.io.InputStream;

/**
 * Leads from a JSONL stream, one record per non-blank line, read lazily in constant memory. A
 * line that is not a lead (malformed, over a limit, of the wrong format) becomes a record with
 * its error and line number; reading goes on.
 *
 * <pre>{@code
 * try (LeadReader leads = LeadSpecJson.standard().leadReader(in, contract)) {
 *   for (LeadRecord record : leads) System.out.println(record);
 * }
 * }</pre>
 */
public final class LeadReader extends RecordReader<LeadRecord> {
  private final LeadParser leads;

  LeadReader(LeadSpecJson json, InputStream in, Contract contract) {
    super(json, in, "lead");
    this.leads = new LeadParser(json.parser(), json.limits(), contract);
  }

  @Override
  LeadRecord record(byte[] bytes, int offset, int length, int lineNumber) {
    return new LeadRecord(lineNumber, leads.read(bytes, offset, length), null);
  }

  @Override
  LeadRecord failed(int lineNumber, JsonFormatException error) {
    return new LeadRecord(lineNumber, null, error);
  }
}
