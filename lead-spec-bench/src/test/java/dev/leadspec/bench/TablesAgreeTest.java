package dev.leadspec.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The check {@link TablesBenchmark} runs before measuring, runnable without JMH, and what its leads cover. */
class TablesAgreeTest {
  private final Lead[] leads = TablesContract.leads();

  @Test
  void interpreted_and_generated_lead_spec_agree_with_hand_written_java_on_outcome_reasons_and_price_of_every_lead() {
    // when / then: generated code in use, or the engine refuses to stand in for it with the interpreter
    assertThatCode(() -> TablesAgreement.checkAll(leads)).doesNotThrowAnyException();
  }

  @Test
  void an_implementation_that_forgets_the_price_fails_the_check() {
    // given: hand-written Java that never reports a price
    TablesAgreement.Implementation unpriced = (i, sink) -> HandWrittenTables.evaluate(leads[i], new TablesSink() {
      @Override
      public void reason(String criterionId) {
        sink.reason(criterionId);
      }

      @Override
      public void decided(boolean accepted, @Nullable Money price) {
        sink.decided(accepted, null);
      }
    });

    // when / then
    assertThatThrownBy(() -> TablesAgreement.check("unpriced", leads, unpriced))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unpriced disagrees with hand-written java")
        .hasMessageContaining("RUB");
  }

  @Test
  void an_implementation_that_reads_an_unknown_budget_as_met_fails_the_check() {
    // given: hand-written Java on leads whose unknown budget is replaced by one in range
    Lead[] known = new Lead[leads.length];
    for (int i = 0; i < leads.length; i++) {
      known[i] = leads[i].fact("budget").isPresent() ? leads[i]
          : Lead.builder().id(leads[i].id()).deliveredAt(leads[i].deliveredAt()).facts(leads[i].facts())
              .fact("budget", TablesContract.BUDGET_BANT).build();
    }

    // when / then
    assertThatThrownBy(() -> TablesAgreement.check("budget-blind", leads, (i, sink) -> HandWrittenTables.evaluate(known[i], sink)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TA-BUDGET");
  }

  @Test
  void the_same_seed_gives_the_same_4096_leads_of_which_a_fifth_to_two_fifths_are_accepted_and_priced() {
    // given
    Evaluator evaluator = Evaluator.of(TablesContract.contract());

    // when
    Lead[] again = TablesContract.leads();
    long accepted = 0;
    long priced = 0;
    for (Lead lead : leads) {
      Verdict verdict = evaluator.evaluate(lead);
      accepted += verdict.isAccepted() ? 1 : 0;
      priced += verdict.price().isPresent() ? 1 : 0;
    }

    // then
    assertThat(leads).hasSize(4096).containsExactly(again);
    assertThat(accepted * 100 / leads.length).isBetween(20L, 40L);
    assertThat(priced).isEqualTo(accepted);
  }

  @Test
  void every_criterion_is_met_not_met_and_unknown_on_some_leads_and_the_only_reason_of_some_rejection() {
    // given
    Evaluator evaluator = Evaluator.of(TablesContract.contract());
    Map<String, Set<Status>> statuses = new LinkedHashMap<>();
    List<List<String>> rejections = new ArrayList<>();

    // when
    for (Lead lead : leads) {
      Verdict verdict = evaluator.evaluate(lead);
      for (CriterionResult result : verdict.results()) {
        statuses.computeIfAbsent(result.criterionId(), id -> EnumSet.noneOf(Status.class)).add(result.status());
      }
      if (!verdict.isAccepted()) {
        rejections.add(verdict.reasonIds());
      }
    }

    // then
    assertThat(statuses).containsOnlyKeys(TablesContract.CRITERIA);
    for (String criterion : TablesContract.CRITERIA) {
      assertThat(statuses.get(criterion)).as(criterion).containsExactlyInAnyOrder(Status.values());
      assertThat(rejections).as(criterion + " alone").contains(List.of(criterion));
    }
  }

  @Test
  void every_row_of_the_price_table_prices_some_leads() {
    // given
    Evaluator evaluator = Evaluator.of(TablesContract.contract());
    Set<Money> prices = new HashSet<>();

    // when
    for (Lead lead : leads) {
      evaluator.evaluate(lead).price().ifPresent(prices::add);
    }

    // then
    assertThat(prices).containsExactlyInAnyOrder(TablesContract.SMB, TablesContract.MID, TablesContract.ENTERPRISE);
  }
}
