package dev.leadspec.eval;

/**
 * Whether a lead counts under a contract.
 *
 * <pre>{@code
 * if (verdict.outcome() == Outcome.ACCEPTED) invoice(lead);
 * }</pre>
 */
public enum Outcome {
  /** Every required criterion holds and no disqualifier fires: the lead counts. */
  ACCEPTED,
  /** A required criterion does not hold or a disqualifier fires: the lead does not count. */
  REJECTED
}
