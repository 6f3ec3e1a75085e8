package dev.leadspec.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
    new ConditionFields(names).walk(this);
    return names;
  }

  /**
   * Calls the visitor's method for this kind of condition. Every dispatch on the kind of a
   * condition goes through here, so adding a kind is a compile error at every place that must
   * handle it.
   *
   * <pre>{@code
   * int depth = condition.accept(new Condition.Visitor<Integer>() { ... });
   * }</pre>
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor's method returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of condition; {@link Condition#accept} calls the one that matches.
   *
   * <pre>{@code
   * final class Depth implements Condition.Visitor<Integer> {
   *   public Integer visit(Condition.Compare compare) { return 1; }
   *   // ... one method per kind
   * }
   * }</pre>
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /**
     * Visits a comparison.
     *
     * @param compare the comparison
     * @return the result
     */
    R visit(Compare compare);

    /**
     * Visits a range.
     *
     * @param between the range
     * @return the result
     */
    R visit(Between between);

    /**
     * Visits a membership test.
     *
     * @param in the membership test
     * @return the result
     */
    R visit(In in);

    /**
     * Visits a set test.
     *
     * @param contains the set test
     * @return the result
     */
    R visit(Contains contains);

    /**
     * Visits a known-or-unknown test.
     *
     * @param known the test
     * @return the result
     */
    R visit(Known known);

    /**
     * Visits a conjunction.
     *
     * @param all the conjunction
     * @return the result
     */
    R visit(All all);

    /**
     * Visits a disjunction.
     *
     * @param any the disjunction
     * @return the result
     */
    R visit(Any any);

    /**
     * Visits a negation.
     *
     * @param not the negation
     * @return the result
     */
    R visit(Not not);

    /**
     * Visits a threshold.
     *
     * @param atLeast the threshold
     * @return the result
     */
    R visit(AtLeast atLeast);
  }

  /**
   * Walks a condition tree and does something at each leaf: the composites ({@link All},
   * {@link Any}, {@link Not}, {@link AtLeast}) recurse into their parts, in order, here once; a
   * subclass has one method per kind of leaf. A new kind of leaf is a compile error in every
   * subclass, a new composite kind one here. For a visitor that treats composites otherwise (a
   * rewrite, a tree, a check of the composite itself) implement {@link Visitor}.
   *
   * <pre>{@code
   * final class Ranges extends Condition.LeafVisitor {
   *   final List<String> fields = new ArrayList<>();
   *   protected void visit(Condition.Between between) { fields.add(between.field()); }
   *   protected void visit(Condition.Compare compare) {}
   *   // ... one method per kind of leaf
   * }
   * Condition size = new Condition.Between("employees", Value.of(50), Value.of(5000), true, true);
   * Ranges ranges = new Ranges();
   * ranges.walk(Condition.any(new Condition.Known("budget", true), Condition.not(size)));
   * ranges.fields; // [employees]
   * }</pre>
   */
  abstract class LeafVisitor {
    private final Walker walker = new Walker();

    /**
     * Makes a visitor; a subclass holds what it collects.
     *
     * <pre>{@code
     * Ranges ranges = new Ranges();
     * }</pre>
     */
    protected LeafVisitor() {}

    /**
     * Visits every leaf of the condition, depth first, parts in order; a leaf alone is visited once.
     *
     * <pre>{@code
     * new Ranges().walk(Condition.all(size, Condition.atLeast(1, budget, authority)));
     * }</pre>
     *
     * @param condition the condition, a leaf or a composite
     * @throws NullPointerException if {@code condition} is null
     */
    public final void walk(Condition condition) {
      condition.accept(walker);
    }

    /**
     * Visits a comparison.
     *
     * @param compare the comparison
     */
    protected abstract void visit(Compare compare);

    /**
     * Visits a range.
     *
     * @param between the range
     */
    protected abstract void visit(Between between);

    /**
     * Visits a membership test.
     *
     * @param in the membership test
     */
    protected abstract void visit(In in);

    /**
     * Visits a set test.
     *
     * @param contains the set test
     */
    protected abstract void visit(Contains contains);

    /**
     * Visits a known-or-unknown test.
     *
     * @param known the test
     */
    protected abstract void visit(Known known);

    /** Hands each leaf to the subclass and each composite's parts back to itself. */
    private final class Walker implements Visitor<Void> {
      @Override
      public Void visit(Compare compare) {
        LeafVisitor.this.visit(compare);
        return null;
      }

      @Override
      public Void visit(Between between) {
        LeafVisitor.this.visit(between);
        return null;
      }

      @Override
      public Void visit(In in) {
        LeafVisitor.this.visit(in);
        return null;
      }

      @Override
      public Void visit(Contains contains) {
        LeafVisitor.this.visit(contains);
        return null;
      }

      @Override
      public Void visit(Known known) {
        LeafVisitor.this.visit(known);
        return null;
      }

      @Override
      public Void visit(All all) {
        return parts(all);
      }

      @Override
      public Void visit(Any any) {
        return parts(any);
      }

      @Override
      public Void visit(Not not) {
        return parts(not);
      }

      @Override
      public Void visit(AtLeast atLeast) {
        return parts(atLeast);
      }

      private Void parts(Condition composite) {
        for (Condition part : composite.parts()) {
          part.accept(this);
        }
        return null;
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

    /**
     * The ordering keys this comparison selects, when its value has an ordering key (integers,
     * dates, flags, answers); {@code ≠} gives the key it excludes.
     *
     * @return the inclusive key range, or nothing for a value without ordering key
     */
    public Optional<KeyRange> keyRange() {
      return KeyRange.of(operator, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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

    /**
     * The ordering keys this range selects, exclusive ends moved inward, when both ends have an
     * ordering key (integers, dates).
     *
     * @return the inclusive key range, possibly empty, or nothing for decimal ends
     */
    public Optional<KeyRange> keyRange() {
      OptionalLong lo = low.orderingKey();
      OptionalLong hi = high.orderingKey();
      if (lo.isEmpty() || hi.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(KeyRange.of(lo.getAsLong(), lowInclusive, hi.getAsLong(), highInclusive));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
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
