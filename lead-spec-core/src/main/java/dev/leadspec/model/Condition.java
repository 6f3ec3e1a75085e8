package dev.leadspec.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An expression over a lead's fields that evaluates to {@link Status#MET},
 * {@link Status#NOT_MET} or {@link Status#UNKNOWN} (Kleene three-valued logic). A closed set of
 * node kinds; the DSL builds them, the model validates them against the contract's fields.
 *
 * <pre>{@code
 * Condition size = new Condition.Between("employees", Value.of(50), Value.of(5000), true, true);
 * Condition warm = Condition.all(size, new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES)));
 * warm.toString(); // all of [employees between 50 and 5000 inclusive; plans_upgrade = YES]
 * }</pre>
 */
public sealed interface Condition
    permits Condition.Compare, Condition.Between, Condition.In, Condition.Contains,
        Condition.Known, Condition.All, Condition.Any, Condition.Not, Condition.AtLeast {

  /**
   * Met when every part is met; not met when any part is not met; otherwise unknown.
   *
   * @param parts at least one condition
   * @return the conjunction
   */
  static Condition all(Condition... parts) {
    return new All(List.of(parts));
  }

  /**
   * Met when any part is met; not met when every part is not met; otherwise unknown.
   *
   * @param parts at least one condition
   * @return the disjunction
   */
  static Condition any(Condition... parts) {
    return new Any(List.of(parts));
  }

  /**
   * Swaps met and not met; unknown stays unknown.
   *
   * @param part the condition to negate
   * @return the negation
   */
  static Condition not(Condition part) {
    return new Not(part);
  }

  /**
   * Met when at least {@code count} parts are met; not met when fewer than {@code count} parts
   * can still be met; otherwise unknown (BANT's "three of four").
   *
   * @param count how many parts must be met, from 1 to the number of parts
   * @param parts the conditions
   * @return the threshold condition
   */
  static Condition atLeast(int count, Condition... parts) {
    return new AtLeast(count, List.of(parts));
  }

  /**
   * The fields this condition reads, in the order they first appear.
   *
   * @return the field names
   */
  default Set<String> fields() {
    Set<String> names = new LinkedHashSet<>();
    collectFields(this, names);
    return names;
  }

  private static void collectFields(Condition condition, Set<String> names) {
    if (condition instanceof Compare c) {
      names.add(c.field());
    } else if (condition instanceof Between b) {
      names.add(b.field());
    } else if (condition instanceof In i) {
      names.add(i.field());
    } else if (condition instanceof Contains c) {
      names.add(c.field());
    } else if (condition instanceof Known k) {
      names.add(k.field());
    } else {
      for (Condition part : condition.parts()) {
        collectFields(part, names);
      }
    }
  }

  /**
   * The direct sub-conditions of a composite, empty for a leaf.
   *
   * @return the parts
   */
  default List<Condition> parts() {
    return List.of();
  }

  /**
   * Compares a field with a value: {@code employees ≥ 50}, {@code industry = RETAIL},
   * {@code plans_upgrade = YES}. Ordering operators need an integer, decimal or date field.
   *
   * @param field the field name
   * @param operator the operator
   * @param value the value compared with
   */
  record Compare(String field, Operator operator, Value value) implements Condition {
    /**
     * Checks the parts.
     *
     * @param field the field name
     * @param operator the operator
     * @param value the value compared with
     * @throws NullPointerException if a part is null
     */
    public Compare {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return field + " " + operator.symbol() + " " + value;
    }
  }

  /**
   * A range of an integer, decimal or date field, each end inclusive unless stated.
   *
   * @param field the field name
   * @param low the lower end
   * @param high the upper end
   * @param lowInclusive whether the lower end belongs to the range
   * @param highInclusive whether the upper end belongs to the range
   */
  record Between(String field, Value low, Value high, boolean lowInclusive, boolean highInclusive)
      implements Condition {
    /**
     * Checks the parts.
     *
     * @param field the field name
     * @param low the lower end
     * @param high the upper end
     * @param lowInclusive whether the lower end belongs to the range
     * @param highInclusive whether the upper end belongs to the range
     * @throws NullPointerException if a part is null
     */
    public Between {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }

    @Override
    public String toString() {
      if (lowInclusive == highInclusive) {
        return field + " between " + low + " and " + high + (lowInclusive ? " inclusive" : " exclusive");
      }
      return field + " between " + low + (lowInclusive ? " inclusive" : " exclusive") + " and " + high
          + (highInclusive ? " inclusive" : " exclusive");
    }
  }

  /**
   * Membership of a choice or text field's value in a list of codes ({@code in}), or its
   * absence from it ({@code notIn}). An unknown fact is unknown either way.
   *
   * @param field the field name
   * @param codes the codes, at least one, without repeats
   * @param negated true for {@code notIn}
   */
  record In(String field, List<String> codes, boolean negated) implements Condition {
    /**
     * Copies the codes and drops repeats.
     *
     * @param field the field name
     * @param codes the codes, at least one, without repeats
     * @param negated true for {@code notIn}
     * @throws NullPointerException if a part is null
     */
    public In {
      Objects.requireNonNull(field, "field");
      codes = List.copyOf(new LinkedHashSet<>(codes));
    }

    @Override
    public String toString() {
      return field + (negated ? " not in {" : " in {") + String.join(", ", codes) + "}";
    }
  }

  /**
   * Whether a choices field's set contains any ({@code containsAny}) or all
   * ({@code containsAll}) of the given codes.
   *
   * @param field the field name
   * @param codes the codes, at least one, without repeats
   * @param all true for {@code containsAll}
   */
  record Contains(String field, List<String> codes, boolean all) implements Condition {
    /**
     * Copies the codes and drops repeats.
     *
     * @param field the field name
     * @param codes the codes, at least one, without repeats
     * @param all true for {@code containsAll}
     * @throws NullPointerException if a part is null
     */
    public Contains {
      Objects.requireNonNull(field, "field");
      codes = List.copyOf(new LinkedHashSet<>(codes));
    }

    @Override
    public String toString() {
      return field + (all ? " contains all of {" : " contains any of {") + String.join(", ", codes) + "}";
    }
  }

  /**
   * Whether a fact is known ({@code isKnown}) or unknown ({@code isUnknown}); never itself
   * unknown.
   *
   * @param field the field name
   * @param known true for {@code isKnown}
   */
  record Known(String field, boolean known) implements Condition {
    /**
     * Checks the field.
     *
     * @param field the field name
     * @param known true for {@code isKnown}
     * @throws NullPointerException if {@code field} is null
     */
    public Known {
      Objects.requireNonNull(field, "field");
    }

    @Override
    public String toString() {
      return field + (known ? " is known" : " is unknown");
    }
  }

  /**
   * Kleene conjunction of its parts.
   *
   * @param parts at least one condition
   */
  record All(List<Condition> parts) implements Condition {
    /**
     * Copies the parts.
     *
     * @param parts at least one condition
     * @throws NullPointerException if a part is null
     */
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public String toString() {
      return "all of " + join(parts);
    }
  }

  /**
   * Kleene disjunction of its parts.
   *
   * @param parts at least one condition
   */
  record Any(List<Condition> parts) implements Condition {
    /**
     * Copies the parts.
     *
     * @param parts at least one condition
     * @throws NullPointerException if a part is null
     */
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public String toString() {
      return "any of " + join(parts);
    }
  }

  /**
   * Kleene negation of its part.
   *
   * @param part the negated condition
   */
  record Not(Condition part) implements Condition {
    /**
     * Checks the part.
     *
     * @param part the negated condition
     * @throws NullPointerException if {@code part} is null
     */
    public Not {
      Objects.requireNonNull(part, "part");
    }

    @Override
    public List<Condition> parts() {
      return List.of(part);
    }

    @Override
    public String toString() {
      return "not (" + part + ")";
    }
  }

  /**
   * At least {@code count} of its parts: met when {@code count} parts are met, not met when
   * fewer than {@code count} can still be met, otherwise unknown.
   *
   * @param count how many parts must be met
   * @param parts the conditions
   */
  record AtLeast(int count, List<Condition> parts) implements Condition {
    /**
     * Copies the parts.
     *
     * @param count how many parts must be met
     * @param parts the conditions
     * @throws NullPointerException if a part is null
     */
    public AtLeast {
      parts = List.copyOf(parts);
    }

    @Override
    public String toString() {
      return "at least " + count + " of " + join(parts);
    }
  }

  private static String join(List<Condition> parts) {
    List<String> texts = new ArrayList<>(parts.size());
    for (Condition part : parts) {
      texts.add(part.toString());
    }
    return "[" + String.join("; ", texts) + "]";
  }
}
