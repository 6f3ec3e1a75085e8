package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every accepted lead of the examples gets exactly one output from each complete table. */
class CompleteTablesProperties {

  private static final long SEED = 20260301L;

  private static void assertTotal(Contract contract, List<Lead> leads) {
    Evaluator evaluator = Evaluator.of(contract);
    int accepted = 0;
    for (Lead lead : leads) {
      Verdict verdict = evaluator.evaluate(lead);
      if (!verdict.isAccepted()) {
        continue;
      }
      accepted++;
      for (Table table : contract.tables()) {
        TableResult result = verdict.table(table.id()).orElseThrow();
        if (table.complete()) {
          assertThat(result.status()).as("seed %s, %s", SEED, verdict.explanation()).isEqualTo(TableResult.RowMatch.MATCHED);
          assertThat(result.rowIds()).hasSize(1);
          assertThat(result.output()).isPresent();
        }
      }
    }
    assertThat(accepted).as("accepted leads checked for %s", contract.reference()).isPositive();
  }

  @Test
  void every_accepted_sample_lead_of_the_flagship_gets_exactly_one_price() {
    List<Lead> leads = new ArrayList<>();
    FlagshipReport.sampleLeads(HardwareUpgradeContract.V1).forEach(r -> leads.add(r.lead().orElseThrow()));
    assertTotal(HardwareUpgradeContract.V1, leads);
  }

  @Test
  void every_accepted_lead_of_either_version_gets_exactly_one_price_for_any_company_size() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Lead> leads = new ArrayList<>();
    for (long employees = 0; employees <= 5002; employees += 1 + random.nextInt(7)) {
      leads.add(HardwareUpgradeContractTest.qualified().fact("employees", employees).build());
    }
    assertTotal(HardwareUpgradeContract.V1, leads);
    assertTotal(HardwareUpgradeContract.V2, leads);
  }

  @Test
  void every_accepted_nps_response_gets_exactly_one_group() {
    List<Lead> leads = new ArrayList<>();
    for (int score = -3; score <= 13; score++) {
      leads.add(Lead.builder().id("R-" + score).deliveredAt(Instant.EPOCH).fact("score", score).build());
    }
    assertTotal(NpsSurvey.INTEGER_SCORE, leads);
  }

  @Test
  void the_fleet_price_table_has_no_complete_gap_because_its_last_row_catches_every_known_warmth() {
    String[] warmth = {"HOT", "WARM", "COLD"};
    String[] districts = {"CENTRAL", "NORTHWEST", "VOLGA", "SIBERIA"};
    List<Lead> leads = new ArrayList<>();
    for (String w : warmth) {
      for (String d : districts) {
        leads.add(Lead.builder().id(w + "-" + d).deliveredAt(Instant.EPOCH).fact("industry", "LOGISTICS").fact("district", d)
            .fact("employees", 40).codes("fleet_brands", "MAN").fact("fleet_size", 12).fact("contact_role", "ENGINEER")
            .fact("target_action", "MEETING").fact("warmth", w).fact("budget_confirmed", Answer.YES)
            .fact("need_confirmed", Answer.YES).build());
      }
    }
    Evaluator evaluator = Evaluator.of(FleetTelematicsBrief.CONTRACT);
    for (Lead lead : leads) {
      Verdict verdict = evaluator.evaluate(lead);
      if (verdict.isAccepted()) {
        assertThat(verdict.price()).as(verdict.explanation()).isPresent();
      }
    }
    assertThat(leads).extracting(l -> evaluator.evaluate(l).isAccepted()).contains(true, false);
  }
}
