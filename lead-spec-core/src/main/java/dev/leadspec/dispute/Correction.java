package dev.leadspec.dispute;

import dev.leadspec.model.Evidence;
import org.immutables.value.Value;

/**
 * A fact a challenge says was wrong at delivery: the field, its value, and the evidence with the
 * instant it was recorded (a call recording made before delivery, or a check made after).
 *
 * <pre>{@code
 * Correction.of("phone_valid", Value.of(false), Evidence.of("callback-log-77", Instant.parse("2026-03-05T09:00:00Z")));
 * }</pre>
 */
@Value.Immutable
public abstract class Correction {
  Correction() {}

  /**
   * A correction.
   *
   * @param field the field corrected
   * @param value the value the evidence shows
   * @param evidence the source and when it was recorded
   * @return the correction
   */
  public static Correction of(String field, dev.leadspec.model.Value value, Evidence evidence) {
    return ImmutableCorrection.of(field, value, evidence);
  }

  /**
   * The field corrected.
   *
   * @return the field name
   */
  @Value.Parameter
  public abstract String field();

  /**
   * The value the evidence shows.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract dev.leadspec.model.Value value();

  /**
   * The evidence and when it was recorded.
   *
   * @return the evidence
   */
  @Value.Parameter
  public abstract Evidence evidence();

  @Override
  public String toString() {
    return field() + " = " + value() + " (" + evidence() + ")";
  }
}
