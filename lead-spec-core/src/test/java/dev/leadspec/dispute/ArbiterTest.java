package dev.leadspec.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArbiterTest {

  static final Instant DELIVERED = Instant.parse("2026-03-02T10:00:00Z");
  static final Instant IN_CALL = Instant.parse("2026-03-02T09:40:00Z");

  static Contract version(int version, LocalDate from, long minEmployees) {
    return Contract.builder().id("hw").version(version).title("Hardware").effectiveFrom(from)
        .addFields(
            Field.builder().name("employees").kind(FieldKind.INTEGER).build(),
            Field.builder().name("role").kind(FieldKind.CHOICE).addCodes("CIO", "ENGINEER", "SECRETARY").build(),
            Field.builder().name("plans").kind(FieldKind.ANSWER).question("Upgrade?").build(),
            Field.builder().name("phone_valid").kind(FieldKind.FLAG).build())
        .addCriteria(
            Criterion.builder().id("TA-SIZE").title("Size").role(Role.REQUIRED)
                .condition(new Condition.Compare("employees", Operator.GE, Value.of(minEmployees))).build(),
            Criterion.builder().id("DMU").title("Decision maker").role(Role.REQUIRED)
                .condition(new Condition.In("role", List.of("CIO", "ENGINEER"), false)).build(),
            Criterion.builder().id("Q-UPGRADE").title("Plans").role(Role.REQUIRED)
                .condition(new Condition.Compare("plans", Operator.EQ, Value.of(Answer.YES))).build(),
            Criterion.builder().id("DQ-PHONE").title("Phone invalid").role(Role.DISQUALIFIER).admitsLaterEvidence(true)
                .condition(new Condition.Compare("phone_valid", Operator.EQ, Value.of(false))).build())
        .terms(Terms.builder().price(Money.of("3000", "RUB")).challengeWindow(Duration.ofDays(10)).build())
        .build();
  }

  static final Contract V1 = version(1, LocalDate.of(2026, 3, 1), 50);
  static final Contract V2 = version(2, LocalDate.of(2026, 4, 1), 40);
  static final Arbiter ARBITER = Arbiter.of(ContractHistory.of(V1, V2));

  static Lead.Builder lead(String id) {
    return Lead.builder().id(id).deliveredAt(DELIVERED).fact("employees", 120).fact("role", "CIO").fact("plans", Answer.YES)
        .fact("phone_valid", true);
  }

  static Challenge.Builder challenge(String leadId, Party party, Instant filedAt, String... cited) {
    return Challenge.builder().leadId(leadId).filedBy(party).filedAt(filedAt).addCitedCriteria(cited);
  }

  static Correction correction(String field, Value value, Instant recordedAt) {
    return Correction.of(field, value, Evidence.of("evidence-" + field, recordedAt));
  }

  @Test
  void a_challenge_filed_exactly_when_the_window_closes_is_in_time_and_one_second_later_is_late() {
    Lead lead = lead("L-1").build();
    Instant closes = DELIVERED.plus(Duration.ofDays(10));
    Ruling inTime = ARBITER.rule(lead, challenge("L-1", Party.BUYER, closes, "Q-UPGRADE").build());
    Ruling late = ARBITER.rule(lead, challenge("L-1", Party.BUYER, closes.plusSeconds(1), "Q-UPGRADE").build());
    assertThat(inTime.ground()).isNotEqualTo(Ground.LATE);
    assertThat(late.ground()).isEqualTo(Ground.LATE);
    assertThat(late.isUpheld()).isFalse();
    assertThat(late.explanation()).isEqualTo("filed at 2026-03-12T10:00:01Z, after the challenge window of 10 days closed at "
        + "2026-03-12T10:00:00Z (delivered at 2026-03-02T10:00:00Z; hw v1)");
    assertThat(late.reevaluated()).isEmpty();
  }

  @Test
  void a_challenge_citing_a_condition_that_was_never_agreed_is_out_of_contract() {
    Ruling ruling = ARBITER.rule(lead("L-2").build(), challenge("L-2", Party.BUYER, DELIVERED.plus(Duration.ofDays(9)),
        "SAME-BRAND").statement("Upgrade needs the same brand installed").build());
    assertThat(ruling.ground()).isEqualTo(Ground.OUT_OF_CONTRACT);
    assertThat(ruling.outOfContractCitations()).containsExactly("SAME-BRAND");
    assertThat(ruling.explanation()).startsWith("cites SAME-BRAND, which is not a criterion of hw v1");
    assertThat(ruling.standing()).isEqualTo(ruling.original());
  }

  @Test
  void later_evidence_is_set_aside_unless_the_cited_criterion_admits_it() {
    Instant callback = DELIVERED.plus(Duration.ofDays(3));
    Ruling plans = ARBITER.rule(lead("L-3").build(), challenge("L-3", Party.BUYER, callback, "Q-UPGRADE")
        .addCorrections(correction("plans", Value.of(Answer.NO), callback)).build());
    assertThat(plans.ground()).isEqualTo(Ground.EVIDENCE_AFTER_DELIVERY);
    assertThat(plans.setAside()).hasSize(1);

    Ruling phone = ARBITER.rule(lead("L-3").build(), challenge("L-3", Party.BUYER, callback, "DQ-PHONE")
        .addCorrections(correction("phone_valid", Value.of(false), callback)).build());
    assertThat(phone.ground()).isEqualTo(Ground.SUBSTANTIATED);
    assertThat(phone.isUpheld()).isTrue();
    assertThat(phone.standing().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(phone.reevaluated().orElseThrow().reasons()).extracting(r -> r.criterionId()).containsExactly("DQ-PHONE");
    assertThat(phone.explanation()).contains("the lead is REJECTED on DQ-PHONE (hw v1)");
  }

  @Test
  void a_supplier_wins_when_the_recording_shows_the_role_the_form_missed() {
    Lead lead = lead("L-4").fact("role", "SECRETARY").build();
    Ruling ruling = ARBITER.rule(lead, challenge("L-4", Party.SUPPLIER, DELIVERED.plus(Duration.ofDays(2)), "DMU")
        .statement("The recording shows the CIO on the line.")
        .addCorrections(correction("role", Value.of("CIO"), IN_CALL)).build());
    assertThat(ruling.original().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(ruling.isUpheld()).isTrue();
    assertThat(ruling.standing().isAccepted()).isTrue();
    assertThat(ruling.standing().lead().evidence().get("role")).isEqualTo(Evidence.of("evidence-role", IN_CALL));
  }

  @Test
  void a_flip_on_a_criterion_that_was_not_cited_does_not_substantiate_the_challenge() {
    Ruling ruling = ARBITER.rule(lead("L-5").build(), challenge("L-5", Party.BUYER, DELIVERED.plus(Duration.ofDays(1)), "DMU")
        .addCorrections(correction("employees", Value.of(10), IN_CALL)).build());
    assertThat(ruling.ground()).isEqualTo(Ground.NOT_SUBSTANTIATED);
    assertThat(ruling.reevaluated().orElseThrow().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(ruling.explanation()).contains("the outcome becomes REJECTED, but not on a cited criterion");
    assertThat(ruling.standing()).isEqualTo(ruling.original());
  }

  @Test
  void a_challenge_without_corrections_is_not_substantiated_and_changes_nothing() {
    Ruling ruling = ARBITER.rule(lead("L-6").build(), challenge("L-6", Party.BUYER, DELIVERED, "TA-SIZE").build());
    assertThat(ruling.ground()).isEqualTo(Ground.NOT_SUBSTANTIATED);
    assertThat(ruling.reevaluated()).contains(ruling.original());
  }

  @Test
  void the_version_in_effect_at_delivery_governs_and_an_amendment_never_reaches_back() {
    Lead march = lead("L-7").fact("employees", 45).build();
    Lead april = Lead.builder().id("L-8").deliveredAt(Instant.parse("2026-04-02T10:00:00Z")).fact("employees", 45)
        .fact("role", "CIO").fact("plans", Answer.YES).build();
    Ruling underV1 = ARBITER.rule(march, challenge("L-7", Party.SUPPLIER, DELIVERED.plusSeconds(60), "TA-SIZE").build());
    Ruling underV2 = ARBITER.rule(april, challenge("L-8", Party.BUYER, Instant.parse("2026-04-03T10:00:00Z"), "TA-SIZE").build());
    assertThat(underV1.original().contractVersion()).isEqualTo(1);
    assertThat(underV1.original().isAccepted()).isFalse();
    assertThat(underV2.original().contractVersion()).isEqualTo(2);
    assertThat(underV2.original().isAccepted()).isTrue();
    assertThat(underV1.contractFingerprint()).isNotEqualTo(underV2.contractFingerprint()).hasSize(64);
  }

  @Test
  void bad_challenges_are_errors_that_name_what_is_wrong() {
    Lead lead = lead("L-9").build();
    assertThatThrownBy(() -> ARBITER.ruleAll(List.of(lead), List.of(challenge("L-404", Party.BUYER, DELIVERED).build())))
        .isInstanceOf(ChallengeException.class)
        .hasMessage("challenge for lead L-404: no such lead among the 1 leads given");
    assertThatThrownBy(() -> ARBITER.rule(lead, challenge("L-9", Party.BUYER, DELIVERED.minusSeconds(1), "DMU").build()))
        .hasMessage("challenge for lead L-9: filed at 2026-03-02T09:59:59Z, before the lead was delivered at 2026-03-02T10:00:00Z");
    assertThatThrownBy(() -> ARBITER.rule(lead, challenge("L-9", Party.BUYER, DELIVERED, "DMU")
        .addCorrections(correction("brand", Value.of("HP"), IN_CALL)).build()))
        .hasMessage("challenge for lead L-9: corrects field \"brand\", which hw v1 does not declare");
    assertThatThrownBy(() -> ARBITER.rule(lead, challenge("L-9", Party.BUYER, DELIVERED, "DMU")
        .addCorrections(correction("role", Value.of(3), IN_CALL)).build()))
        .isInstanceOf(LeadInputException.class)
        .hasMessageContaining("field \"role\" expects a choice of [CIO, ENGINEER, SECRETARY], but was given an integer 3");
  }
}
