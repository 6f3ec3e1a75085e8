package dev.leadspec.json;

import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a JSONL lead stream: its line number and either the lead or the error that kept
 * the line from being one, with the lead id when the line states it.
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
  private final @Nullable String leadId;

  LeadRecord(int line, @Nullable Lead lead, @Nullable LeadSpecException error, @Nullable String leadId) {
    this.line = line;
    this.lead = lead;
    this.error = error;
    this.leadId = lead != null ? lead.id() : leadId;
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

  /**
   * The lead's id: the lead's, or, for a line that is not a lead, the id the line states when it
   * could be read unambiguously (a top-level {@code "id"} string, read before the line's first
   * error, stated once); never a guess.
   *
   * <pre>{@code
   * // {"format":"lead-spec.lead/1","id":"L-7","deliveredAt":"yesterday","facts":{}}
   * record.leadId(); // Optional[L-7], with record.error() naming $.deliveredAt
   * }</pre>
   *
   * @return the lead id, when known
   */
  public Optional<String> leadId() {
    return Optional.ofNullable(leadId);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + (lead != null ? "lead " + lead.id()
        : (leadId != null ? "lead " + leadId + ": " : "") + java.util.Objects.requireNonNull(error).getMessage());
  }
}
