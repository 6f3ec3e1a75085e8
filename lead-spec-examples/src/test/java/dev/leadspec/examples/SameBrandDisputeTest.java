package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.model.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameBrandDisputeTest {

  private static final List<Ruling> RULINGS = SameBrandDispute.rulings();

  @Test
  void all_25_same_brand_refusals_are_dismissed_as_out_of_contract() {
    List<Ruling> sameBrand = RULINGS.subList(0, 25);
    assertThat(sameBrand).allSatisfy(r -> {
      assertThat(r.ground()).isEqualTo(Ground.OUT_OF_CONTRACT);
      assertThat(r.outOfContractCitations()).containsExactly("SAME-BRAND");
      assertThat(r.standing().isAccepted()).isTrue();
    });
  }

  @Test
  void refusals_filed_after_the_14_day_window_are_late_whatever_they_say() {
    assertThat(RULINGS.subList(25, 28)).extracting(Ruling::ground).containsOnly(Ground.LATE);
  }

  @Test
  void the_buyers_own_callback_after_delivery_cannot_decide_an_answer_given_in_the_call() {
    Ruling callback = RULINGS.get(28);
    assertThat(callback.ground()).isEqualTo(Ground.EVIDENCE_AFTER_DELIVERY);
    assertThat(callback.setAside()).singleElement().extracting(c -> c.field()).isEqualTo("plans_upgrade");
  }

  @Test
  void a_phone_that_proved_invalid_within_the_window_upholds_the_buyers_challenge() {
    Ruling phone = RULINGS.get(29);
    assertThat(phone.isUpheld()).isTrue();
    assertThat(phone.challenge().filedBy()).isEqualTo(Party.BUYER);
    assertThat(phone.standing().reasons()).extracting(r -> r.criterionId()).containsExactly("DQ-PHONE");
  }

  @Test
  void the_supplier_wins_the_lead_whose_form_missed_the_role_heard_in_the_call() {
    Ruling role = RULINGS.get(30);
    assertThat(role.original().reasons()).extracting(r -> r.criterionId()).containsExactly("DMU-ROLE");
    assertThat(role.isUpheld()).isTrue();
    assertThat(role.standing().isAccepted()).isTrue();
    assertThat(role.contractFingerprint()).isEqualTo(role.original().contractFingerprint());
  }

  @Test
  void the_statement_says_what_is_owed_in_rubles_and_adds_up() {
    // given
    Money expected = Money.zero("RUB");
    for (int i = 1; i <= 100; i++) {
      if (i != 30) {
        expected = expected.plus(Money.of(SameBrandDispute.employees(i) < 500 ? "2500" : "4000", "RUB"));
      }
    }

    // when
    Statement statement = SameBrandDispute.statement();

    // then
    Tally total = statement.total();
    assertThat(total.leads()).isEqualTo(100);
    assertThat(total.accepted()).isEqualTo(99);
    assertThat(total.billable()).isEqualTo(99);
    assertThat(total.upheldAgainst()).isEqualTo(1);
    assertThat(total.reinstated()).isEqualTo(1);
    assertThat(total.rejected()).isZero();
    assertThat(total.challengesUpheld()).isEqualTo(2);
    assertThat(total.challengesDismissed()).containsExactly(
        Map.entry(Ground.LATE, 3L), Map.entry(Ground.OUT_OF_CONTRACT, 25L), Map.entry(Ground.EVIDENCE_AFTER_DELIVERY, 1L));
    assertThat(total.amountDue()).containsExactly(expected);
    assertThat(statement.byDay()).hasSize(5).allSatisfy(day -> assertThat(day.leads()).isEqualTo(20));
    assertThat(statement.byDay().stream().mapToLong(Tally::billable).sum()).isEqualTo(99);
    assertThat(statement.byVersion()).singleElement().extracting(Tally::label).isEqualTo("it-integrator-hardware v1");
  }
}
