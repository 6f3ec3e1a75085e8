package dev.leadspec.flink;

/**
 * Bytes the job writes, and the bucket (sub-directory of the output) they go to: a verdict or
 * error line under {@code verdicts/<input file name>}, a ruling under {@code rulings}, a duplicate
 * under {@code duplicates}, a challenge that could not be ruled on under {@code challenge-errors},
 * a statement document under its period. A Flink POJO.
 *
 * <pre>{@code
 * OutputLine line = OutputLine.of("verdicts/leads-03-01.jsonl", verdictBytes);
 * }</pre>
 */
public final class OutputLine {
  /** The bucket: a relative directory of the output. */
  public String bucket = "";
  /** The bytes, a JSONL line ending in a line feed or a whole document. */
  public byte[] bytes = new byte[0];

  /** An empty record, for Flink. */
  public OutputLine() {}

  /**
   * Bytes for a bucket.
   *
   * @param bucket the bucket
   * @param bytes the bytes
   * @return the record
   */
  public static OutputLine of(String bucket, byte[] bytes) {
    OutputLine line = new OutputLine();
    line.bucket = bucket;
    line.bytes = bytes;
    return line;
  }

  @Override
  public String toString() {
    return "OutputLine{" + bucket + ", " + bytes.length + " bytes}";
  }
}
