package dev.leadspec.model;

/**
 * The unchecked base of every exception lead-spec throws on purpose.
 *
 * <pre>{@code
 * try {
 *   evaluator.evaluate(lead);
 * } catch (LeadSpecException e) {
 *   log.warn("lead rejected as input: {}", e.getMessage());
 * }
 * }</pre>
 */
public class LeadSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the offending value.
   *
   * @param message a lower-case fragment naming what is wrong
   */
  public LeadSpecException(String message) {
    super(message);
  }
}
