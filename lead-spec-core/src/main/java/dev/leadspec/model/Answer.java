package dev.leadspec.model;

/**
 * The answer to a scripted question asked in the call. An answer that was not given is not
 * {@code NO}: it is an unknown fact (absent from the lead).
 *
 * <pre>{@code
 * Lead.builder().id("L-1").deliveredAt(now).fact("plans_upgrade", Answer.YES).build();
 * }</pre>
 */
public enum Answer {
  /** The customer answered yes. */
  YES,
  /** The customer answered no. */
  NO
}
