package dev.leadspec.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract failed validation when it was built. Lists every problem found, each naming the
 * criterion or table row and the field involved.
 *
 * <pre>{@code
 * // contract it-integrator v1 is invalid:
 * //   criterion TA-2: field "employes" is not declared (did you mean "employees"?)
 * catch (ContractValidationException e) { e.problems().forEach(p -> show(p.subject(), p.field())); }
 * }</pre>
 */
public final class ContractValidationException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** Problems named in the message at most; {@link #problems()} has them all. */
  private static final int LISTED = 100;

  /** Every problem found, in declaration order. */
  private final List<Problem> problems;

  ContractValidationException(String contract, List<Problem> problems) {
    super(message(contract, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String contract, List<Problem> problems) {
    if (problems.size() == 1) {
      return "contract " + contract + " is invalid: " + problems.get(0);
    }
    StringBuilder text = new StringBuilder("contract ").append(contract).append(" is invalid:");
    for (Problem problem : problems.subList(0, Math.min(LISTED, problems.size()))) {
      text.append("\n  ").append(problem);
    }
    if (problems.size() > LISTED) {
      text.append("\n  ... and ").append(problems.size() - LISTED).append(" more problems");
    }
    return text.toString();
  }

  /**
   * Every problem found, in declaration order.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One validation problem.
   *
   * <pre>{@code
   * problem.subject();  // "criterion TA-2"
   * problem.field();    // Optional[employes]
   * problem.message();  // field "employes" is not declared (did you mean "employees"?)
   * }</pre>
   *
   * @param subject what is at fault: {@code criterion TA-2}, {@code table price row R1}, ...
   * @param field the field involved, when one is
   * @param message what is wrong, as a lower-case fragment
   * @param limit the limit of {@link Limits} exceeded, when that is the problem: {@code "criteria"},
   *     {@code "rows"}, {@code "codes"}, {@code "string length"}, {@code "name length"},
   *     {@code "condition depth"}, {@code "decimal digits"}, {@code "document size"} or
   *     {@code "token count"}
   */
  public record Problem(String subject, Optional<String> field, String message, Optional<String> limit) {
    /**
     * Checks the parts.
     *
     * @param subject what is at fault: {@code criterion TA-2}, {@code table price row R1}, ...
     * @param field the field involved, when one is
     * @param message what is wrong, as a lower-case fragment
     * @param limit the limit of {@link Limits} exceeded, when that is the problem
     * @throws NullPointerException when a part is null
     */
    public Problem {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(limit, "limit");
    }

    /**
     * A problem that is not an exceeded limit.
     *
     * <pre>{@code
     * new Problem("criterion TA-2", Optional.of("employes"), "field \"employes\" is not declared");
     * }</pre>
     *
     * @param subject what is at fault
     * @param field the field involved, when one is
     * @param message what is wrong, as a lower-case fragment
     * @throws NullPointerException when a part is null
     */
    public Problem(String subject, Optional<String> field, String message) {
      this(subject, field, message, Optional.empty());
    }

    @Override
    public String toString() {
      return subject + ": " + message;
    }
  }
}
