package dev.leadspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadLayout;
import dev.leadspec.test.DifferentialPairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The third party of the differential property (lead-spec-test holds the interpreter to a naive
 * reference on the same {@link DifferentialPairs}): generated evaluation agrees with the
 * interpreter on random (contract, lead) pairs, wrong kinds, codes outside the set, undeclared
 * facts, unknowns and integers on decimal fields among them. Equal are: the outcome and every
 * criterion's status (the packed status bits), the reasons read before the results, the tables and
 * price, {@link Verdict#equals}, the verdict's JSON bytes, and for an input error the exception's
 * class and message. The number of pairs comes from {@code leadspec.differential.pairs} (100 000
 * in the normal build, more under {@code -Plong}); the seed from {@code leadspec.seed}.
 */
class GeneratedEvaluatorDifferentialProperties {
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  @Test
  void generated_evaluation_gives_the_interpreters_verdicts_bytes_and_errors_on_random_contracts_and_leads() {
    // given
    DifferentialPairs pairs = DifferentialPairs.standard();
    int[] generated = {0};
    // when
    DifferentialPairs.Tally tally = pairs.check("generated and interpreted evaluation", contract -> {
      Evaluator interpreted = Evaluator.of(contract);
      Evaluator generatedEvaluator = Evaluator.of(contract, Compilation.GENERATED);
      if (generatedEvaluator.compilation() == Compilation.GENERATED) {
        generated[0]++;
      }
      return lead -> Optional.ofNullable(disagreement(interpreted, generatedEvaluator, lead));
    });
    // then: every contract was generated, and accepted, rejected and erroneous leads were all among the pairs
    assertThat(generated[0]).as("contracts evaluated by generated code").isEqualTo(tally.contracts());
    assertThat(tally.pairs()).isEqualTo(pairs.pairs());
    assertThat(tally.accepted()).as("accepted leads among %d pairs", pairs.pairs()).isGreaterThan(pairs.pairs() / 20);
    assertThat(tally.rejected()).as("rejected leads among %d pairs", pairs.pairs()).isGreaterThan(pairs.pairs() / 20);
    assertThat(tally.inputErrors()).as("input errors among %d pairs", pairs.pairs()).isGreaterThan(pairs.pairs() / 100);
  }

  @Test
  void leads_built_with_a_layout_are_judged_as_the_same_leads_built_without_one_interpreted_and_generated() {
    // given: each lead rebuilt with a layout of its facts in its order and the contract's other
    // fields as empty slots, before its facts or after them (so that the evaluator's likely
    // positions hit and miss, and absent slots lie in its way)
    DifferentialPairs standard = DifferentialPairs.standard();
    DifferentialPairs pairs = DifferentialPairs.of(standard.seed(), Math.max(1000, standard.pairs() / 5));
    // when
    DifferentialPairs.Tally tally = pairs.check("leads built with and without a layout", contract -> {
      Evaluator interpreted = Evaluator.of(contract);
      Evaluator generated = Evaluator.of(contract, Compilation.GENERATED);
      int[] count = {0};
      return lead -> {
        Lead laid = relaid(lead, contract, count[0]++ % 2 == 0);
        if (!laid.equals(lead) || laid.hashCode() != lead.hashCode() || !laid.facts().keySet().equals(lead.facts().keySet())) {
          return Optional.of("the relaid lead differs: " + laid + "\nfrom " + lead);
        }
        String interpretedDiffers = disagreement(interpreted, lead, interpreted, laid);
        if (interpretedDiffers != null) {
          return Optional.of("interpreted, without and with a layout:\n" + interpretedDiffers);
        }
        return Optional.ofNullable(disagreement(interpreted, lead, generated, laid));
      };
    });
    // then
    assertThat(tally.pairs()).isEqualTo(pairs.pairs());
    assertThat(tally.inputErrors()).as("input errors among %d pairs", pairs.pairs()).isGreaterThan(0);
  }

  /** The lead rebuilt with a layout: its facts in its order, the contract's other fields as empty slots before or after them. */
  private static Lead relaid(Lead lead, Contract contract, boolean emptyFirst) {
    List<String> empty = new ArrayList<>();
    for (Field field : contract.fields()) {
      if (!lead.facts().containsKey(field.name())) {
        empty.add(field.name());
      }
    }
    List<String> fields = new ArrayList<>(emptyFirst ? empty : List.of());
    fields.addAll(lead.facts().keySet());
    if (!emptyFirst) {
      fields.addAll(empty);
    }
    return Lead.builder(LeadLayout.of(fields)).id(lead.id()).deliveredAt(lead.deliveredAt())
        .facts(lead.facts()).evidence(lead.evidence()).build();
  }

  /** A description of how the two differ on the lead, or null when they agree. */
  static @Nullable String disagreement(Evaluator interpreted, Evaluator generated, Lead lead) {
    return disagreement(interpreted, lead, generated, lead);
  }

  /** A description of how the two verdicts differ, or null when they agree. */
  private static @Nullable String disagreement(Evaluator interpreted, Lead lead, Evaluator generated, Lead generatedLead) {
    Object expected = outcome(interpreted, lead);
    Object actual = outcome(generated, generatedLead);
    if (expected instanceof RuntimeException e || actual instanceof RuntimeException) {
      if (expected instanceof RuntimeException e && actual instanceof RuntimeException a
          && e.getClass() == a.getClass() && Objects.equals(e.getMessage(), a.getMessage())) {
        return null;
      }
      return "interpreted: " + describe(expected) + "\ngenerated: " + describe(actual);
    }
    Verdict want = (Verdict) expected;
    Verdict got = (Verdict) actual;
    // reason ids read first, from fresh verdicts: the packed path of each
    if (!want.reasonIds().equals(got.reasonIds())) {
      return "reason ids read first, interpreted: " + want.reasonIds() + "\ngenerated: " + got.reasonIds();
    }
    // reasons read first, from fresh verdicts: the lazy path of each
    List<CriterionResult> wantReasons = want.reasons();
    List<CriterionResult> gotReasons = got.reasons();
    if (!wantReasons.equals(gotReasons)) {
      return "reasons read first, interpreted: " + wantReasons + "\ngenerated: " + gotReasons;
    }
    List<String> wantIds = wantReasons.stream().map(CriterionResult::criterionId).toList();
    if (!want.reasonIds().equals(wantIds) || !got.reasonIds().equals(wantIds)) {
      return "reason ids, reasons: " + wantIds + "\ninterpreted: " + want.reasonIds() + "\ngenerated: " + got.reasonIds();
    }
    if (want.outcome() != got.outcome() || !statuses(want).equals(statuses(got))) {
      return "statuses, interpreted: " + want.outcome() + " " + statuses(want) + "\ngenerated: " + got.outcome() + " " + statuses(got);
    }
    if (!want.tables().equals(got.tables()) || !want.price().equals(got.price())) {
      return "tables, interpreted: " + want.tables() + " " + want.price() + "\ngenerated: " + got.tables() + " " + got.price();
    }
    if (!want.equals(got)) {
      return "verdicts differ:\n" + want.explanation() + "\n" + got.explanation();
    }
    byte[] wantJson = JSON.writeVerdict(want);
    byte[] gotJson = JSON.writeVerdict(got);
    if (!Arrays.equals(wantJson, gotJson)) {
      return "verdict JSON, interpreted: " + new String(wantJson, java.nio.charset.StandardCharsets.UTF_8)
          + "\ngenerated: " + new String(gotJson, java.nio.charset.StandardCharsets.UTF_8);
    }
    return null;
  }

  private static List<String> statuses(Verdict verdict) {
    return verdict.results().stream().map(r -> r.status() + "/" + r.countedAs() + (r.decisive() ? "!" : "")).toList();
  }

  /** The verdict, or the exception evaluation threw. */
  private static Object outcome(Evaluator evaluator, Lead lead) {
    try {
      return evaluator.evaluate(lead);
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static String describe(Object outcome) {
    return outcome instanceof RuntimeException e ? e.getClass().getName() + ": " + e.getMessage() : ((Verdict) outcome).explanation();
  }
}
