package dev.leadspec.model;

/**
 * How a table picks a row when several match.
 *
 * <pre>{@code
 * Table.builder().id("nps").hitPolicy(HitPolicy.UNIQUE)...
 * }</pre>
 */
public enum HitPolicy {
  /** At most one row may match; two matching rows are a {@code CONFLICT}. */
  UNIQUE,
  /** The first matching row, in declaration order, wins. */
  FIRST
}
