package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractValidationTest {

  private static final Field INDUSTRY = Field.builder().name("industry").kind(FieldKind.CHOICE)
      .addCodes("MANUFACTURING", "LOGISTICS", "RETAIL").build();
  private static final Field EMPLOYEES = Field.builder().name("employees").kind(FieldKind.INTEGER).build();
  private static final Field PLANS = Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER)
      .question("Do you plan an upgrade?").build();

  private static Contract contract(Criterion... criteria) {
    return Contract.builder().id("it-integrator").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(INDUSTRY, EMPLOYEES, PLANS).addCriteria(criteria).build();
  }

  private static Criterion required(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.REQUIRED).build();
  }

  @Test
  void a_misspelled_field_is_named_with_the_criterion_and_the_nearest_declared_name() {
    assertThatThrownBy(() -> contract(required("TA-2", new Condition.Compare("employes", Operator.GE, Value.of(50)))))
        .isInstanceOf(ContractValidationException.class)
        .hasMessage("contract it-integrator v1 is invalid: criterion TA-2: field \"employes\" is not declared (did you mean \"employees\"?)");
  }

  @Test
  void a_field_far_from_every_declared_name_gets_no_suggestion() {
    assertThatThrownBy(() -> contract(required("TA-9", new Condition.Known("revenue", true))))
        .hasMessageEndingWith("criterion TA-9: field \"revenue\" is not declared");
  }

  @Test
  void between_on_a_choice_field_fails_naming_criterion_and_field() {
    assertThatThrownBy(() -> contract(required("TA-3", new Condition.Between("industry", Value.of(1), Value.of(2), true, true))))
        .hasMessageContaining("criterion TA-3: between needs an integer, decimal or date field, but \"industry\" is a choice");
  }

  @Test
  void a_code_outside_the_fields_set_is_rejected_with_a_suggestion() {
    assertThatThrownBy(() -> contract(required("TA-1", new Condition.In("industry", List.of("RETAIL", "RETAL"), false))))
        .hasMessageContaining("criterion TA-1: code \"RETAL\" is not one of field \"industry\"'s codes [MANUFACTURING, LOGISTICS, RETAIL] (did you mean \"RETAIL\"?)");
  }

  @Test
  void an_empty_code_set_is_rejected() {
    assertThatThrownBy(() -> contract(required("TA-1", new Condition.In("industry", List.of(), false))))
        .hasMessageContaining("criterion TA-1: the code set for \"industry\" is empty");
  }

  @Test
  void between_with_low_above_high_is_rejected() {
    assertThatThrownBy(() -> contract(required("TA-SIZE", new Condition.Between("employees", Value.of(5000), Value.of(50), true, true))))
        .hasMessageContaining("criterion TA-SIZE: between 5000 and 50 on \"employees\" has its low end above its high end");
  }

  @Test
  void an_empty_half_open_range_is_rejected() {
    assertThatThrownBy(() -> contract(required("TA-SIZE", new Condition.Between("employees", Value.of(50), Value.of(50), true, false))))
        .hasMessageContaining("with an exclusive end is empty");
  }

  @Test
  void a_duplicate_criterion_id_is_rejected() {
    Condition known = new Condition.Known("employees", true);
    assertThatThrownBy(() -> contract(required("TA-1", known), required("TA-1", known)))
        .hasMessageContaining("criterion TA-1: id is declared twice");
  }

  @Test
  void a_blank_criterion_id_is_rejected_when_the_criterion_is_built() {
    assertThatThrownBy(() -> required(" ", new Condition.Known("employees", true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id is blank");
  }

  @Test
  void an_ordering_comparison_on_an_answer_is_rejected() {
    assertThatThrownBy(() -> contract(required("Q-1", new Condition.Compare("plans_upgrade", Operator.GT, Value.of(Answer.NO)))))
        .hasMessageContaining("criterion Q-1: \">\" needs an integer, decimal or date field, but \"plans_upgrade\" is an answer");
  }

  @Test
  void a_literal_of_the_wrong_kind_is_rejected() {
    assertThatThrownBy(() -> contract(required("TA-SIZE", new Condition.Compare("employees", Operator.GE, Value.of("fifty")))))
        .hasMessageContaining("criterion TA-SIZE: \"employees\" is an integer field, but is compared with a text fifty");
  }

  @Test
  void every_problem_is_listed_not_only_the_first() {
    ContractValidationException error = org.junit.jupiter.api.Assertions.assertThrows(ContractValidationException.class, () -> contract(
        required("A", new Condition.Known("employes", true)),
        required("B", new Condition.AtLeast(3, List.of(new Condition.Known("employees", true))))));
    assertThat(error.problems()).extracting(ContractValidationException.Problem::subject)
        .containsExactly("criterion A", "criterion B");
    assertThat(error.problems().get(0).field()).contains("employes");
    assertThat(error.getMessage()).startsWith("contract it-integrator v1 is invalid:\n  criterion A:");
  }

  @Test
  void a_price_table_must_be_declared_and_give_money() {
    Table tiers = Table.builder().id("tier").hitPolicy(HitPolicy.FIRST)
        .addRows(Row.of("ALL", new Condition.Known("employees", true), Output.code("A"))).build();
    assertThatThrownBy(() -> Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(EMPLOYEES).addTables(tiers).terms(Terms.builder().priceTable("tier").build()).build())
        .hasMessageContaining("terms: price table tier gives codes, not money");
    assertThatThrownBy(() -> Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(EMPLOYEES).addTables(tiers).terms(Terms.builder().priceTable("tiers").build()).build())
        .hasMessageContaining("terms: price table tiers is not declared (did you mean \"tier\"?)");
  }

  @Test
  void a_table_row_condition_is_validated_with_the_table_and_row_named() {
    Table prices = Table.builder().id("price").hitPolicy(HitPolicy.UNIQUE)
        .addRows(Row.of("R1", new Condition.Compare("region", Operator.EQ, Value.of("MOW")), Money.of("500", "RUB"))).build();
    assertThatThrownBy(() -> Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(EMPLOYEES).addTables(prices).build())
        .isInstanceOf(ContractValidationException.class)
        .extracting(e -> ((ContractValidationException) e).problems(), LIST)
        .singleElement().hasToString("table price row R1: field \"region\" is not declared");
  }

  @Test
  void a_table_mixing_codes_and_money_is_rejected() {
    assertThatThrownBy(() -> Table.builder().id("t").hitPolicy(HitPolicy.FIRST)
        .addRows(Row.of("A", new Condition.Known("x", true), Output.code("A")),
            Row.of("B", new Condition.Known("x", true), Money.of("1", "RUB"))).build())
        .hasMessageContaining("table t row B: output 1 RUB is money, but row A gives a code");
  }

  @Test
  void a_choice_field_needs_codes_and_a_choices_field_at_most_64() {
    assertThatThrownBy(() -> Field.builder().name("industry").kind(FieldKind.CHOICE).build())
        .hasMessageContaining("field \"industry\": a choice field needs at least one code");
    Field.Builder many = Field.builder().name("brands").kind(FieldKind.CHOICES);
    for (int i = 0; i < 65; i++) {
      many.addCodes("B" + i);
    }
    assertThatThrownBy(many::build).hasMessageContaining("a choices field has at most 64 codes, but was given 65");
  }
}
