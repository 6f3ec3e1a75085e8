package dev.leadspec.analysis;

import dev.leadspec.model.FieldKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a {@link SemanticDiff} could not compare, as data: a field of different kinds in the
 * two contracts, codes only one contract declares, or the budget reached.
 * {@link SemanticDiff#remarks()} is their English text ({@link #text()});
 * {@code dev.leadspec.text.Language#remark} words one in another language, as the Markdown
 * diff does.
 *
 * <pre>{@code
 * for (Remark remark : SemanticDiff.between(v1, v2).remarkDetails()) {
 *   remark.kind();  // CODES_IN_ONE_CONTRACT
 *   remark.codes(); // [MINING]
 *   remark.text();  // field "industry": codes [MINING] are declared in only one contract: ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Remark {
  Remark() {}

  /** What could not be compared. */
  public enum Kind {
    /** A field is of one kind in one contract and of another in the other: {@link #field()}, {@link #kinds()}. */
    KINDS_DIFFER,
    /** Codes of a choice field only one contract declares: {@link #field()}, {@link #codes()}. */
    CODES_IN_ONE_CONTRACT,
    /** The diff stopped at its budget: {@link #budget()}. */
    BUDGET_REACHED
  }

  static Remark kindsDiffer(String field, FieldKind first, FieldKind other) {
    return ImmutableRemark.builder().kind(Kind.KINDS_DIFFER).field(field).addKinds(first, other).build();
  }

  static Remark codesInOneContract(String field, List<String> codes) {
    return ImmutableRemark.builder().kind(Kind.CODES_IN_ONE_CONTRACT).field(field).addAllCodes(codes).build();
  }

  static Remark budgetReached(long budget) {
    return ImmutableRemark.builder().kind(Kind.BUDGET_REACHED).budget(budget).build();
  }

  /**
   * What could not be compared.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The field, for {@link Kind#KINDS_DIFFER} and {@link Kind#CODES_IN_ONE_CONTRACT}.
   *
   * @return the field's name
   */
  public abstract Optional<String> field();

  /**
   * For {@link Kind#KINDS_DIFFER}: the field's kind in the first contract, then in the other.
   *
   * @return two kinds, or none
   */
  public abstract List<FieldKind> kinds();

  /**
   * For {@link Kind#CODES_IN_ONE_CONTRACT}: the codes declared in only one contract, the first
   * contract's first.
   *
   * @return the codes, or none
   */
  public abstract List<String> codes();

  /**
   * For {@link Kind#BUDGET_REACHED}: the most boxes the diff examined.
   *
   * @return the budget, 0 for the other kinds
   */
  @Value.Default
  public long budget() {
    return 0;
  }

  /**
   * The remark in English, a lower-case fragment, as {@link SemanticDiff#remarks()} gives it.
   *
   * @return the words
   */
  @Value.Lazy
  public String text() {
    switch (kind()) {
      case KINDS_DIFFER:
        return "field \"" + field().orElseThrow() + "\" is " + kinds().get(0).words() + " in one contract and "
            + kinds().get(1).words() + " in the other: only leads where it is unknown are compared";
      case CODES_IN_ONE_CONTRACT:
        return "field \"" + field().orElseThrow() + "\": codes " + codes()
            + " are declared in only one contract: leads with them are not compared";
      default:
        return "the diff stopped at its budget of " + budget() + " boxes: other leads may differ too";
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
