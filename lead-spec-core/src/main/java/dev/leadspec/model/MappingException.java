package dev.leadspec.model;

import java.util.List;
import java.util.Objects;

/**
 * A lead mapping does not fit its contract or its file: every problem found, each naming the
 * column, field or code and what exists instead. Raised before the first lead is read.
 *
 * <pre>{@code
 * try {
 *   RecordMapping records = mapping.against(contract, header);
 * } catch (MappingException e) {
 *   e.problems().forEach(System.err::println); // column "Lead Sorce" is not in the header (did you mean "Lead Source"?)
 * }
 * }</pre>
 */
public final class MappingException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** Every problem, in the order found. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong, one lower-case fragment each, at least one
   * @throws IllegalArgumentException if there is no problem
   */
  public MappingException(List<String> problems) {
    this(problems, "");
  }

  /**
   * Creates the exception with a closing note for the message, such as the columns that exist.
   *
   * @param problems what is wrong, one lower-case fragment each, at least one
   * @param note said once after the problems, or empty
   * @throws IllegalArgumentException if there is no problem
   */
  public MappingException(List<String> problems, String note) {
    super(message(problems) + (note.isEmpty() ? "" : (problems.size() == 1 ? "; " : "\n  ") + note));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a mapping exception needs at least one problem");
    }
    if (problems.size() == 1) {
      return "mapping: " + problems.get(0);
    }
    StringBuilder text = new StringBuilder("mapping: ").append(problems.size()).append(" problems:");
    for (String problem : problems) {
      text.append("\n  - ").append(problem);
    }
    return text.toString();
  }

  /**
   * Every problem, in the order found.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
