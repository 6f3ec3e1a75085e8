package dev.leadspec.test.scenario;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Value;
import dev.leadspec.test.Leads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Proposes scenarios for what the given ones leave uncovered, from the contract-aware generators
 * of {@link Leads}: an accepted lead, leads failing exactly one criterion
 * ({@link Leads#failingOnly(String)}), the accepted lead with one field moved to each of its
 * interesting values (every code, each bound ±1, unknown), then the covering leads. It picks
 * greedily the candidate that covers most of what is still missing, until nothing more can be
 * covered. Each suggestion's expectation is the verdict the contract gives today, marked
 * {@link Scenario#review()}: a person must confirm that it is what the contract should say.
 * Deterministic: fixed seeds, same contract, same suggestions.
 *
 * <pre>{@code
 * List<Scenario> more = ScenarioSuggestions.suggest(ContractHistory.of(contract), scenarios);
 * Files.write(Path.of("suggested.scenarios.json"), ScenarioJson.write(contract.id(), more));
 * }</pre>
 */
public final class ScenarioSuggestions {
  private static final long SEED = 20_261_203L;
  private static final int COVERING_LIMIT = 4096;

  private ScenarioSuggestions() {}

  /**
   * Scenarios that cover what {@code existing} does not, each marked for review.
   *
   * <pre>{@code
   * ScenarioSuggestions.suggest(ContractHistory.of(contract), List.of()); // a starting set from nothing
   * }</pre>
   *
   * @param history the contract, or its versions
   * @param existing the scenarios there are (already checked)
   * @return the suggestions, in the order they were picked; empty when nothing more can be covered
   */
  public static List<Scenario> suggest(ContractHistory history, List<Scenario> existing) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(existing, "existing");
    List<Verdict> verdicts = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Scenario scenario : existing) {
      verdicts.add(history.evaluate(scenario.lead()));
      names.add(scenario.name());
    }
    Set<String> missing = new LinkedHashSet<>(Coverage.of(history, verdicts).missing());
    List<Candidate> candidates = new ArrayList<>();
    boolean several = history.versions().size() > 1;
    for (Contract contract : history.versions()) {
      candidates(contract, several ? " (v" + contract.version() + ")" : "", candidates);
    }
    List<Scenario> suggested = new ArrayList<>();
    while (!missing.isEmpty()) {
      @Nullable Candidate best = null;
      List<String> bestItems = List.of();
      for (Candidate candidate : candidates) {
        List<String> items = candidate.items(history, missing);
        if (items.size() > bestItems.size()) {
          best = candidate;
          bestItems = items;
        }
      }
      if (best == null) {
        break;
      }
      candidates.remove(best);
      missing.removeAll(bestItems);
      String name = "suggested " + (suggested.size() + 1) + ": " + best.description;
      while (names.contains(name)) {
        name = name + "'";
      }
      names.add(name);
      suggested.add(scenario(name, java.util.Objects.requireNonNull(best.verdict), bestItems));
    }
    return suggested;
  }

  private static void candidates(Contract contract, String suffix, List<Candidate> into) {
    Leads leads = Leads.of(contract);
    SplittableRandom random = new SplittableRandom(SEED);
    Optional<Lead> accepted = Optional.empty();
    try {
      accepted = Optional.of(leads.accepted().next(random));
      into.add(new Candidate("an accepted lead" + suffix, accepted.get()));
    } catch (LeadSpecException e) {
      // no accepted lead: the other candidates still cover what they can
    }
    for (Criterion criterion : contract.criteria()) {
      try {
        into.add(new Candidate("fails only " + criterion.id() + suffix, leads.failingOnly(criterion.id()).next(random)));
      } catch (LeadSpecException e) {
        // the criterion never decides alone; a covering lead may still show it failing
      }
    }
    if (accepted.isPresent()) {
      for (String field : leads.fieldsRead()) {
        for (Optional<Value> value : leads.interestingValues(field)) {
          into.add(new Candidate("the accepted lead with " + field + " " + value.map(v -> "= " + v).orElse("unknown") + suffix,
              Leads.with(accepted.get(), field, value)));
        }
      }
    }
    List<Lead> covering = leads.covering();
    for (int i = 0; i < Math.min(COVERING_LIMIT, covering.size()); i++) {
      into.add(new Candidate("covering lead " + (i + 1) + suffix, covering.get(i)));
    }
  }

  private static Scenario scenario(String name, Verdict verdict, List<String> items) {
    Lead lead = verdict.lead();
    Scenario.Builder builder = Scenario.builder()
        .name(name)
        .lead(Lead.builder().id(name).deliveredAt(lead.deliveredAt()).facts(lead.facts()).build())
        .outcome(verdict.outcome())
        .review(true)
        .note("expectation copied from the evaluator: review it; covers " + String.join(", ", items));
    for (CriterionResult reason : verdict.reasons()) {
      builder.putReasons(reason.criterionId(), reason.status());
    }
    for (TableResult table : verdict.tables()) {
      builder.putTables(table.tableId(), ScenarioResult.table(verdict, table.tableId()));
    }
    verdict.price().ifPresent(builder::price);
    return builder.build();
  }

  /** A lead worth suggesting, with the verdict it gets. */
  private static final class Candidate {
    final String description;
    final Lead lead;
    @Nullable Verdict verdict;
    List<String> all = List.of();

    Candidate(String description, Lead lead) {
      this.description = description;
      this.lead = lead;
    }

    /** The missing items this candidate covers, in coverage order. */
    List<String> items(ContractHistory history, Set<String> missing) {
      Verdict evaluated = verdict;
      if (evaluated == null) {
        evaluated = history.evaluate(lead);
        verdict = evaluated;
        all = Coverage.of(history, List.of(evaluated)).covered();
      }
      List<String> covered = new ArrayList<>(all);
      covered.retainAll(missing);
      return covered;
    }
  }
}
