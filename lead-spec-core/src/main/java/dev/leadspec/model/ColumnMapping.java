package dev.leadspec.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one column of a host's records becomes one field's fact: the field it feeds, the cell
 * values meaning unknown, trimming and case folding, aliases for values written otherwise, a
 * catch-all for codes the field does not declare, and the separator of a multi-value cell.
 * Trimming and case folding fall back to the mapping's defaults when not stated.
 *
 * <pre>{@code
 * ColumnMapping source = ColumnMapping.builder().column("Lead Source").field("source")
 *     .trim(true).ignoreCase(true).putAliases("google", "Google").addUnknown("Select")
 *     .otherwise("OTHER").build();
 * }</pre>
 */
@Value.Immutable
public abstract class ColumnMapping {
  ColumnMapping() {}

  /**
   * Starts a column mapping.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A column read as the field of another name, with no other rule.
   *
   * <pre>{@code
   * ColumnMapping.of("y", "subscribed");
   * }</pre>
   *
   * @param column the column's header
   * @param field the contract's field
   * @return the column mapping
   */
  public static ColumnMapping of(String column, String field) {
    return builder().column(column).field(field).build();
  }

  /**
   * The column's header, as written in the file.
   *
   * @return the header
   */
  public abstract String column();

  /**
   * The contract field the column feeds.
   *
   * @return the field name
   */
  public abstract String field();

  /**
   * Cell values of this column meaning unknown, besides the mapping's and the empty cell.
   *
   * @return the tokens
   */
  public abstract List<String> unknown();

  /**
   * Whether leading and trailing white space is dropped; the mapping's default unless stated.
   *
   * @return the choice
   */
  public abstract Optional<Boolean> trim();

  /**
   * Whether codes, aliases and unknown tokens match whatever their case; the mapping's default
   * unless stated. A matched code is written as the contract declares it.
   *
   * @return the choice
   */
  public abstract Optional<Boolean> ignoreCase();

  /**
   * Values written otherwise: each key (as written, after trimming) reads as its value, which is
   * then typed as the field's kind, or must be a declared code for a choice field.
   *
   * @return the aliases, in insertion order
   */
  public abstract Map<String, String> aliases();

  /**
   * The declared code that a choice value no code or alias covers reads as (such as
   * {@code OTHER}); a choice field only. Without it, and without {@link #otherwiseUnknown()}, such
   * a value is an error.
   *
   * @return the catch-all code
   */
  public abstract Optional<String> otherwise();

  /**
   * Whether a choice value no code or alias covers reads as unknown; a choice field only.
   *
   * @return the choice, false unless stated
   */
  @Value.Default
  public boolean otherwiseUnknown() {
    return false;
  }

  /**
   * The separator between the codes of a choices cell; {@code |} unless stated.
   *
   * @return the separator
   */
  @Value.Default
  public String separator() {
    return "|";
  }

  @Value.Check
  void check() {
    if (column().isEmpty()) {
      throw new IllegalArgumentException("column mapping for field \"" + field() + "\": the column is empty");
    }
    if (separator().isEmpty()) {
      throw new IllegalArgumentException("column \"" + column() + "\": the separator is empty");
    }
    if (otherwise().isPresent() && otherwiseUnknown()) {
      throw new IllegalArgumentException("column \"" + column() + "\": otherwise \"" + otherwise().get()
          + "\" and otherwise unknown both given; choose one");
    }
  }

  /** Builds a {@link ColumnMapping}; {@code build()} checks it. */
  public static final class Builder extends ImmutableColumnMapping.Builder {
    Builder() {}
  }
}
