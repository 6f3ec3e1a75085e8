package dev.leadspec.model;

import java.util.Objects;

/**
 * A lead's fact does not fit the contract: the wrong kind for its field, or a code outside
 * the field's set. Raised when the lead is checked, before evaluation; never a silent reject.
 *
 * <pre>{@code
 * // lead L-7: field "employees" expects an integer, but was given a decimal 6.5
 * catch (LeadInputException e) { report(e.leadId(), e.field(), e.expected(), e.given()); }
 * }</pre>
 */
public final class LeadInputException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** The lead's id. */
  private final String leadId;
  /** The field whose fact does not fit. */
  private final String field;
  /** What the field accepts, in words. */
  private final String expected;
  /** What was given, in words. */
  private final String given;

  /**
   * Creates the exception.
   *
   * @param leadId the lead's id
   * @param field the field whose fact is wrong
   * @param expected what the field accepts, in words
   * @param given what the lead carried, in words
   */
  public LeadInputException(String leadId, String field, String expected, String given) {
    super("lead " + leadId + ": field \"" + field + "\" expects " + expected + ", but was given " + given);
    this.leadId = Objects.requireNonNull(leadId, "leadId");
    this.field = Objects.requireNonNull(field, "field");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.given = Objects.requireNonNull(given, "given");
  }

  /**
   * The id of the lead that carried the fact.
   *
   * @return the lead id
   */
  public String leadId() {
    return leadId;
  }

  /**
   * The field whose fact does not fit.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * What the field accepts, in words.
   *
   * @return the expectation
   */
  public String expected() {
    return expected;
  }

  /**
   * What the lead carried, in words.
   *
   * @return the given value
   */
  public String given() {
    return given;
  }
}
