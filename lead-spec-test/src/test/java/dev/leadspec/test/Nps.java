package dev.leadspec.test;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import java.util.List;

/** The NPS classification of DOMAIN.md (detractors 0–6, passives 7–8, promoters 9–10), with room for mistakes. */
final class Nps {
  private Nps() {}

  /** The contract, with the passives' range as given: {@code passives(7, 8)} is right. */
  static Contract contract(long passivesFrom, long passivesTo) {
    return Contract.builder().id("nps-survey").version(1).title("NPS survey leads").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("MANUFACTURING", "LOGISTICS", "RETAIL").build(),
            Field.builder().name("score").kind(FieldKind.INTEGER).build(),
            Field.builder().name("city").kind(FieldKind.TEXT).build())
        .addCriteria(
            Criterion.builder().id("TA-IND").title("Target industry")
                .condition(new Condition.In("industry", List.of("LOGISTICS", "RETAIL"), false)).role(Role.REQUIRED).build(),
            Criterion.builder().id("NPS-SCORE").title("Score given")
                .condition(new Condition.Between("score", Value.of(0), Value.of(10), true, true)).role(Role.REQUIRED).build())
        .addTables(Table.builder().id("nps").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(
                Row.of("DETRACTOR", new Condition.Between("score", Value.of(0), Value.of(6), true, true), Output.code("DETRACTOR")),
                Row.of("PASSIVE", new Condition.Between("score", Value.of(passivesFrom), Value.of(passivesTo), true, true), Output.code("PASSIVE")),
                Row.of("PROMOTER", new Condition.Between("score", Value.of(9), Value.of(10), true, true), Output.code("PROMOTER")))
            .build())
        .build();
  }
}
