package dev.leadspec.json;

import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a JSONL lead stream: its line number and either the lead or the error that kept
 * the line from being one.
 *
 * <pre>{@code
 * if (record.lead().isPresent()) out.write(evaluator.evaluate(record.lead().get()));
 * else out.writeError(record.line(), null, record.error().get());
 * }</pre>
 */
public final class LeadRecord {
  private final int line;
  private final @Nullable Lead lead;
  private final @Nullable LeadSpecException error;

  LeadRecord(int line, @Nullable Lead lead, @Nullable LeadSpecException error) {
    this.line = line;
    this.lead = lead;
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
   * The lead, when the line was one.
   *
   * @return the lead
   */
  public Optional<Lead> lead() {
    return Optional.ofNullable(lead);
  }

  /**
   * Why the line is not a lead, when it is not.
   *
   * @return the error
   */
  public Optional<LeadSpecException> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + (lead != null ? "lead " + lead.id() : error.getMessage());
  }
}
