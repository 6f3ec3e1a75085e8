package dev.leadspec.flink;

/**
 * One record of a leads file, as the job's sources emit it: the lead re-encoded as a
 * {@code lead-spec.lead/1} line, or the error the CLI would write for that line. A Flink POJO
 * (public fields, no-argument constructor), so Flink serializes it without Kryo.
 *
 * <pre>{@code
 * LeadLine line = LeadLine.error("leads-03-01.jsonl", 7, "line 7: unexpected end of input");
 * }</pre>
 */
public final class LeadLine {
  /** The file the record was read from. */
  public String source = "";
  /** The record's line number in that file, from 1. */
  public long line;
  /** The lead's id; empty for a record that is no lead, unless its id is known. */
  public String leadId = "";
  /** The lead as one JSONL line (UTF-8); empty for an error record. */
  public byte[] lead = new byte[0];
  /** Why the record is no lead; empty for a lead. */
  public String error = "";
  /** When the lead was delivered, in milliseconds since the epoch (its event time); 0 for an error. */
  public long deliveredAt;

  /** An empty record, for Flink. */
  public LeadLine() {}

  /**
   * A record that is a lead.
   *
   * @param source the file
   * @param line the line number
   * @param leadId the lead's id
   * @param lead the lead as a JSONL line
   * @param deliveredAt the delivery instant in epoch milliseconds
   * @return the record
   */
  public static LeadLine lead(String source, long line, String leadId, byte[] lead, long deliveredAt) {
    LeadLine record = new LeadLine();
    record.source = source;
    record.line = line;
    record.leadId = leadId;
    record.lead = lead;
    record.deliveredAt = deliveredAt;
    return record;
  }

  /**
   * A record that could not be read as a lead.
   *
   * @param source the file
   * @param line the line number
   * @param error why, as the reader said it
   * @return the record
   */
  public static LeadLine error(String source, long line, String error) {
    LeadLine record = new LeadLine();
    record.source = source;
    record.line = line;
    record.error = error;
    return record;
  }

  /**
   * Whether the record is a lead.
   *
   * @return true unless it is an error record
   */
  public boolean isLead() {
    return error.isEmpty();
  }

  @Override
  public String toString() {
    return "LeadLine{" + source + " line " + line + (isLead() ? ", lead " + leadId : ", error " + error) + "}";
  }
}
