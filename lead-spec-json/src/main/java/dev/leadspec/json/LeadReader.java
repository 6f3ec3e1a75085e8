package dev.leadspec.json;

import dev.leadspec.model.Contract;
import java.io.InputStream;

/**
 * Leads from a JSONL stream, one record per non-blank line, read lazily in constant memory. A
 * line that is not a lead (malformed, over a limit, of the wrong format) becomes a record with
 * its error, its line number and, when the line states it unambiguously, its lead id; reading goes
 * on.
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
    try {
      return new LeadRecord(lineNumber, leads.read(bytes, offset, length), null, null);
    } catch (JsonFormatException e) {
      // the line's id, when it states one unambiguously, so that its error record names the lead
      return new LeadRecord(lineNumber, null, e.atRecord(lineNumber, bytes, offset, length),
          LeadIds.of(json.parser().factory(), bytes, offset, length));
    }
  }

  @Override
  LeadRecord failed(int lineNumber, JsonFormatException error) {
    return new LeadRecord(lineNumber, null, error, null);
  }

  @Override
  LeadRecord failedLong(int lineNumber, JsonFormatException error, JsonLines lines) {
    // a line over the record size is not read as a lead; its first bytes may state its id
    byte[] prefix = lines.longPrefix();
    return new LeadRecord(lineNumber, null, error, LeadIds.of(json.parser().factory(), prefix, 0, prefix.length, lines.longIdNames()));
  }
}
