package dev.leadspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.test.LeadGenerator;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.Leads;
import dev.leadspec.test.RandomContracts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A history of random contract versions evaluates through generated code exactly as it does
 * interpreted: for leads delivered under each version, and before the first, the same verdict
 * bytes or the same error.
 */
class GeneratedHistoryProperties {
  private static final int HISTORIES = 200;
  private static final int LEADS_PER_HISTORY = 50;
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  @Test
  void a_history_gives_the_same_verdict_bytes_and_errors_with_generated_code_as_interpreted() {
    // given
    long seed = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
    SplittableRandom random = new SplittableRandom(seed);
    Set<Integer> versionsSeen = new HashSet<>(); // 0 for a lead governed by the first version, and so on
    int errors = 0;
    int checked = 0;
    for (int h = 0; h < HISTORIES; h++) {
      Contract v1 = RandomContracts.next(random);
      Contract v2 = later(RandomContracts.amend(v1, random), 30);
      Contract v3 = later(RandomContracts.amend(v2, random), 60);
      // when
      ContractHistory interpreted = ContractHistory.of(List.of(v3, v1, v2));
      ContractHistory generated = ContractHistory.of(List.of(v3, v1, v2), Compilation.GENERATED);
      // then
      assertThat(generated.compilation()).as("history %d", h).isEqualTo(Compilation.GENERATED);
      assertThat(interpreted.compilation()).isEqualTo(Compilation.INTERPRETED);
      LeadGenerator leads = Leads.of(v1).random();
      for (int i = 0; i < LEADS_PER_HISTORY; i++, checked++) {
        Lead drawn = leads.next(random);
        Instant deliveredAt = v1.effectiveAt().plus(Duration.ofHours(random.nextInt(-48, 100 * 24)));
        Lead lead = Lead.builder().id(drawn.id()).deliveredAt(deliveredAt).facts(drawn.facts()).evidence(drawn.evidence()).build();
        String expected = outcome(interpreted, lead);
        String actual = outcome(generated, lead);
        assertThat(actual).as("history %d (seed %d), lead %s", h, seed, LeadProperty.describe(lead)).isEqualTo(expected);
        if (expected.startsWith("error")) {
          errors++;
        } else {
          versionsSeen.add(interpreted.versions().indexOf(interpreted.governing(lead)));
        }
      }
    }
    // then: leads of every version and leads before the first were among them
    assertThat(versionsSeen).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(errors).as("leads refused among %d", checked).isPositive();
  }

  /** The same contract, taking effect so many days later. */
  private static Contract later(Contract contract, int days) {
    return Contract.builder().id(contract.id()).version(contract.version()).title(contract.title()).language(contract.language())
        .effectiveFrom(contract.effectiveFrom().plusDays(days)).zone(contract.zone()).addAllFields(contract.fields())
        .addAllCriteria(contract.criteria()).addAllTables(contract.tables()).terms(contract.terms()).build();
  }

  /** The verdict's JSON, or the class and message of the exception evaluation threw. */
  private static String outcome(ContractHistory history, Lead lead) {
    try {
      Verdict verdict = history.evaluate(lead);
      return new String(JSON.writeVerdict(verdict), StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
