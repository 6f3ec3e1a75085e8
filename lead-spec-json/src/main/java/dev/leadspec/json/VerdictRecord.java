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
  private final long inputLine;

  VerdictRecord(int line, @Nullable StoredVerdict verdict, @Nullable String leadId, @Nullable String error) {
    this(line, verdict, leadId, error, -1);
  }

  VerdictRecord(int line, @Nullable StoredVerdict verdict, @Nullable String leadId, @Nullable String error, long inputLine) {
    this.line = line;
    this.verdict = verdict;
    this.leadId = leadId;
    this.error = error;
    this.inputLine = inputLine;
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

  /**
   * For an error record ({@code "lead-spec.error/1"}), the line of the input record it stands for;
   * empty for a verdict, and for a line that is not a record.
   *
   * <pre>{@code
   * // {"format":"lead-spec.error/1","line":7,"lead":"L-6","error":"..."}
   * record.inputLine(); // OptionalLong[7]
   * }</pre>
   *
   * @return the input line
   */
  public java.util.OptionalLong inputLine() {
    return inputLine < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(inputLine);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + (verdict != null ? verdict : "error " + error);
  }
}
