package dev.leadspec.test;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.time.Instant;
import java.time.LocalDate;

/** The IT integrator of DOMAIN.md, built with core's model builders, shared by the tests. */
final class ItIntegrator {
  static final Instant DELIVERED = Instant.parse("2026-03-02T10:15:00Z");

  private ItIntegrator() {}

  static Contract contract() {
    return Contract.builder().id("it-integrator").version(1).title("Hardware upgrade leads")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("MANUFACTURING", "LOGISTICS", "RETAIL", "BANKING").build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).unit("people").build(),
            Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).question("Do you plan a hardware upgrade this year?").build(),
            Field.builder().name("phone_invalid").kind(FieldKind.FLAG).build())
        .addCriteria(
            Criterion.builder().id("TA-IND").title("Target industry")
                .condition(new Condition.In("industry", java.util.List.of("MANUFACTURING", "LOGISTICS", "RETAIL"), false))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("TA-SIZE").title("Company size")
                .condition(new Condition.Between("employees", Value.of(50), Value.of(5000), true, true))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("Q-UPGRADE").title("Plans an upgrade")
                .condition(new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES)))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("DQ-PHONE").title("Phone number invalid")
                .condition(new Condition.Compare("phone_invalid", Operator.EQ, Value.of(true)))
                .role(Role.DISQUALIFIER).admitsLaterEvidence(true).build())
        .addTables(Table.builder().id("price").hitPolicy(HitPolicy.FIRST).complete(true)
            .addRows(
                Row.of("BIG", new Condition.Compare("employees", Operator.GE, Value.of(1000)), Money.of("800", "RUB")),
                Row.of("SMALL", new Condition.Known("employees", true), Money.of("500", "RUB")))
            .build())
        .addTables(Table.builder().id("tier").hitPolicy(HitPolicy.UNIQUE)
            .addRows(Row.of("HOT", new Condition.Compare("industry", Operator.EQ, Value.of("RETAIL")), Output.code("HOT")))
            .build())
        .terms(Terms.builder().priceTable("price").build())
        .build();
  }

  static Lead.Builder lead(String id) {
    return Lead.builder().id(id).deliveredAt(DELIVERED);
  }

  static Lead good() {
    return lead("L-1").fact("industry", "RETAIL").fact("employees", 120).fact("plans_upgrade", Answer.YES)
        .fact("phone_invalid", false).build();
  }
}
