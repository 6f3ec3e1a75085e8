package dev.leadspec.model;

import dev.leadspec.internal.Suggestions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a host's records (CSV rows, database rows, any record of named text cells) become leads of
 * a contract: which column feeds which field and how its cells are cleaned up, which column holds
 * the lead id and which the delivery time, which cell values mean unknown. A column not listed
 * feeds the field of its own name, if there is one; a column naming no field is carried as a
 * text fact the contract does not read. Cells are typed by {@link FieldKind#parse}.
 *
 * <p>{@link #against(Contract, List)} checks the mapping against a contract and a header before
 * any record is read, and reports every problem at once in a {@link MappingException}: a column
 * the header lacks, a field the contract lacks, an alias or catch-all to a code the field does not
 * declare, a catch-all or separator on a field of the wrong kind, a field no column feeds (unless
 * {@link #allowUnmapped() allowed}), a missing id or delivery column, a header that did not split.
 *
 * <pre>{@code
 * LeadMapping mapping = LeadMapping.builder().idColumn("Prospect ID").deliveredAtColumn("created")
 *     .addUnknown("Select").trim(true)
 *     .addColumns(ColumnMapping.builder().column("Lead Source").field("source").ignoreCase(true)
 *         .otherwise("OTHER").build())
 *     .build();
 * RecordMapping records = mapping.against(contract, header);
 * Lead lead = records.lead(2, cells);
 * }</pre>
 */
@Value.Immutable
public abstract class LeadMapping {
  /** The id column when none is stated, used when the header has it. */
  public static final String DEFAULT_ID_COLUMN = "id";
  /** The delivery column when none is stated. */
  public static final String DEFAULT_DELIVERED_AT_COLUMN = "delivered_at";

  LeadMapping() {}

  /**
   * Starts a mapping.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The mapping that reads every column as the field of its name, ids from {@code id} (or
   * {@code line-N} when there is no such column) and delivery instants from {@code delivered_at}.
   *
   * <pre>{@code
   * LeadMapping.identity().against(contract, List.of("id", "delivered_at", "employees"));
   * }</pre>
   *
   * @return the mapping
   */
  public static LeadMapping identity() {
    return builder().build();
  }

  /**
   * The column holding lead ids. When not stated, {@code id} if the header has it, else each
   * lead's id is {@code line-N}; when stated, the header must have it.
   *
   * @return the column
   */
  public abstract Optional<String> idColumn();

  /**
   * The column holding each lead's delivery time: an instant ({@code 2026-03-02T10:15:00Z}, or
   * with an offset), a local date-time ({@code 2026-03-02T10:15}, {@code 2026-03-02 10:15:00}) or a
   * date ({@code 2026-03-02}, the start of the day), the last two read in the contract's zone.
   * When not stated, {@code delivered_at}, unless {@link #deliveredAt()} gives one instant for all.
   *
   * @return the column
   */
  public abstract Optional<String> deliveredAtColumn();

  /**
   * The delivery instant of every record, for files without a delivery column.
   *
   * @return the instant
   */
  public abstract Optional<Instant> deliveredAt();

  /**
   * Cell values meaning unknown in every column, besides the empty cell.
   *
   * @return the tokens
   */
  public abstract List<String> unknown();

  /**
   * Whether cells are trimmed unless a column says otherwise; false unless stated.
   *
   * @return the choice
   */
  @Value.Default
  public boolean trim() {
    return false;
  }

  /**
   * Whether codes, aliases and tokens match whatever their case unless a column says otherwise.
   *
   * @return the choice
   */
  @Value.Default
  public boolean ignoreCase() {
    return false;
  }

  /**
   * The columns with a rule of their own, in the order given.
   *
   * @return the columns
   */
  public abstract List<ColumnMapping> columns();

  /**
   * Fields deliberately absent from the records: no column feeds them, and every lead's fact for
   * them is unknown. Any other field no column feeds is a problem.
   *
   * @return the field names
   */
  public abstract List<String> allowUnmapped();

  /**
   * The separator between the columns of a CSV file; {@code ,} unless stated. Records that come
   * already split ignore it.
   *
   * @return the separator, one character
   */
  @Value.Default
  public char separator() {
    return ',';
  }

  @Value.Check
  void check() {
    List<String> seen = new ArrayList<>();
    for (ColumnMapping column : columns()) {
      if (seen.contains(column.column())) {
        throw new IllegalArgumentException("column \"" + column.column() + "\" is mapped twice");
      }
      seen.add(column.column());
    }
    if (separator() == '"' || separator() == '\n' || separator() == '\r') {
      throw new IllegalArgumentException("the separator cannot be a quote or a line break");
    }
  }

  /**
   * The problems of this mapping that the contract alone shows (fields, codes, kinds), before any
   * file is opened; empty when there are none.
   *
   * <pre>{@code
   * List<String> problems = mapping.problems(contract); // ["column \"y\": field \"subscribd\" is not declared (did you mean \"subscribed\"?)"]
   * }</pre>
   *
   * @param contract the contract the leads are for
   * @return the problems, in the order found
   */
  public List<String> problems(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    contract.fields().forEach(field -> names.add(field.name()));
    Map<String, String> fed = new LinkedHashMap<>();
    for (ColumnMapping column : columns()) {
      Optional<Field> declared = contract.field(column.field());
      if (declared.isEmpty()) {
        problems.add("column \"" + column.column() + "\": field \"" + column.field() + "\" is not declared by "
            + contract.reference() + Suggestions.suggestion(column.field(), names) + "; fields: " + names);
        continue;
      }
      String other = fed.put(column.field(), column.column());
      if (other != null) {
        problems.add("field \"" + column.field() + "\" is fed by two columns, \"" + other + "\" and \"" + column.column() + "\"");
      }
      problems.addAll(RecordMapping.Column.problems(column, declared.get(), ignoreCase(column)));
    }
    for (String field : allowUnmapped()) {
      if (contract.field(field).isEmpty()) {
        problems.add("allowed unmapped field \"" + field + "\" is not declared by " + contract.reference()
            + Suggestions.suggestion(field, names) + "; fields: " + names);
      } else if (fed.containsKey(field)) {
        problems.add("field \"" + field + "\" is allowed to be unmapped, but column \"" + fed.get(field) + "\" feeds it");
      }
    }
    return problems;
  }

  /**
   * Checks the mapping against a contract and a file's header and prepares it to turn records into
   * leads.
   *
   * @param contract the contract whose fields type the cells (for a history: the latest version)
   * @param header the column names, in file order
   * @return the mapping of this header's records
   * @throws MappingException naming every problem, if the mapping does not fit
   */
  public RecordMapping against(Contract contract, List<String> header) {
    return RecordMapping.of(this, Objects.requireNonNull(contract, "contract"), List.copyOf(header));
  }

  boolean trim(ColumnMapping column) {
    return column.trim().orElse(trim());
  }

  boolean ignoreCase(ColumnMapping column) {
    return column.ignoreCase().orElse(ignoreCase());
  }

  /** Builds a {@link LeadMapping}; {@code build()} checks it. */
  public static final class Builder extends ImmutableLeadMapping.Builder {
    Builder() {}
  }
}
