package dev.leadspec.json;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A contract that uses every field kind, condition kind, operator, table kind, money and terms,
 * with sample leads that reach every outcome; the fixture of the round-trip and golden tests.
 */
final class RichContract {
  private RichContract() {}

  static Contract contract() {
    return Contract.builder()
        .id("it-integrator")
        .version(3)
        .title("Hardware upgrade leads — «ИТ-интегратор»")
        .language("ru")
        .effectiveFrom(LocalDate.of(2026, 3, 1))
        .zone(ZoneId.of("Europe/Moscow"))
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).label("Industry")
                .addCodes("MANUFACTURING", "LOGISTICS", "RETAIL", "BANKING").build(),
            Field.builder().name("brands").kind(FieldKind.CHOICES).label("Installed brands")
                .addCodes("HP", "DELL", "LENOVO").build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").unit("people").build(),
            Field.builder().name("budget").kind(FieldKind.DECIMAL).label("Budget").unit("RUB").build(),
            Field.builder().name("has_it_staff").kind(FieldKind.FLAG).build(),
            Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).label("Plans an upgrade")
                .question("Do you plan to upgrade your computers this year?").build(),
            Field.builder().name("decision_date").kind(FieldKind.DATE).label("Decision date").build(),
            Field.builder().name("phone_status").kind(FieldKind.TEXT).label("Phone status").build(),
            Field.builder().name("nps").kind(FieldKind.INTEGER).label("NPS score").build())
        .addCriteria(
            Criterion.builder().id("TA-IND").title("Target industry")
                .condition(new Condition.In("industry", List.of("MANUFACTURING", "LOGISTICS", "RETAIL"), false))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("TA-SIZE").title("Company size")
                .condition(new Condition.Between("employees", Value.of(50), Value.of(5000), true, true))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("TA-BUDGET").title("Budget over 1.5 million")
                .condition(new Condition.Between("budget", Value.of(new BigDecimal("1500000.00")), Value.of(new BigDecimal("1E+9")), false, true))
                .role(Role.REQUIRED).unknownAs(Status.MET).build(),
            Criterion.builder().id("Q-UPGRADE").title("Plans an upgrade")
                .condition(new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES)))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("BANT").title("Three of four signals")
                .condition(Condition.atLeast(3,
                    new Condition.Compare("has_it_staff", Operator.EQ, Value.of(true)),
                    new Condition.Compare("decision_date", Operator.LE, Value.of(LocalDate.of(2026, 12, 31))),
                    new Condition.Contains("brands", List.of("HP", "DELL"), false),
                    new Condition.Compare("budget", Operator.GE, Value.of(2_000_000))))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("DQ-BANK").title("Banks are served by another team")
                .condition(Condition.any(
                    new Condition.In("industry", List.of("BANKING"), false),
                    Condition.all(
                        new Condition.Contains("brands", List.of("HP", "DELL", "LENOVO"), true),
                        new Condition.Compare("employees", Operator.GT, Value.of(4000)))))
                .role(Role.DISQUALIFIER).build(),
            Criterion.builder().id("DQ-PHONE").title("Phone number invalid")
                .condition(new Condition.In("phone_status", List.of("INVALID", "DISCONNECTED"), false))
                .role(Role.DISQUALIFIER).admitsLaterEvidence(true).build(),
            Criterion.builder().id("Q-CONTACT").title("Contact known and reachable")
                .condition(Condition.all(
                    new Condition.Known("phone_status", true),
                    Condition.not(new Condition.Compare("phone_status", Operator.EQ, Value.of("BUSY"))),
                    new Condition.In("industry", List.of("LOGISTICS"), true),
                    new Condition.Known("nps", false),
                    new Condition.Compare("employees", Operator.NE, Value.of(13)),
                    new Condition.Compare("employees", Operator.LT, Value.of(9_007_199_254_740_993L)),
                    Condition.any(
                        new Condition.Compare("budget", Operator.GT, Value.of(new BigDecimal("0.5"))),
                        new Condition.Known("budget", false)),
                    new Condition.Compare("decision_date", Operator.GE, Value.of(LocalDate.of(2026, 1, 1))),
                    new Condition.Compare("brands", Operator.NE, Value.codes("LENOVO"))))
                .role(Role.REQUIRED).unknownAs(Status.NOT_MET).build())
        .addTables(
            Table.builder().id("tier").title("Lead tier").hitPolicy(HitPolicy.UNIQUE).complete(true)
                .addRows(
                    Row.of("SMALL", new Condition.Between("employees", Value.of(50), Value.of(500), true, false), Output.code("SMALL")),
                    Row.of("LARGE", new Condition.Between("employees", Value.of(500), Value.of(5000), true, true), Output.code("LARGE")))
                .build(),
            Table.builder().id("price").title("Price per lead").hitPolicy(HitPolicy.FIRST)
                .addRows(
                    Row.of("HOT", new Condition.Compare("decision_date", Operator.LT, Value.of(LocalDate.of(2026, 7, 1))), Money.of("800.00", "RUB")),
                    Row.of("WARM", new Condition.Known("decision_date", true), Money.of("550.5", "RUB")),
                    Row.of("ANY", new Condition.Known("employees", true), Money.of("250", "RUB")))
                .build())
        .terms(Terms.builder().priceTable("price").challengeWindow(Duration.ofDays(14)).build())
        .build();
  }

  /** A second, small contract with a fixed price, default language, zone and labels. */
  static Contract fixedPrice() {
    return Contract.builder()
        .id("nps-survey")
        .version(1)
        .title("NPS survey calls")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("score").kind(FieldKind.INTEGER).build())
        .addCriteria(Criterion.builder().id("S-1").title("Score given")
            .condition(new Condition.Known("score", true)).role(Role.REQUIRED).build())
        .addTables(Table.builder().id("nps").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(
                Row.of("DETRACTOR", new Condition.Between("score", Value.of(0), Value.of(6), true, true), Output.code("DETRACTOR")),
                Row.of("PASSIVE", new Condition.Between("score", Value.of(7), Value.of(8), true, true), Output.code("PASSIVE")),
                Row.of("PROMOTER", new Condition.Between("score", Value.of(9), Value.of(10), true, true), Output.code("PROMOTER")))
            .build())
        .terms(Terms.builder().price(Money.of("6.50", "RUB")).build())
        .build();
  }

  /** Leads that reach acceptance, each kind of rejection, unknowns, evidence and table outcomes. */
  static List<Lead> leads() {
    Instant day = Instant.parse("2026-03-10T09:00:00Z");
    return List.of(
        Lead.builder().id("L-001").deliveredAt(day)
            .fact("industry", "RETAIL").codes("brands", "HP", "DELL").fact("employees", 120)
            .fact("budget", new BigDecimal("2500000.00")).fact("has_it_staff", true).fact("plans_upgrade", Answer.YES)
            .fact("decision_date", LocalDate.of(2026, 5, 15)).fact("phone_status", "OK")
            .evidence("plans_upgrade", Evidence.of("rec-001.ogg", Instant.parse("2026-03-10T08:55:00Z")))
            .build(),
        Lead.builder().id("L-002").deliveredAt(day.plusSeconds(60))
            .fact("industry", "MANUFACTURING").codes("brands", "HP").fact("employees", 49)
            .fact("budget", new BigDecimal("1500000")).fact("has_it_staff", false).fact("plans_upgrade", Answer.NO)
            .fact("phone_status", "INVALID")
            .build(),
        Lead.builder().id("L-003").deliveredAt(day.plusSeconds(120))
            .fact("industry", "BANKING").fact("employees", 700)
            .build(),
        Lead.builder().id("L-004").deliveredAt(day.plusSeconds(180))
            .fact("industry", "MANUFACTURING").codes("brands", "DELL", "LENOVO").fact("employees", 500)
            .fact("has_it_staff", true).fact("plans_upgrade", Answer.YES)
            .fact("decision_date", LocalDate.of(2026, 9, 1)).fact("phone_status", "OK").fact("crm_note", "called twice")
            .build(),
        Lead.builder().id("L-005").deliveredAt(day.plusSeconds(240))
            .fact("industry", "RETAIL").codes("brands", "HP", "DELL", "LENOVO").fact("employees", 4500)
            .fact("budget", new BigDecimal("3000000")).fact("has_it_staff", true).fact("plans_upgrade", Answer.YES)
            .fact("decision_date", LocalDate.of(2026, 4, 1)).fact("phone_status", "OK")
            .build());
  }
}
