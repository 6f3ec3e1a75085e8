package dev.leadspec.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * Where a fact came from and when it was recorded: a call recording, a CRM form, a later
 * check.
 *
 * <pre>{@code
 * Evidence.of("recording-2041.ogg", Instant.parse("2026-03-02T10:15:00Z"));
 * }</pre>
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /**
   * Evidence from a source, recorded at an instant.
   *
   * @param source a recording id, form id or other reference
   * @param recordedAt when it was recorded
   * @return the evidence
   * @throws NullPointerException if an argument is null
   */
  public static Evidence of(String source, java.time.Instant recordedAt) {
    return ImmutableEvidence.of(source, recordedAt);
  }

  /**
   * The source: a recording id, form id or other reference.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract String source();

  /**
   * When the evidence was recorded.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant recordedAt();

  @Override
  public String toString() {
    return source() + " @ " + recordedAt();
  }
}
