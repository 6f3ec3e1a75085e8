package dev.leadspec.analysis;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The example contracts of the analysis tests, written as a contract author would. */
final class Contracts {
  private Contracts() {}

  static Field decimal(String name) {
    return Field.builder().name(name).kind(FieldKind.DECIMAL).build();
  }

  static Field integer(String name) {
    return Field.builder().name(name).kind(FieldKind.INTEGER).build();
  }

  static Condition between(String field, String low, String high, boolean lowInclusive, boolean highInclusive) {
    return new Condition.Between(field, Value.of(new BigDecimal(low)), Value.of(new BigDecimal(high)), lowInclusive, highInclusive);
  }

  static Condition compare(String field, Operator operator, long value) {
    return new Condition.Compare(field, operator, Value.of(value));
  }

  static Criterion required(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.REQUIRED).build();
  }

  static Criterion disqualifier(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.DISQUALIFIER).build();
  }

  static Contract.Builder contract(String id, int version) {
    return Contract.builder().id(id).version(version).title(id).effectiveFrom(LocalDate.of(2026, 1, 1));
  }

  /** NPS over a decimal score 0–10, grouped as the call-centre article says: 0–6, 7–8, 9–10. */
  static Contract nps() {
    Table groups = Table.builder().id("nps").hitPolicy(HitPolicy.UNIQUE).complete(true)
        .addRows(Row.of("DETRACTOR", between("score", "0", "6", true, true), Output.code("DETRACTOR")))
        .addRows(Row.of("PASSIVE", between("score", "7", "8", true, true), Output.code("PASSIVE")))
        .addRows(Row.of("PROMOTER", between("score", "9", "10", true, true), Output.code("PROMOTER")))
        .build();
    return contract("nps", 1).addFields(decimal("score"))
        .addCriteria(required("SCORE", between("score", "0", "10", true, true)))
        .addTables(groups).build();
  }

  /** NPS with half-open groups, but detractors written as 0–7 inclusive: 7 is both. */
  static Contract overlappingNps() {
    Table groups = Table.builder().id("nps").hitPolicy(HitPolicy.UNIQUE).complete(true)
        .addRows(Row.of("DETRACTOR", between("score", "0", "7", true, true), Output.code("DETRACTOR")))
        .addRows(Row.of("PASSIVE", between("score", "7", "9", true, false), Output.code("PASSIVE")))
        .addRows(Row.of("PROMOTER", between("score", "9", "10", true, true), Output.code("PROMOTER")))
        .build();
    return contract("nps", 2).addFields(decimal("score"))
        .addCriteria(required("SCORE", between("score", "0", "10", true, true)))
        .addTables(groups).build();
  }

  /** The IT integrator of DOMAIN.md: target industries, company size from 50 (v1) or 40 (v2), upgrade planned, not a customer yet. */
  static Contract integrator(int version, long minEmployees) {
    Field industry = Field.builder().name("industry").kind(FieldKind.CHOICE)
        .addCodes("MANUFACTURING", "LOGISTICS", "RETAIL", "BANKING").build();
    Field upgrade = Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER)
        .question("Do you plan a hardware upgrade this year?").build();
    Field customer = Field.builder().name("existing_customer").kind(FieldKind.FLAG).build();
    Table price = Table.builder().id("price").hitPolicy(HitPolicy.FIRST).complete(true)
        .addRows(Row.of("LARGE", compare("employees", Operator.GE, 1000), Money.of("800", "RUB")))
        .addRows(Row.of("REGULAR", new Condition.Known("employees", true), Money.of("500", "RUB")))
        .build();
    return contract("it-integrator", version)
        .addFields(industry, integer("employees"), upgrade, customer)
        .addCriteria(required("TA-IND", new Condition.In("industry", java.util.List.of("MANUFACTURING", "LOGISTICS", "RETAIL"), false)))
        .addCriteria(required("TA-SIZE", new Condition.Between("employees", Value.of(minEmployees), Value.of(5000), true, true)))
        .addCriteria(required("Q-UPGRADE", new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))))
        .addCriteria(disqualifier("DQ-CUSTOMER", new Condition.Compare("existing_customer", Operator.EQ, Value.of(true))))
        .addTables(price)
        .terms(Terms.builder().priceTable("price").build())
        .build();
  }
}
