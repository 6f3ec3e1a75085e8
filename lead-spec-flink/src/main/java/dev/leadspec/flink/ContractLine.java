package dev.leadspec.flink;

/**
 * A contract version that reached a running stream: the document as read from its file and the
 * fingerprint computed where it was read, or why the file is no version. Broadcast to every
 * evaluating subtask, which recomputes the fingerprint before it takes the version. A Flink POJO.
 *
 * <pre>{@code
 * ContractLine v3 = ContractLine.version("s3://contracts/bank-v3.json", document, fingerprint);
 * }</pre>
 */
public final class ContractLine {
  /** The file the version was read from. */
  public String source = "";
  /** The contract document (UTF-8); empty for an error. */
  public byte[] document = new byte[0];
  /** The fingerprint computed where the document was read; empty for an error. */
  public String fingerprint = "";
  /** Why the file is no version; empty for a version. */
  public String error = "";

  /** An empty record, for Flink. */
  public ContractLine() {}

  /**
   * A version read from a file.
   *
   * @param source the file
   * @param document the contract document
   * @param fingerprint its fingerprint, as computed where it was read
   * @return the record
   */
  public static ContractLine version(String source, byte[] document, String fingerprint) {
    ContractLine line = new ContractLine();
    line.source = source;
    line.document = document;
    line.fingerprint = fingerprint;
    return line;
  }

  /**
   * A file that could not be read as a version.
   *
   * @param source the file
   * @param error why, as the reader said it
   * @return the record
   */
  public static ContractLine error(String source, String error) {
    ContractLine line = new ContractLine();
    line.source = source;
    line.error = error;
    return line;
  }

  /**
   * Whether the record is a version.
   *
   * @return true unless it is an error
   */
  public boolean isVersion() {
    return error.isEmpty();
  }

  @Override
  public String toString() {
    return "ContractLine{" + source + (isVersion() ? ", fingerprint " + fingerprint : ", error " + error) + "}";
  }
}
