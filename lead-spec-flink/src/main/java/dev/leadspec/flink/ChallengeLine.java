package dev.leadspec.flink;

/**
 * One record of a challenges file ({@code lead-spec.challenge/1} JSONL): the challenge as read,
 * or why it could not be read. A Flink POJO.
 *
 * <pre>{@code
 * ChallengeLine line = ChallengeLine.challenge("challenges.jsonl", 3, "L-7", bytes, filedAtMillis);
 * }</pre>
 */
public final class ChallengeLine {
  /** The file the record was read from. */
  public String source = "";
  /** The record's line number in that file, from 1. */
  public long line;
  /** The challenged lead's id; empty for a record that is no challenge. */
  public String leadId = "";
  /** The challenge document (UTF-8); empty for an error record. */
  public byte[] challenge = new byte[0];
  /** Why the record is no challenge; empty for a challenge. */
  public String error = "";
  /** When the challenge was filed, in epoch milliseconds (its event time); 0 for an error. */
  public long filedAt;

  /** An empty record, for Flink. */
  public ChallengeLine() {}

  /**
   * A record that is a challenge.
   *
   * @param source the file
   * @param line the line number
   * @param leadId the challenged lead's id
   * @param challenge the challenge document
   * @param filedAt when it was filed, in epoch milliseconds
   * @return the record
   */
  public static ChallengeLine challenge(String source, long line, String leadId, byte[] challenge, long filedAt) {
    ChallengeLine record = new ChallengeLine();
    record.source = source;
    record.line = line;
    record.leadId = leadId;
    record.challenge = challenge;
    record.filedAt = filedAt;
    return record;
  }

  /**
   * A record that could not be read as a challenge.
   *
   * @param source the file
   * @param line the line number
   * @param error why
   * @return the record
   */
  public static ChallengeLine error(String source, long line, String error) {
    ChallengeLine record = new ChallengeLine();
    record.source = source;
    record.line = line;
    record.error = error;
    return record;
  }

  /**
   * Whether the record is a challenge.
   *
   * @return true unless it is an error record
   */
  public boolean isChallenge() {
    return error.isEmpty();
  }

  @Override
  public String toString() {
    return "ChallengeLine{" + source + " line " + line + (isChallenge() ? ", lead " + leadId : ", error " + error) + "}";
  }
}
