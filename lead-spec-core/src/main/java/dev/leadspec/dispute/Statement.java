package dev.leadspec.dispute;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What a batch of leads comes to after its challenges: counts by outcome and reason, challenges
 * upheld and dismissed by ground, billable leads, replacements owed and the amount due, in total,
 * per contract version and per day of delivery (in the governing version's time zone). Exact
 * money; ordering fixed (versions by id and number, days by date).
 *
 * <p>A lead with an upheld challenge stands as re-evaluated by the first upheld ruling.
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
    Counter total = new Counter("total");
    Map<Verdict, Counter> versions = new TreeMap<>(
        Comparator.comparing(Verdict::contractId).thenComparingInt(Verdict::contractVersion));
    Map<LocalDate, Counter> days = new TreeMap<>();
    for (Verdict verdict : byLead.values()) {
      List<Ruling> own = rulingsByLead.getOrDefault(verdict.leadId(), List.of());
      LocalDate day = day(verdict.lead().deliveredAt(), verdict.contract().zone());
      total.add(verdict, own);
      versions.computeIfAbsent(verdict, v -> new Counter(verdict.contract().reference())).add(verdict, own);
      days.computeIfAbsent(day, d -> new Counter(d.toString())).add(verdict, own);
    }
    List<Tally> byVersion = new ArrayList<>();
    versions.values().forEach(c -> byVersion.add(c.tally()));
    List<Tally> byDay = new ArrayList<>();
    days.values().forEach(c -> byDay.add(c.tally()));
    return ImmutableStatement.builder().total(total.tally()).addAllByVersion(byVersion).addAllByDay(byDay).build();
  }

  /** Accumulates one tally. */
  private static final class Counter {
    private final String label;
    private int leads;
    private int accepted;
    private int billable;
    private int rejected;
    private int upheldAgainst;
    private int reinstated;
    private int replacements;
    private int upheld;
    private final Map<String, Integer> reasons = new LinkedHashMap<>();
    private final Map<String, Integer> reasonOrder = new LinkedHashMap<>();
    private final Map<Ground, Integer> dismissed = new java.util.EnumMap<>(Ground.class);
    private final Map<String, Money> due = new TreeMap<>();

    Counter(String label) {
      this.label = label;
    }

    void add(Verdict original, List<Ruling> rulings) {
      leads++;
      accepted += original.isAccepted() ? 1 : 0;
      Optional<Ruling> upheldRuling = Optional.empty();
      for (Ruling ruling : rulings) {
        if (ruling.isUpheld()) {
          upheld++;
          if (upheldRuling.isEmpty()) {
            upheldRuling = Optional.of(ruling);
          }
        } else {
          dismissed.merge(ruling.ground(), 1, Integer::sum);
        }
      }
      Verdict standing = upheldRuling.map(Ruling::standing).orElse(original);
      if (standing.isAccepted()) {
        billable++;
        reinstated += original.isAccepted() ? 0 : 1;
        standing.price().ifPresent(price -> due.merge(price.currency().getCurrencyCode(), price, Money::plus));
      } else if (original.isAccepted()) {
        upheldAgainst++;
      } else {
        rejected++;
        replacements += standing.rejectedOnlyForUnknowns() ? 1 : 0;
        List<Criterion> criteria = standing.contract().criteria();
        for (CriterionResult reason : standing.reasons()) {
          reasons.merge(reason.criterionId(), 1, Integer::sum);
          int position = 0;
          while (!criteria.get(position).id().equals(reason.criterionId())) {
            position++;
          }
          reasonOrder.merge(reason.criterionId(), position, Math::min);
        }
      }
    }

    Tally tally() {
      List<String> ids = new ArrayList<>(reasons.keySet());
      ids.sort(Comparator.comparing((String id) -> reasonOrder.get(id)).thenComparing(Comparator.naturalOrder()));
      Map<String, Integer> ordered = new LinkedHashMap<>();
      ids.forEach(id -> ordered.put(id, reasons.get(id)));
      Map<Ground, Integer> grounds = new LinkedHashMap<>(dismissed);
      return Tally.builder().label(label).leads(leads).accepted(accepted).billable(billable).rejected(rejected)
          .upheldAgainst(upheldAgainst).reinstated(reinstated).replacementsOwed(replacements).putAllRejectionsByReason(ordered)
          .challengesUpheld(upheld).putAllChallengesDismissed(grounds).addAllAmountDue(due.values()).build();
    }
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
