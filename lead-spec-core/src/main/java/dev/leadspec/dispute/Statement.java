package dev.leadspec.dispute;

import dev.leadspec.eval.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a batch of leads comes to after its challenges: counts by outcome and reason, challenges
 * upheld and dismissed by ground, billable leads, replacements owed and the amount due, in total,
 * per contract version and per day of delivery (in the governing version's time zone). Exact
 * money; ordering fixed (versions by id and number, days by date).
 *
 * <p>A lead with an upheld challenge stands as re-evaluated by the first upheld ruling. Statements
 * of parts of a batch made on many threads or machines merge through {@link StatementAccumulator},
 * which is also what makes this one.
 *
 * <pre>{@code
 * Statement statement = Statement.of(verdicts, arbiter.ruleAll(leads, challenges));
 * statement.total().amountDue();  // [174000 RUB]
 * statement.byDay();              // one Tally per delivery day
 * }</pre>
 */
@Value.Immutable
public abstract class Statement {
  Statement() {}

  /**
   * All leads.
   *
   * @return the tally
   */
  public abstract Tally total();

  /**
   * One tally per contract version, by contract id and version.
   *
   * @return the tallies
   */
  public abstract List<Tally> byVersion();

  /**
   * One tally per day of delivery, by date.
   *
   * @return the tallies
   */
  public abstract List<Tally> byDay();

  /**
   * The time zones the days of {@link #byDay()} are counted in: the zone of each contract
   * version that governed a lead, by id. One zone for a contract that never moved; a renderer
   * names them beside the days ("Day (Europe/Moscow)").
   *
   * <pre>{@code
   * statement.zones(); // [Europe/Moscow]
   * }</pre>
   *
   * @return the zones, by id, none when there are no leads
   */
  public abstract List<java.time.ZoneId> zones();

  /**
   * The statement of a batch.
   *
   * @param verdicts one verdict per lead, as delivered (lead ids unique)
   * @param rulings the rulings on challenges against those verdicts
   * @return the statement
   * @throws IllegalArgumentException if a lead appears twice or a ruling names a lead without a verdict
   */
  public static Statement of(Collection<Verdict> verdicts, Collection<Ruling> rulings) {
    Map<String, Verdict> byLead = new LinkedHashMap<>();
    for (Verdict verdict : verdicts) {
      if (byLead.put(verdict.leadId(), verdict) != null) {
        throw new IllegalArgumentException("statement: lead " + verdict.leadId() + " has two verdicts");
      }
    }
    Map<String, List<Ruling>> rulingsByLead = new LinkedHashMap<>();
    for (Ruling ruling : rulings) {
      if (!byLead.containsKey(ruling.leadId())) {
        throw new IllegalArgumentException("statement: ruling for lead " + ruling.leadId() + " has no verdict among the "
            + byLead.size() + " given");
      }
      rulingsByLead.computeIfAbsent(ruling.leadId(), id -> new ArrayList<>()).add(ruling);
    }
    StatementAccumulator accumulator = new StatementAccumulator();
    for (Verdict verdict : byLead.values()) {
      accumulator.add(verdict, rulingsByLead.getOrDefault(verdict.leadId(), List.of()));
    }
    return accumulator.statement();
  }

  /** The day of an instant in a zone; an instant beyond the dates there are counts on the first or last day. */
  static LocalDate day(Instant instant, java.time.ZoneId zone) {
    try {
      return instant.atZone(zone).toLocalDate();
    } catch (java.time.DateTimeException e) {
      return instant.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
    }
  }
}
