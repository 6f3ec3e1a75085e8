package dev.leadspec.examples;

import dev.leadspec.json.LeadSource;
import static dev.leadspec.examples.HardwareUpgradeContract.V1;
import static dev.leadspec.examples.HardwareUpgradeContract.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.LeadSpecAssertions;
import dev.leadspec.test.Leads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HardwareUpgradeContractTest {

  private static final Evaluator EVALUATOR = Evaluator.of(V1);

  /** A lead that meets every criterion of version 1. */
  static Lead.Builder qualified() {
    return Lead.builder().id("L-T").deliveredAt(Instant.parse("2026-03-10T09:00:00Z"))
        .fact("industry", "MANUFACTURING").fact("region", "MOW").fact("employees", 300).fact("computers", 120)
        .fact("role", "CIO").fact("plans_upgrade", Answer.YES).fact("agreed_meeting", Answer.YES)
        .fact("phone_valid", true).fact("duplicate", false);
  }

  private static List<String> reasonIds(Verdict verdict) {
    return verdict.reasons().stream().map(CriterionResult::criterionId).toList();
  }

  @Test
  void every_sample_lead_gets_the_verdict_the_contract_says_criterion_by_criterion() throws IOException {
    // given
    List<LeadSource.Record> records = FlagshipReport.sampleLeads(V1);
    List<String[]> expected = expectations();

    // then
    assertThat(records).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(100);
    for (int i = 0; i < records.size(); i++) {
      String[] row = expected.get(i);
      Verdict verdict = EVALUATOR.evaluate(records.get(i).lead().orElseThrow());
      assertThat(verdict.leadId()).isEqualTo(row[0]);
      assertThat(verdict.outcome().name()).as(verdict.explanation()).isEqualTo(row[1]);
      if (verdict.isAccepted()) {
        assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactly(
            "TA-IND", "TA-REGION", "TA-SIZE", "TA-PCS", "DMU-ROLE", "Q-UPGRADE", "Q-MEETING");
        assertThat(verdict.price()).as(verdict.explanation()).contains(Money.of(row[3].split(" ")[0], "RUB"));
      } else {
        assertThat(String.join(" ", reasonIds(verdict))).as(verdict.explanation()).isEqualTo(row[2]);
        assertThat(verdict.price()).isEmpty();
      }
    }
  }

  static List<String[]> expectations() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(HardwareUpgradeContractTest.class.getResourceAsStream("flagship-expected.csv")), StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{0} employees: {1}")
  @CsvSource({"49, REJECTED", "50, ACCEPTED", "5000, ACCEPTED", "5001, REJECTED"})
  void company_size_counts_from_50_to_5000_employees_inclusive(long employees, String outcome) {
    Verdict verdict = EVALUATOR.evaluate(qualified().fact("employees", employees).build());
    assertThat(verdict.outcome().name()).isEqualTo(outcome);
    if (!verdict.isAccepted()) {
      assertThat(reasonIds(verdict)).containsExactly("TA-SIZE");
    }
  }

  @ParameterizedTest(name = "{0} computers: {1}")
  @CsvSource({"29, REJECTED", "30, ACCEPTED"})
  void a_company_needs_at_least_30_computers(long computers, String outcome) {
    Verdict verdict = EVALUATOR.evaluate(qualified().fact("computers", computers).build());
    assertThat(verdict.outcome().name()).isEqualTo(outcome);
    if (!verdict.isAccepted()) {
      assertThat(reasonIds(verdict)).containsExactly("TA-PCS");
    }
  }

  @ParameterizedTest(name = "{0}={1} is rejected for {2}")
  @CsvSource({
      "industry, FINANCE, TA-IND", "region, NSK, TA-REGION", "role, ACCOUNTANT, DMU-ROLE",
  })
  void a_code_outside_the_agreed_list_is_rejected_for_its_criterion(String field, String code, String criterion) {
    LeadSpecAssertions.assertThat(V1).rejectsFor(qualified().fact(field, code).build(), criterion);
  }

  @Test
  void every_criterion_fails_alone_at_its_boundary_in_generated_leads() {
    Leads leads = Leads.of(V1);
    LeadProperty.forAll(leads.failingOnly("TA-SIZE")).tries(300).check(lead ->
        LeadSpecAssertions.assertThat(V1).rejectsFor(lead, "TA-SIZE"));
    LeadProperty.forAll(leads.accepted()).examples(List.of(qualified().build())).tries(300).check(lead ->
        LeadSpecAssertions.assertThat(V1).evaluating(lead).isAccepted().hasTableStatus("price", TableResult.RowMatch.MATCHED));
  }

  @Test
  void an_unknown_scripted_answer_rejects_the_lead_distinctly_from_a_no() {
    Verdict unknown = EVALUATOR.evaluate(Lead.builder().id("L-U").deliveredAt(Instant.parse("2026-03-10T09:00:00Z"))
        .fact("industry", "RETAIL").fact("region", "SPB").fact("employees", 80).fact("computers", 40).fact("role", "ENGINEER")
        .fact("agreed_meeting", Answer.YES).fact("phone_valid", true).fact("duplicate", false).build());
    Verdict no = EVALUATOR.evaluate(qualified().fact("plans_upgrade", Answer.NO).build());
    assertThat(unknown.result("Q-UPGRADE").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
    assertThat(unknown.rejectedOnlyForUnknowns()).isTrue();
    assertThat(no.result("Q-UPGRADE").orElseThrow().status()).isEqualTo(Status.NOT_MET);
    assertThat(no.rejectedOnlyForUnknowns()).isFalse();
  }

  @Test
  void an_unknown_phone_or_duplicate_check_does_not_disqualify_but_a_known_one_does() {
    Lead unknownChecks = Lead.builder().id("L-V").deliveredAt(Instant.parse("2026-03-10T09:00:00Z"))
        .fact("industry", "RETAIL").fact("region", "SPB").fact("employees", 80).fact("computers", 40).fact("role", "ENGINEER")
        .fact("plans_upgrade", Answer.YES).fact("agreed_meeting", Answer.YES).build();
    Verdict verdict = EVALUATOR.evaluate(unknownChecks);
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.result("DQ-PHONE").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
    assertThat(reasonIds(EVALUATOR.evaluate(qualified().fact("phone_valid", false).fact("duplicate", true).build())))
        .containsExactly("DQ-PHONE", "DQ-DUP");
  }

  @Test
  void a_lead_failing_several_criteria_lists_every_one_in_contract_order() {
    Verdict verdict = EVALUATOR.evaluate(qualified().fact("employees", 49).fact("computers", 29).fact("role", "SECRETARY")
        .fact("agreed_meeting", Answer.NO).fact("duplicate", true).build());
    assertThat(reasonIds(verdict)).containsExactly("TA-SIZE", "TA-PCS", "DMU-ROLE", "Q-MEETING", "DQ-DUP");
  }

  @Test
  void the_same_brand_condition_the_buyer_found_later_is_not_in_the_contract_and_changes_nothing() {
    Verdict verdict = EVALUATOR.evaluate(qualified().fact("same_brand_installed", false).build());
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(V1.criteria()).extracting(c -> c.condition().fields()).noneMatch(fields -> fields.contains("same_brand_installed"));
  }

  @Test
  void version_2_lets_companies_of_40_employees_count_and_prices_them_as_smb() {
    Verdict v1 = EVALUATOR.evaluate(qualified().fact("employees", 45).build());
    Verdict v2 = Evaluator.of(V2).evaluate(qualified().fact("employees", 45).build());
    assertThat(reasonIds(v1)).containsExactly("TA-SIZE");
    assertThat(v2.isAccepted()).isTrue();
    assertThat(v2.contractVersion()).isEqualTo(2);
    assertThat(v2.price()).contains(Money.of("2500", "RUB"));
    assertThat(V2.effectiveAt()).isEqualTo(Instant.parse("2026-03-31T21:00:00Z"));
  }
}
