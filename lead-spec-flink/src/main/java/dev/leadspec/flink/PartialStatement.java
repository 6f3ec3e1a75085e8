package dev.leadspec.flink;

/**
 * What one subtask settled of one period since it last sent: a
 * {@link dev.leadspec.dispute.StatementAccumulator} in its byte form, sent to the one place that
 * merges the period's parts. Never one per lead. A Flink POJO.
 *
 * <pre>{@code
 * PartialStatement part = PartialStatement.of("2010-11-02", closesAt, accumulator.toBytes());
 * }</pre>
 */
public final class PartialStatement {
  /** The period: {@code all} for a batch, a delivery day ({@code 2010-11-02}) for a stream. */
  public String period = "";
  /** When, in event time (epoch milliseconds), every lead of the period is settled. */
  public long closesAt;
  /** The accumulator, as {@link dev.leadspec.dispute.StatementAccumulator#toBytes()} wrote it. */
  public byte[] accumulator = new byte[0];

  /** An empty record, for Flink. */
  public PartialStatement() {}

  /**
   * A part of a period's statement.
   *
   * @param period the period
   * @param closesAt when the period closes, in epoch milliseconds
   * @param accumulator the accumulator's bytes
   * @return the record
   */
  public static PartialStatement of(String period, long closesAt, byte[] accumulator) {
    PartialStatement part = new PartialStatement();
    part.period = period;
    part.closesAt = closesAt;
    part.accumulator = accumulator;
    return part;
  }

  @Override
  public String toString() {
    return "PartialStatement{" + period + ", closes at " + closesAt + ", " + accumulator.length + " bytes}";
  }
}
