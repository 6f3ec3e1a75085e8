package dev.leadspec.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a JSONL verdict stream: its line number and either a verdict, or an error: an
 * error record ({@code "lead-spec.error/1"}) written for an input that gave no verdict, or why the
 * line could not be read.
 *
 * <pre>{@code
 * record.verdict().ifPresentOrElse(v -> tally(v.outcome()), () -> report(record.line(), record.error().get()));
 * }</pre>
 */
public final class VerdictRecord {
  private final int line;
  private final @Nullable StoredVerdict verdict;
  private final @Nullable String leadId;
  private final @Nullable String error;

  VerdictRecord(int line, @Nullable StoredVerdict verdict, @Nullable String leadId, @Nullable String error) {
    this.line = line;
    this.verdict = verdict;
    this.leadId = leadId;
    this.error = error;
  }

  /**
   * The line the record was on, from 1.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * The verdict, when the line is one.
   *
   * @return the verdict
   */
  public Optional<StoredVerdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  /**
   * The lead's id, when known: a verdict's, or an error record's.
   *
   * @return the lead id
   */
  public Optional<String> leadId() {
    return Optional.ofNullable(leadId);
  }

  /**
   * The error: an error record's message, or why the line is not a record.
   *
   * @return the error
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + (verdict != null ? verdict : "error " + error);
  }
}
