package dev.leadspec.dsl;

import static dev.leadspec.dsl.LeadSpec.all;
import static dev.leadspec.dsl.LeadSpec.answer;
import static dev.leadspec.dsl.LeadSpec.atLeast;
import static dev.leadspec.dsl.LeadSpec.choice;
import static dev.leadspec.dsl.LeadSpec.choices;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.date;
import static dev.leadspec.dsl.LeadSpec.decimal;
import static dev.leadspec.dsl.LeadSpec.disqualify;
import static dev.leadspec.dsl.LeadSpec.firstMatchTable;
import static dev.leadspec.dsl.LeadSpec.flag;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.not;
import static dev.leadspec.dsl.LeadSpec.require;
import static dev.leadspec.dsl.LeadSpec.text;
import static dev.leadspec.dsl.LeadSpec.uniqueTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSpecTest {

  static final ChoiceField INDUSTRY = choice("industry", "MANUFACTURING", "LOGISTICS", "RETAIL").label("Industry");
  static final IntegerField EMPLOYEES = integer("employees").label("Employees").unit("people");
  static final AnswerField PLANS = answer("plans_upgrade", "Do you plan an upgrade?");
  static final FlagField PHONE_VALID = flag("phone_valid");

  @Test
  void the_dsl_builds_exactly_the_model_the_builders_would() {
    // given
    Contract fromDsl = contract("it-integrator").version(2).title("Hardware").effectiveFrom(LocalDate.of(2026, 4, 1))
        .zone(ZoneId.of("Europe/Moscow"))
        .fields(INDUSTRY, EMPLOYEES, PLANS, PHONE_VALID)
        .criteria(
            require("TA-IND", "Target industry", INDUSTRY.in("MANUFACTURING", "RETAIL")),
            require("TA-SIZE", "Company size", EMPLOYEES.between(50, 5000)),
            require("Q-UPGRADE", "Plans an upgrade", PLANS.isYes()).unknownCountsAsMet(),
            disqualify("DQ-PHONE", "Phone invalid", PHONE_VALID.isFalse()).admitsLaterEvidence())
        .tables(uniqueTable("price").title("Price").complete()
            .row("SMB", EMPLOYEES.between(50, 499), money("2500", "RUB")))
        .priceTable("price")
        .challengeWindow(Duration.ofDays(10))
        .build();

    // when
    Contract fromBuilders = Contract.builder().id("it-integrator").version(2).title("Hardware")
        .effectiveFrom(LocalDate.of(2026, 4, 1)).zone(ZoneId.of("Europe/Moscow"))
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).label("Industry").addCodes("MANUFACTURING", "LOGISTICS", "RETAIL").build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").unit("people").build(),
            Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).question("Do you plan an upgrade?").build(),
            Field.builder().name("phone_valid").kind(FieldKind.FLAG).build())
        .addCriteria(
            Criterion.builder().id("TA-IND").title("Target industry").role(Role.REQUIRED)
                .condition(new Condition.In("industry", List.of("MANUFACTURING", "RETAIL"), false)).build(),
            Criterion.builder().id("TA-SIZE").title("Company size").role(Role.REQUIRED)
                .condition(new Condition.Between("employees", Value.of(50), Value.of(5000), true, true)).build(),
            Criterion.builder().id("Q-UPGRADE").title("Plans an upgrade").role(Role.REQUIRED).unknownAs(Status.MET)
                .condition(new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))).build(),
            Criterion.builder().id("DQ-PHONE").title("Phone invalid").role(Role.DISQUALIFIER).admitsLaterEvidence(true)
                .condition(new Condition.Compare("phone_valid", Operator.EQ, Value.of(false))).build())
        .addTables(Table.builder().id("price").title("Price").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(Row.of("SMB", new Condition.Between("employees", Value.of(50), Value.of(499), true, true), Money.of("2500", "RUB")))
            .build())
        .terms(Terms.builder().priceTable("price").challengeWindow(Duration.ofDays(10)).build())
        .build();

    // then
    assertThat(fromDsl).isEqualTo(fromBuilders);
  }

  @Test
  void every_field_kind_offers_the_conditions_its_kind_allows() {
    assertThat(EMPLOYEES.atLeast(30)).hasToString("employees ≥ 30");
    assertThat(EMPLOYEES.between(0, 7, Bounds.CLOSED_OPEN)).hasToString("employees between 0 inclusive and 7 exclusive");
    assertThat(decimal("score").greaterThan(new BigDecimal("6.5"))).hasToString("score > 6.5");
    assertThat(date("founded").atMost(LocalDate.of(2020, 1, 1))).hasToString("founded ≤ 2020-01-01");
    assertThat(choices("brands", "VOLVO", "MAN").containsAll("VOLVO", "MAN")).hasToString("brands contains all of {VOLVO, MAN}");
    assertThat(text("city").notIn("Moscow")).hasToString("city not in {Moscow}");
    assertThat(INDUSTRY.isNot("RETAIL")).hasToString("industry ≠ RETAIL");
    assertThat(PLANS.isNo()).hasToString("plans_upgrade = NO");
    assertThat(PHONE_VALID.isUnknown()).hasToString("phone_valid is unknown");
    assertThat(atLeast(2, PLANS.isYes(), not(PHONE_VALID.isFalse()), all(INDUSTRY.is("RETAIL"))))
        .hasToString("at least 2 of [plans_upgrade = YES; not (phone_valid = false); all of [industry = RETAIL]]");
  }

  @Test
  void steps_are_immutable_values_that_can_be_kept_and_extended() {
    ContractStep base = contract("c").title("Base").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(EMPLOYEES);
    Contract v1 = base.criteria(require("TA", "size", EMPLOYEES.atLeast(50))).build();
    Contract v2 = base.version(2).criteria(require("TA", "size", EMPLOYEES.atLeast(40))).build();
    assertThat(base.build().criteria()).isEmpty();
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.criteria()).singleElement().extracting(Criterion::condition).hasToString("employees ≥ 40");
    IntegerField labelled = EMPLOYEES.label("Staff");
    assertThat(EMPLOYEES.toField().label()).isEqualTo("Employees");
    assertThat(labelled.toField().label()).isEqualTo("Staff");
  }

  @Test
  void a_field_declared_twice_fails_at_build_quoting_both_declarations() {
    assertThatThrownBy(() -> contract("c").title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .fields(EMPLOYEES, integer("employees").label("Staff")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("contract c v1: field employees is declared twice: [employees (integer)] and [employees (integer)]");
  }

  @Test
  void a_criterion_declared_twice_fails_at_build_quoting_both_declarations() {
    assertThatThrownBy(() -> contract("c").title("t").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(EMPLOYEES)
        .criteria(require("TA", "size", EMPLOYEES.atLeast(50)), disqualify("TA", "tiny", EMPLOYEES.lessThan(5))).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("contract c v1: criterion TA is declared twice: [require(TA, \"size\", employees ≥ 50)] and "
            + "[disqualify(TA, \"tiny\", employees < 5)]");
  }

  @Test
  void a_fixed_price_and_a_price_table_together_conflict() {
    assertThatThrownBy(() -> contract("c").title("t").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(EMPLOYEES)
        .tables(firstMatchTable("p").row("ALL", EMPLOYEES.isKnown(), money("1", "RUB")))
        .price(money("500", "RUB")).priceTable("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("contract c v1: price(500 RUB) and priceTable(p) are both declared; choose one");
  }

  @Test
  void a_missing_title_or_effective_date_is_named() {
    assertThatThrownBy(() -> contract("c").effectiveFrom(LocalDate.of(2026, 1, 1)).build())
        .hasMessage("contract c v1: title is not declared");
    assertThatThrownBy(() -> contract("c").title("t").build()).hasMessage("contract c v1: effectiveFrom is not declared");
  }

  @Test
  void a_condition_over_an_undeclared_field_fails_naming_criterion_and_field() {
    assertThatThrownBy(() -> contract("c").title("t").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(INDUSTRY)
        .criteria(require("TA-SIZE", "size", EMPLOYEES.atLeast(50)), require("TA-IND", "industry", INDUSTRY.is("MINING"))).build())
        .isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("criterion TA-SIZE: field \"employees\" is not declared")
        .hasMessageContaining("criterion TA-IND: code \"MINING\" is not one of field \"industry\"'s codes");
  }

  @Test
  void a_table_row_declared_twice_fails_quoting_both_rows() {
    assertThatThrownBy(() -> uniqueTable("nps").row("P", EMPLOYEES.atLeast(9), "PROMOTER").row("P", EMPLOYEES.atLeast(10), "PROMOTER")
        .toTable())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("table nps: row P is declared twice: [P: employees ≥ 9 -> PROMOTER] and [P: employees ≥ 10 -> PROMOTER]");
  }
}
