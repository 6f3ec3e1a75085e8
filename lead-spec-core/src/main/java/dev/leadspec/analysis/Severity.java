package dev.leadspec.analysis;

/**
 * How much a finding matters before anyone signs.
 *
 * <pre>{@code
 * boolean blocking = analysis.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
 * }</pre>
 */
public enum Severity {
  /** The contract cannot work as written: a gap, an overlap, no lead can be accepted. */
  ERROR,
  /** Probably not what the authors meant, or not decided: a criterion or row that does nothing, an incomplete analysis. */
  WARNING,
  /** Worth knowing: an accepted lead to show as an example. */
  INFO
}
