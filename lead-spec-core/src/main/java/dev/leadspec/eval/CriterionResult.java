package dev.leadspec.eval;

import dev.leadspec.internal.Kleene;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one criterion came out for one lead: its three-valued status, the status it counted as
 * (after its unknown policy), whether it decided the outcome, the facts it read and what it
 * expected, in words. Immutable; two results are equal when all of these are.
 *
 * <p>A result is a few words over the compiled contract: its id, title and expected words are
 * the contract's own strings, and the facts it read are looked up in the lead only when first
 * asked for, so a host that reads only the ids of a rejection's reasons pays for nothing else.
 *
 * <pre>{@code
 * // TA-SIZE Company size: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49
 * for (CriterionResult reason : verdict.reasons()) System.out.println(reason);
 * }</pre>
 */
public final class CriterionResult {
  private final CompiledContract compiled;
  private final int index;
  private final byte status;
  private final boolean decisive;
  /** The lead whose facts are read on first use; null when the facts were given. */
  private final @Nullable Lead lead;
  private volatile @Nullable List<FactReading> facts;

  private CriterionResult(CompiledContract compiled, int index, int status, boolean decisive, @Nullable Lead lead,
      @Nullable List<FactReading> facts) {
    this.compiled = compiled;
    this.index = index;
    this.status = (byte) status;
    this.decisive = decisive;
    this.lead = lead;
    this.facts = facts;
  }

  /** Criterion {@code index}'s result for a lead, its facts read from the lead when first asked for. */
  static CriterionResult of(CompiledContract compiled, int index, int status, boolean decisive, Lead lead) {
    return new CriterionResult(compiled, index, status, decisive, lead, null);
  }

  /** Criterion {@code index}'s result with the facts it read. */
  static CriterionResult of(CompiledContract compiled, int index, int status, boolean decisive, List<FactReading> facts) {
    return new CriterionResult(compiled, index, status, decisive, null, List.copyOf(facts));
  }

  private Criterion criterion() {
    return compiled.criterionModel(index);
  }

  /**
   * The criterion's id.
   *
   * @return the id
   */
  public String criterionId() {
    return criterion().id();
  }

  /**
   * The criterion's title.
   *
   * @return the title
   */
  public String title() {
    return criterion().title();
  }

  /**
   * REQUIRED or DISQUALIFIER.
   *
   * @return the role
   */
  public Role role() {
    return criterion().role();
  }

  /**
   * The condition's three-valued status.
   *
   * @return the status
   */
  public Status status() {
    return CompiledContract.status(status);
  }

  /**
   * The status it counted as: {@link #status()}, or the criterion's unknown policy when UNKNOWN.
   *
   * @return MET or NOT_MET
   */
  public Status countedAs() {
    return CompiledContract.status(compiled.countedAs(index, status));
  }

  /**
   * Whether this result decided the outcome (it is one of the verdict's reasons).
   *
   * @return true if decisive
   */
  public boolean decisive() {
    return decisive;
  }

  /**
   * The facts the condition read, in the order it reads them.
   *
   * <pre>{@code
   * reason.facts(); // [employees = 49]
   * }</pre>
   *
   * @return the readings, unmodifiable
   */
  public List<FactReading> facts() {
    List<FactReading> read = facts;
    if (read == null) {
      read = compiled.readings(index, Objects.requireNonNull(lead));
      facts = read;
    }
    return read;
  }

  /**
   * What the criterion expected, in words: the condition, or its negation for a disqualifier.
   *
   * @return the words
   */
  public String expected() {
    return compiled.expected(index);
  }

  /**
   * Whether the result is UNKNOWN and decided the outcome: the supplier owes the fact.
   *
   * @return true if so
   */
  public boolean decidedByUnknown() {
    return decisive && status == Kleene.UNKNOWN;
  }

  /** Equal when criterion id, title, role, statuses, decisiveness, facts and expected words are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof CriterionResult that
        && criterionId().equals(that.criterionId())
        && title().equals(that.title())
        && role() == that.role()
        && status() == that.status()
        && countedAs() == that.countedAs()
        && decisive == that.decisive
        && expected().equals(that.expected())
        && facts().equals(that.facts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterionId(), title(), role(), status(), countedAs(), decisive, facts(), expected());
  }

  /**
   * The result as one line.
   *
   * <pre>{@code
   * TA-SIZE Company size: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49
   * }</pre>
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(criterionId()).append(' ').append(title()).append(": ").append(status());
    if (status == Kleene.UNKNOWN) {
      text.append(" (counts as ").append(countedAs()).append(')');
    }
    if (decisive) {
      text.append(" (decisive)");
    }
    text.append("; expected ").append(expected()).append("; read ");
    List<FactReading> read = facts();
    for (int i = 0; i < read.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(read.get(i));
    }
    return text.toString();
  }
}
