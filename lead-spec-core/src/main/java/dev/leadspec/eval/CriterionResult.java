package dev.leadspec.eval;

import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import java.util.List;
import org.immutables.value.Value;

/**
 * How one criterion came out for one lead: its three-valued status, the status it counted as
 * (after its unknown policy), whether it decided the outcome, the facts it read and what it
 * expected, in words.
 *
 * <pre>{@code
 * // TA-SIZE Company size: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49
 * for (CriterionResult reason : verdict.reasons()) System.out.println(reason);
 * }</pre>
 */
@Value.Immutable
public abstract class CriterionResult {
  CriterionResult() {}

  /** The criterion's id. @return the id */
  @Value.Parameter
  public abstract String criterionId();

  /** The criterion's title. @return the title */
  @Value.Parameter
  public abstract String title();

  /** REQUIRED or DISQUALIFIER. @return the role */
  @Value.Parameter
  public abstract Role role();

  /** The condition's three-valued status. @return the status */
  @Value.Parameter
  public abstract Status status();

  /** The status it counted as: {@link #status()}, or the criterion's unknown policy when UNKNOWN. @return MET or NOT_MET */
  @Value.Parameter
  public abstract Status countedAs();

  /** Whether this result decided the outcome (it is one of the verdict's reasons). @return true if decisive */
  @Value.Parameter
  public abstract boolean decisive();

  /** The facts the condition read, in the order it reads them. @return the readings */
  @Value.Parameter
  public abstract List<FactReading> facts();

  /** What the criterion expected, in words: the condition, or its negation for a disqualifier. @return the words */
  @Value.Parameter
  public abstract String expected();

  /** Whether the result is UNKNOWN and decided the outcome: the supplier owes the fact. @return true if so */
  public boolean decidedByUnknown() {
    return decisive() && status() == Status.UNKNOWN;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(criterionId()).append(' ').append(title()).append(": ").append(status());
    if (status() == Status.UNKNOWN) {
      text.append(" (counts as ").append(countedAs()).append(')');
    }
    if (decisive()) {
      text.append(" (decisive)");
    }
    text.append("; expected ").append(expected()).append("; read ");
    for (int i = 0; i < facts().size(); i++) {
      text.append(i == 0 ? "" : ", ").append(facts().get(i));
    }
    return text.toString();
  }
}
