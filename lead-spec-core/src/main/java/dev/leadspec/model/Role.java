package dev.leadspec.model;

/**
 * What a criterion does to the outcome.
 *
 * <pre>{@code
 * Criterion.builder().id("DQ-1").role(Role.DISQUALIFIER)...
 * }</pre>
 */
public enum Role {
  /** The lead counts only if the criterion is met. */
  REQUIRED,
  /** The lead does not count if the criterion is met. */
  DISQUALIFIER
}
