package dev.leadspec.examples;

import static dev.leadspec.examples.FleetTelematicsBrief.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FleetTelematicsBriefTest {

  private static final Evaluator EVALUATOR = Evaluator.of(CONTRACT);

  private static Lead.Builder hotLead() {
    return Lead.builder().id("F-1").deliveredAt(Instant.parse("2026-02-10T08:00:00Z"))
        .fact("industry", "TRANSPORT").fact("district", "CENTRAL").fact("employees", 80)
        .codes("fleet_brands", "VOLVO", "KAMAZ").fact("fleet_size", 25).fact("contact_role", "LOGISTICS_MANAGER")
        .fact("target_action", "MEETING").fact("warmth", "HOT")
        .fact("budget_confirmed", Answer.YES).fact("need_confirmed", Answer.YES).fact("timeline_confirmed", Answer.NO);
  }

  @ParameterizedTest(name = "{0} in {1} pays {2} RUB")
  @CsvSource({"HOT, CENTRAL, 800", "HOT, VOLGA, 650", "WARM, CENTRAL, 450", "WARM, NORTHWEST, 250"})
  void the_price_per_result_follows_warmth_and_district_first_match_wins(String warmth, String district, String price) {
    Verdict verdict = EVALUATOR.evaluate(hotLead().fact("warmth", warmth).fact("district", district).build());
    assertThat(verdict.isAccepted()).as(verdict.explanation()).isTrue();
    assertThat(verdict.price()).contains(Money.of(price, "RUB"));
  }

  @Test
  void a_fleet_of_only_domestic_trucks_is_outside_the_target_audience() {
    Verdict verdict = EVALUATOR.evaluate(hotLead().codes("fleet_brands", "KAMAZ", "GAZ").build());
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactly("TA-BRAND");
  }

  @Test
  void a_warm_lead_that_only_gave_data_for_an_offer_is_not_warm_enough() {
    Verdict verdict = EVALUATOR.evaluate(hotLead().fact("warmth", "WARM").fact("target_action", "OFFER_DATA").build());
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactly("WARMTH");
  }

  @Test
  void bant_needs_two_of_three_and_waits_for_unknown_answers_before_failing() {
    Verdict twoYes = EVALUATOR.evaluate(hotLead().build());
    assertThat(twoYes.result("BANT").orElseThrow().status()).isEqualTo(Status.MET);

    Lead oneYesOneUnknown = Lead.builder().id("F-2").deliveredAt(Instant.parse("2026-02-10T08:00:00Z"))
        .fact("industry", "TRANSPORT").fact("district", "CENTRAL").fact("employees", 80)
        .codes("fleet_brands", "VOLVO").fact("fleet_size", 25).fact("contact_role", "ENGINEER")
        .fact("target_action", "MEETING").fact("warmth", "HOT")
        .fact("budget_confirmed", Answer.YES).fact("timeline_confirmed", Answer.NO).build();
    Verdict unknown = EVALUATOR.evaluate(oneYesOneUnknown);
    assertThat(unknown.result("BANT").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
    assertThat(unknown.rejectedOnlyForUnknowns()).isTrue();

    Verdict oneYes = EVALUATOR.evaluate(hotLead().fact("need_confirmed", Answer.NO).build());
    assertThat(oneYes.result("BANT").orElseThrow().status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void a_contacts_only_lead_from_siberia_is_rejected_for_geography_and_action_together() {
    Verdict verdict = EVALUATOR.evaluate(hotLead().fact("district", "SIBERIA").fact("target_action", "CONTACTS_ONLY").build());
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactly("TA-GEO", "ACTION");
  }
}
