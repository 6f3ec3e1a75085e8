package dev.leadspec.eval;

import static dev.leadspec.eval.Fixture.contract;
import static dev.leadspec.eval.Fixture.lead;
import static dev.leadspec.eval.Fixture.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  private static Condition employees(long low, long high) {
    return new Condition.Between("employees", Value.of(low), Value.of(high), true, true);
  }

  private static Table tiers(HitPolicy policy, boolean complete) {
    return Table.builder().id("tier").hitPolicy(policy).complete(complete)
        .addRows(Row.of("SMALL", employees(0, 100), Output.code("S")),
            Row.of("MID", employees(100, 1000), Output.code("M")),
            Row.of("LARGE", employees(1001, 5000), Output.code("L")))
        .build();
  }

  private static Verdict evaluate(Table table, long employees) {
    Contract contract = contract().addTables(table).build();
    return Evaluator.of(contract).evaluate(lead().fact("employees", employees).build());
  }

  @Test
  void a_unique_table_gives_the_one_matching_rows_output() {
    TableResult result = evaluate(tiers(HitPolicy.UNIQUE, true), 500).table("tier").orElseThrow();
    assertThat(result.status()).isEqualTo(TableResult.RowMatch.MATCHED);
    assertThat(result.rowIds()).containsExactly("MID");
    assertThat(result.output()).contains(Output.code("M"));
  }

  @Test
  void two_matching_rows_of_a_unique_table_are_a_conflict_naming_both_rows() {
    TableResult result = evaluate(tiers(HitPolicy.UNIQUE, true), 100).table("tier").orElseThrow();
    assertThat(result.status()).isEqualTo(TableResult.RowMatch.CONFLICT);
    assertThat(result.rowIds()).containsExactly("SMALL", "MID");
    assertThat(result.output()).isEmpty();
    assertThat(result).hasToString("tier: CONFLICT between rows SMALL, MID");
  }

  @Test
  void the_first_matching_row_wins_in_a_first_table() {
    TableResult result = evaluate(tiers(HitPolicy.FIRST, false), 100).table("tier").orElseThrow();
    assertThat(result.rowIds()).containsExactly("SMALL");
  }

  @Test
  void a_lead_no_row_matches_is_no_match_in_a_complete_table_and_none_otherwise() {
    assertThat(evaluate(tiers(HitPolicy.UNIQUE, true), 9000).table("tier").orElseThrow().status())
        .isEqualTo(TableResult.RowMatch.NO_MATCH);
    assertThat(evaluate(tiers(HitPolicy.UNIQUE, false), 9000).table("tier").orElseThrow().status())
        .isEqualTo(TableResult.RowMatch.NONE);
  }

  @Test
  void rejected_leads_are_neither_classified_nor_priced() {
    Contract contract = contract().addCriteria(required("TA", employees(50, 5000))).addTables(tiers(HitPolicy.FIRST, true))
        .terms(Terms.builder().price(Money.of("500", "RUB")).build()).build();
    Verdict verdict = Evaluator.of(contract).evaluate(lead().fact("employees", 10).build());
    assertThat(verdict.tables()).isEmpty();
    assertThat(verdict.price()).isEmpty();
  }

  @Test
  void an_accepted_lead_is_priced_by_the_price_table_or_the_fixed_price() {
    Table prices = Table.builder().id("price").hitPolicy(HitPolicy.UNIQUE).complete(true)
        .addRows(Row.of("SMB", employees(0, 499), Money.of("2500", "RUB")),
            Row.of("ENT", employees(500, 5000), Money.of("4000", "RUB")))
        .build();
    Contract byTable = contract().addTables(prices).terms(Terms.builder().priceTable("price").build()).build();
    assertThat(Evaluator.of(byTable).evaluate(lead().fact("employees", 499).build()).price()).contains(Money.of("2500", "RUB"));
    assertThat(Evaluator.of(byTable).evaluate(lead().fact("employees", 500).build()).price()).contains(Money.of("4000", "RUB"));
    assertThat(Evaluator.of(byTable).evaluate(lead().fact("employees", 9000).build()).price()).isEmpty();

    Contract fixed = contract().terms(Terms.builder().price(Money.of("500", "RUB")).build()).build();
    assertThat(Evaluator.of(fixed).evaluate(lead().build()).price()).contains(Money.of("500.00", "RUB"));
  }

  @Test
  void a_row_whose_condition_is_unknown_does_not_match() {
    Contract contract = contract().addTables(tiers(HitPolicy.UNIQUE, true)).build();
    Verdict verdict = Evaluator.of(contract).evaluate(lead().build());
    assertThat(verdict.table("tier").orElseThrow().status()).isEqualTo(TableResult.RowMatch.NO_MATCH);
    assertThat(verdict.tables()).hasSize(1);
    assertThat(verdict.explanation()).contains("tier: NO_MATCH (complete table, no row matches)");
    assertThat(List.of(verdict.isAccepted())).containsExactly(true);
  }
}
