package dev.leadspec.dispute;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A challenge against one lead's verdict: who files it and when, the criteria it cites, a free
 * statement and the fact corrections it brings.
 *
 * <pre>{@code
 * Challenge challenge = Challenge.builder().leadId("L-017").filedBy(Party.BUYER)
 *     .filedAt(Instant.parse("2026-03-06T12:00:00Z"))
 *     .addCitedCriteria("DQ-PHONE")
 *     .statement("The number does not exist.")
 *     .addCorrections(Correction.of("phone_valid", Value.of(false), Evidence.of("callback-77", checkedAt)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Challenge {
  Challenge() {}

  /**
   * Starts a challenge.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the lead whose verdict is challenged.
   *
   * @return the lead id
   */
  public abstract String leadId();

  /**
   * Who files.
   *
   * @return the party
   */
  public abstract Party filedBy();

  /**
   * When it was filed.
   *
   * @return the instant
   */
  public abstract Instant filedAt();

  /**
   * The criterion ids it cites, in the order given.
   *
   * @return the ids
   */
  public abstract List<String> citedCriteria();

  /**
   * What the filing party says, in its own words.
   *
   * @return the statement
   */
  @Value.Default
  public String statement() {
    return "";
  }

  /**
   * The facts it says were wrong.
   *
   * @return the corrections
   */
  public abstract List<Correction> corrections();

  @Value.Check
  void check() {
    if (leadId().isBlank()) {
      throw new IllegalArgumentException("challenge: lead id is blank");
    }
  }

  /** Builds a {@link Challenge}. */
  public static final class Builder extends ImmutableChallenge.Builder {
    Builder() {}
  }
}
