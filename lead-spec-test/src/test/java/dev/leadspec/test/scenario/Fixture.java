package dev.leadspec.test.scenario;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A small IT-integrator contract and scenario documents for it, shared by the tests. */
final class Fixture {
  private Fixture() {}

  static Contract contract(long minEmployees, int version, LocalDate from) {
    return Contract.builder().id("it-integrator").version(version).title("Hardware upgrade leads").effectiveFrom(from)
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("MANUFACTURING", "RETAIL", "BANKING").build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).unit("people").build(),
            Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).question("Do you plan an upgrade?").build(),
            Field.builder().name("duplicate").kind(FieldKind.FLAG).build())
        .addCriteria(
            Criterion.builder().id("TA-IND").title("Target industry")
                .condition(new Condition.In("industry", List.of("MANUFACTURING", "RETAIL"), false)).role(Role.REQUIRED).build(),
            Criterion.builder().id("TA-SIZE").title("Company size")
                .condition(new Condition.Between("employees", Value.of(minEmployees), Value.of(5000), true, true))
                .role(Role.REQUIRED).build(),
            Criterion.builder().id("Q-UPGRADE").title("Plans an upgrade")
                .condition(new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))).role(Role.REQUIRED).build(),
            Criterion.builder().id("DQ-DUP").title("Duplicate")
                .condition(new Condition.Compare("duplicate", Operator.EQ, Value.of(true))).role(Role.DISQUALIFIER).build())
        .addTables(Table.builder().id("price").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(
                Row.of("SMB", new Condition.Between("employees", Value.of(minEmployees), Value.of(499), true, true),
                    Money.of("2500", "RUB")),
                Row.of("ENTERPRISE", new Condition.Compare("employees", Operator.GE, Value.of(500)), Money.of("4000", "RUB")))
            .build())
        .terms(Terms.builder().priceTable("price").build())
        .build();
  }

  static Contract contract() {
    return contract(50, 1, LocalDate.of(2026, 3, 1));
  }

  static byte[] document(String scenarios) {
    return ("{\n  \"format\": \"lead-spec.scenarios/1\",\n  \"scenarios\": [\n" + scenarios + "\n  ]\n}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static final String ACCEPTED = "    {\"name\": \"a retailer of 120 planning an upgrade is accepted\",\n"
      + "     \"facts\": {\"industry\": \"RETAIL\", \"employees\": 120, \"plans_upgrade\": \"YES\", \"duplicate\": false},\n"
      + "     \"expect\": {\"outcome\": \"ACCEPTED\",\n"
      + "                \"reasons\": {\"TA-IND\": \"MET\", \"TA-SIZE\": \"MET\", \"Q-UPGRADE\": \"MET\"},\n"
      + "                \"tables\": {\"price\": \"2500 RUB\"}, \"price\": \"2500 RUB\"}}";

  static final String TOO_SMALL = "    {\"name\": \"49 employees is too small\",\n"
      + "     \"facts\": {\"industry\": \"RETAIL\", \"employees\": 49, \"plans_upgrade\": \"YES\"},\n"
      + "     \"expect\": {\"outcome\": \"REJECTED\", \"reasons\": {\"TA-SIZE\": \"NOT_MET\"}}}";
}
