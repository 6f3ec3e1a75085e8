package dev.leadspec.dispute;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rules on challenges by the contract version that governed each lead, in DESIGN's order:
 * {@link Ground#LATE} (filed after delivery plus the window; filed exactly at the window's close
 * is in time), {@link Ground#OUT_OF_CONTRACT} (no cited criterion of the governing version),
 * {@link Ground#EVIDENCE_AFTER_DELIVERY} (corrections recorded after delivery are set aside
 * unless a cited criterion that reads the field admits later evidence), then re-evaluation:
 * {@link Ground#SUBSTANTIATED} if the outcome flips on a cited criterion, else
 * {@link Ground#NOT_SUBSTANTIATED}. A version without a challenge window sets no time limit.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Arbiter arbiter = Arbiter.of(ContractHistory.of(v1, v2));
 * Ruling ruling = arbiter.rule(lead, challenge);
 * System.out.println(ruling);  // DISMISSED (OUT_OF_CONTRACT) challenge by BUYER of lead L-017 ...
 * }</pre>
 */
public final class Arbiter {
  private final ContractHistory history;

  private Arbiter(ContractHistory history) {
    this.history = history;
  }

  /**
   * An arbiter for the versions of one contract.
   *
   * @param history the contract's versions
   * @return the arbiter
   */
  public static Arbiter of(ContractHistory history) {
    return new Arbiter(Objects.requireNonNull(history, "history"));
  }

  /**
   * Rules on every challenge of a batch, in the order the challenges are given.
   *
   * @param leads the leads as delivered (their ids unique)
   * @param challenges the challenges, each naming one of the leads
   * @return one ruling per challenge, in order
   * @throws ChallengeException if a challenge names a lead not among {@code leads}, or is
   *     otherwise unfit (see {@link #rule(Lead, Challenge)})
   */
  public List<Ruling> ruleAll(Collection<Lead> leads, Collection<Challenge> challenges) {
    Map<String, Lead> byId = new LinkedHashMap<>();
    for (Lead lead : leads) {
      if (byId.put(lead.id(), lead) != null) {
        throw new IllegalArgumentException("lead " + lead.id() + " is given twice");
      }
    }
    List<Ruling> rulings = new ArrayList<>(challenges.size());
    for (Challenge challenge : challenges) {
      Lead lead = byId.get(challenge.leadId());
      if (lead == null) {
        throw new ChallengeException(challenge.leadId(), "no such lead among the " + byId.size() + " leads given");
      }
      rulings.add(rule(lead, challenge));
    }
    return rulings;
  }

  /**
   * Rules on one challenge.
   *
   * @param lead the lead as delivered
   * @param challenge a challenge naming that lead
   * @return the ruling, with the governing version's verdict and, when re-evaluated, the new one
   * @throws ChallengeException if the challenge names another lead, was filed before delivery,
   *     or corrects a field the governing version does not declare
   * @throws dev.leadspec.model.LeadInputException if an admitted correction's value does not fit
   *     its field
   */
  public Ruling rule(Lead lead, Challenge challenge) {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(challenge, "challenge");
    if (!lead.id().equals(challenge.leadId())) {
      throw new ChallengeException(challenge.leadId(), "was given lead " + lead.id());
    }
    Instant delivered = lead.deliveredAt();
    if (challenge.filedAt().isBefore(delivered)) {
      throw new ChallengeException(lead.id(), "filed at " + challenge.filedAt() + ", before the lead was delivered at " + delivered);
    }
    Verdict original = history.evaluate(lead);
    Contract contract = original.contract();
    for (Correction correction : challenge.corrections()) {
      if (contract.field(correction.field()).isEmpty()) {
        throw new ChallengeException(lead.id(), "corrects field \"" + correction.field() + "\", which "
            + contract.reference() + " does not declare");
      }
    }
    ImmutableRuling.Builder ruling = Ruling.builder().challenge(challenge).original(original);

    Optional<Duration> window = contract.terms().challengeWindow();
    if (window.isPresent()) {
      Instant closes = closes(delivered, window.get());
      if (challenge.filedAt().isAfter(closes)) {
        return ruling.ground(Ground.LATE).build();
      }
    }

    List<Criterion> cited = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    for (String id : new LinkedHashSet<>(challenge.citedCriteria())) {
      Optional<Criterion> criterion = contract.criterion(id);
      if (criterion.isPresent()) {
        cited.add(criterion.get());
      } else {
        foreign.add(id);
      }
    }
    ruling.addAllOutOfContractCitations(foreign);
    if (cited.isEmpty()) {
      return ruling.ground(Ground.OUT_OF_CONTRACT).build();
    }

    Set<String> laterEvidenceFields = new LinkedHashSet<>();
    for (Criterion criterion : cited) {
      if (criterion.admitsLaterEvidence()) {
        laterEvidenceFields.addAll(criterion.condition().fields());
      }
    }
    List<Correction> admitted = new ArrayList<>();
    List<Correction> setAside = new ArrayList<>();
    for (Correction correction : challenge.corrections()) {
      boolean late = correction.evidence().recordedAt().isAfter(delivered);
      (late && !laterEvidenceFields.contains(correction.field()) ? setAside : admitted).add(correction);
    }
    ruling.addAllAdmitted(admitted).addAllSetAside(setAside);
    if (admitted.isEmpty() && !setAside.isEmpty()) {
      return ruling.ground(Ground.EVIDENCE_AFTER_DELIVERY).build();
    }

    Lead.Builder corrected = Lead.builder().id(lead.id()).deliveredAt(delivered).facts(lead.facts()).evidence(lead.evidence());
    for (Correction correction : admitted) {
      corrected.fact(correction.field(), correction.value()).evidence(correction.field(), correction.evidence());
    }
    Lead reworked = corrected.build();
    Verdict reevaluated = history.evaluate(reworked);
    ruling.reevaluated(reevaluated);
    List<String> citedIds = new ArrayList<>();
    cited.forEach(c -> citedIds.add(c.id()));
    return ruling.ground(turnedOn(original, reevaluated, citedIds).isEmpty() ? Ground.NOT_SUBSTANTIATED : Ground.SUBSTANTIATED)
        .build();
  }

  /** The cited criteria on which the outcome turned, in citation order; empty if it did not turn on one. */
  static List<String> turnedOn(Verdict original, Verdict reevaluated, List<String> cited) {
    if (original.outcome() == reevaluated.outcome()) {
      return List.of();
    }
    Verdict rejected = reevaluated.outcome() == Outcome.REJECTED ? reevaluated : original;
    List<String> on = new ArrayList<>();
    for (String id : cited) {
      CriterionResult result = rejected.result(id).orElseThrow();
      if (result.decisive()) {
        on.add(id);
      }
    }
    return on;
  }

  @Override
  public String toString() {
    return "Arbiter{" + history + "}";
  }

  /** When the window closes: never, in effect, when that is beyond the last instant there is. */
  static Instant closes(Instant delivered, Duration window) {
    try {
      return delivered.plus(window);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Instant.MAX;
    }
  }
}
