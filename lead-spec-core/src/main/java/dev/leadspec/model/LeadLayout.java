package dev.leadspec.model;

import dev.leadspec.internal.ArrayMap;
import dev.leadspec.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields a host's leads can have, in a fixed order, declared once and shared by every lead
 * built with it ({@link Lead#builder(LeadLayout)}). A lead built with a layout holds one slot per
 * field and shares the names, their hashes and index with every other such lead: building it
 * costs one small array, and an evaluator whose contract declares the same fields in the same
 * order finds each fact with one reference comparison. Such a lead equals, and evaluates exactly
 * as, the lead built without a layout from the same facts. Immutable and safe to share between
 * threads.
 *
 * <p>Declare the layout once (a constant, or once per mapping), in the order the host sets the
 * facts; {@link #of(Contract)} gives a contract's own fields in its order.
 *
 * <pre>{@code
 * static final LeadLayout LAYOUT = LeadLayout.of("industry", "employees", "plans_upgrade");
 *
 * Lead lead = Lead.builder(LAYOUT).id(record.id()).deliveredAt(record.deliveredAt())
 *     .fact("industry", record.industry())
 *     .fact("employees", record.employees())
 *     .build();  // plans_upgrade not set: unknown
 * }</pre>
 */
public final class LeadLayout {
  private final List<String> fields;
  private final ArrayMap.Keys keys;

  private LeadLayout(List<String> fields) {
    this.fields = fields;
    this.keys = ArrayMap.Keys.of(fields);
  }

  /**
   * A layout of these fields, in this order.
   *
   * <pre>{@code
   * LeadLayout layout = LeadLayout.of("industry", "employees");
   * }</pre>
   *
   * @param fields the field names, distinct
   * @return the layout
   * @throws IllegalArgumentException if a name is given twice
   * @throws NullPointerException if a name is null
   */
  public static LeadLayout of(String... fields) {
    return of(List.of(fields));
  }

  /**
   * A layout of these fields, in this order.
   *
   * <pre>{@code
   * LeadLayout layout = LeadLayout.of(List.of("industry", "employees"));
   * }</pre>
   *
   * @param fields the field names, distinct
   * @return the layout
   * @throws IllegalArgumentException if a name is given twice
   * @throws NullPointerException if a name is null
   */
  public static LeadLayout of(List<String> fields) {
    List<String> names = List.copyOf(fields);
    try {
      return new LeadLayout(names);
    } catch (IllegalArgumentException repeated) {
      // the shared keys refuse a name given twice: name it as a field (not by rewording their
      // message, which would also reword a field name holding "key")
      Set<String> seen = new HashSet<>();
      String twice = names.stream().filter(name -> !seen.add(name)).findFirst().orElseThrow(() -> repeated);
      throw new IllegalArgumentException("lead layout " + names + ": field \"" + twice + "\" is given twice", repeated);
    }
  }

  /**
   * The layout of a contract's declared fields, in the contract's order: leads built with it
   * bind to that contract with one comparison per field.
   *
   * <pre>{@code
   * LeadLayout layout = LeadLayout.of(contract);
   * }</pre>
   *
   * @param contract the contract
   * @return the layout
   */
  public static LeadLayout of(Contract contract) {
    List<String> names = new ArrayList<>(contract.fields().size());
    for (Field field : contract.fields()) {
      names.add(field.name());
    }
    return new LeadLayout(List.copyOf(names));
  }

  /**
   * The field names, in order.
   *
   * <pre>{@code
   * LeadLayout.of("industry", "employees").fields();  // [industry, employees]
   * }</pre>
   *
   * @return the names
   */
  public List<String> fields() {
    return fields;
  }

  ArrayMap.Keys keys() {
    return keys;
  }

  /** The slot of a field, or -1; tries {@code likely} first. */
  int slot(String field, int likely) {
    return keys.indexOf(field, likely);
  }

  IllegalArgumentException notInLayout(@Nullable String lead, String field) {
    return new IllegalArgumentException((lead == null ? "" : "lead " + lead + ": ") + "field \"" + field
        + "\" is not in the lead layout" + Suggestions.suggestion(field, fields) + "; fields: " + fields);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof LeadLayout that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "LeadLayout" + fields;
  }
}
