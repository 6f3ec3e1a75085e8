package dev.leadspec.eval;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import java.time.Instant;
import java.time.LocalDate;

/** Fields of every kind, and one-line contracts over them. */
final class Fixture {
  static final Instant DELIVERED = Instant.parse("2026-03-02T10:15:00Z");

  static final Field INDUSTRY = Field.builder().name("industry").kind(FieldKind.CHOICE)
      .addCodes("MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE").build();
  static final Field BRANDS = Field.builder().name("brands").kind(FieldKind.CHOICES)
      .addCodes("VOLVO", "SCANIA", "MAN", "KAMAZ").build();
  static final Field EMPLOYEES = Field.builder().name("employees").kind(FieldKind.INTEGER).build();
  static final Field SCORE = Field.builder().name("score").kind(FieldKind.DECIMAL).build();
  static final Field PHONE_VALID = Field.builder().name("phone_valid").kind(FieldKind.FLAG).build();
  static final Field PLANS = Field.builder().name("plans").kind(FieldKind.ANSWER).question("Upgrade within 12 months?").build();
  static final Field FOUNDED = Field.builder().name("founded").kind(FieldKind.DATE).build();
  static final Field CITY = Field.builder().name("city").kind(FieldKind.TEXT).build();

  private Fixture() {}

  static Contract.Builder contract() {
    return Contract.builder().id("fixture").version(1).title("Every kind").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(INDUSTRY, BRANDS, EMPLOYEES, SCORE, PHONE_VALID, PLANS, FOUNDED, CITY);
  }

  static Criterion required(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.REQUIRED).build();
  }

  static Criterion disqualifier(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.DISQUALIFIER).build();
  }

  static Lead.Builder lead() {
    return Lead.builder().id("L-1").deliveredAt(DELIVERED);
  }

  /** The three-valued status of one condition for one lead. */
  static Status status(Condition condition, Lead lead) {
    Contract contract = contract().addCriteria(required("C", condition)).build();
    return Evaluator.of(contract).evaluate(lead).results().get(0).status();
  }
}
