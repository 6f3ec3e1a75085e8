package dev.leadspec.json;

/**
 * Bounds on untrusted CSV input: a cell's bytes, a record's bytes (all its lines, for a quoted
 * cell that spans lines) and a record's columns. A record over any bound becomes one error record
 * naming the limit, and reading goes on at the next line; memory stays bounded whatever the input.
 * The counterpart of {@link JsonLimits} for CSV; {@link LeadSource#limits(CsvLimits)} takes them.
 *
 * <pre>{@code
 * CsvLimits limits = CsvLimits.defaults().maxCellBytes(1 << 20);
 * LeadSource csv = LeadSource.csv(contract, mapping).limits(limits);
 * }</pre>
 */
public final class CsvLimits {
  /** Default: a long free text, {@link dev.leadspec.model.Limits#MAX_STRING_LENGTH} (in bytes here). */
  public static final int DEFAULT_MAX_CELL_BYTES = dev.leadspec.model.Limits.MAX_STRING_LENGTH;
  /** Default: 1 MiB, a record of many long cells; also the most a malformed quote can swallow before it is reported. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;
  /** Default: wider than any export seen (the widest real one here has 37 columns). */
  public static final int DEFAULT_MAX_COLUMNS = 4_096;

  private final int maxCellBytes;
  private final int maxRecordBytes;
  private final int maxColumns;

  private CsvLimits(int maxCellBytes, int maxRecordBytes, int maxColumns) {
    if (maxCellBytes < 1 || maxRecordBytes < 1 || maxColumns < 1) {
      throw new IllegalArgumentException("csv limits must be positive: cell " + maxCellBytes + ", record " + maxRecordBytes
          + ", columns " + maxColumns);
    }
    this.maxCellBytes = maxCellBytes;
    this.maxRecordBytes = maxRecordBytes;
    this.maxColumns = maxColumns;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static CsvLimits defaults() {
    return new CsvLimits(DEFAULT_MAX_CELL_BYTES, DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_COLUMNS);
  }

  /**
   * The longest cell, in UTF-8 bytes as written (quotes included).
   *
   * @return the bytes
   */
  public int maxCellBytes() {
    return maxCellBytes;
  }

  /**
   * The longest record, in bytes, all its lines.
   *
   * @return the bytes
   */
  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /**
   * The most columns in a record.
   *
   * @return the columns
   */
  public int maxColumns() {
    return maxColumns;
  }

  /**
   * These limits with another cell bound.
   *
   * @param bytes the longest cell, positive
   * @return new limits
   * @throws IllegalArgumentException if not positive
   */
  public CsvLimits maxCellBytes(int bytes) {
    return new CsvLimits(bytes, maxRecordBytes, maxColumns);
  }

  /**
   * These limits with another record bound.
   *
   * @param bytes the longest record, positive
   * @return new limits
   * @throws IllegalArgumentException if not positive
   */
  public CsvLimits maxRecordBytes(int bytes) {
    return new CsvLimits(maxCellBytes, bytes, maxColumns);
  }

  /**
   * These limits with another column bound.
   *
   * @param columns the most columns, positive
   * @return new limits
   * @throws IllegalArgumentException if not positive
   */
  public CsvLimits maxColumns(int columns) {
    return new CsvLimits(maxCellBytes, maxRecordBytes, columns);
  }

  @Override
  public String toString() {
    return "CsvLimits{cell " + maxCellBytes + " B, record " + maxRecordBytes + " B, " + maxColumns + " columns}";
  }
}
