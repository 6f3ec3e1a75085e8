package dev.leadspec.analysis;

import static dev.leadspec.analysis.Contracts.compare;
import static dev.leadspec.analysis.Contracts.contract;
import static dev.leadspec.analysis.Contracts.decimal;
import static dev.leadspec.analysis.Contracts.integer;
import static dev.leadspec.analysis.Contracts.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.internal.Kleene;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compiled condition's single status on a box is the evaluator's status for the leads of the
 * box, for every kind of field and every way of combining conditions.
 */
class BoxConditionTest {
  private static final Field INDUSTRY = Field.builder().name("industry").kind(FieldKind.CHOICE)
      .addCodes("RETAIL", "LOGISTICS", "BANKING").build();
  private static final Field BRANDS = Field.builder().name("brands").kind(FieldKind.CHOICES)
      .addCodes("VOLVO", "SCANIA", "MAN").build();
  private static final Field CUSTOMER = Field.builder().name("customer").kind(FieldKind.FLAG).build();
  private static final Field UPGRADE = Field.builder().name("upgrade").kind(FieldKind.ANSWER).build();
  private static final Field SINCE = Field.builder().name("since").kind(FieldKind.DATE).build();
  private static final Field SOURCE = Field.builder().name("source").kind(FieldKind.TEXT).build();

  @Test
  void every_box_the_explorer_decides_gets_the_evaluators_status_for_its_example_lead() {
    for (Condition condition : conditions()) {
      // given
      Contract contract = contract("box-conditions", 1)
          .addFields(integer("employees"), decimal("score"), INDUSTRY, BRANDS, CUSTOMER, UPGRADE, SINCE, SOURCE)
          .addCriteria(required("C", condition)).build();
      Space space = Space.of(List.of(contract));
      BoxCondition compiled = new BoxConditionCompiler(space, contract).compile(condition);
      ExampleLeads leads = new ExampleLeads(space);
      Evaluator evaluator = Evaluator.of(contract);
      List<String> wrong = new ArrayList<>();
      int[] boxes = {0};

      // when
      Question<Integer> status = box -> {
        int set = compiled.eval(box);
        return Kleene.isSingle(set) ? BoxAnswer.decided(Kleene.codeOf(set)) : BoxAnswer.split(compiled);
      };
      Explorer.End end = new Explorer(100_000).explore(space.full(), status, (box, code) -> {
        boxes[0]++;
        Lead lead = leads.lead(box, "example", contract.effectiveAt());
        Status expected = status(evaluator.evaluate(lead));
        if (expected != Status.values()[code]) {
          wrong.add(lead.facts() + ": " + Status.values()[code] + " instead of " + expected);
        }
        return true;
      });

      // then
      assertThat(end).as("%s", condition).isEqualTo(Explorer.End.DONE);
      assertThat(boxes[0]).as("%s", condition).isGreaterThan(1);
      assertThat(wrong).as("%s", condition).isEmpty();
    }
  }

  @Test
  void a_threshold_over_parts_on_one_field_may_hold_a_status_no_lead_gives_until_the_box_is_split() {
    // given: employees < 10 and employees >= 50 is never met, but each part alone can be
    Condition impossible = Condition.all(compare("employees", Operator.LT, 10), compare("employees", Operator.GE, 50));
    Contract contract = contract("impossible", 1).addFields(integer("employees")).addCriteria(required("C", impossible)).build();
    Space space = Space.of(List.of(contract));
    BoxCondition compiled = new BoxConditionCompiler(space, contract).compile(impossible);

    // when
    int onEveryLead = compiled.eval(space.full());
    Box[] parts = compiled.split(space.full());

    // then
    assertThat(onEveryLead & BoxCondition.MET).isNotZero();
    for (Box part : parts) {
      assertThat(compiled.eval(part) & BoxCondition.MET).as("%s", part).isZero();
    }
  }

  private static List<Condition> conditions() {
    Condition small = compare("employees", Operator.LT, 50);
    Condition scored = new Condition.Between("score", Value.of(new BigDecimal("6.5")), Value.of(7), false, true);
    Condition retail = new Condition.In("industry", List.of("RETAIL", "LOGISTICS"), false);
    Condition volvo = new Condition.Contains("brands", List.of("VOLVO", "MAN"), true);
    Condition onlyScania = new Condition.Compare("brands", Operator.NE, Value.codes("SCANIA"));
    Condition customer = new Condition.Compare("customer", Operator.EQ, Value.of(true));
    Condition upgrade = new Condition.Compare("upgrade", Operator.NE, Value.of(Answer.NO));
    Condition recent = new Condition.Compare("since", Operator.GT, Value.of(LocalDate.of(2025, 6, 30)));
    Condition web = new Condition.In("source", List.of("web", "fair"), true);
    return List.of(
        Condition.all(small, scored, Condition.not(customer)),
        Condition.any(retail, volvo, new Condition.Known("employees", false)),
        Condition.atLeast(2, upgrade, recent, web, onlyScania),
        Condition.not(Condition.atLeast(3, small, Condition.any(scored, customer), retail, Condition.not(volvo))),
        Condition.any(Condition.all(small, compare("employees", Operator.GE, 10)), Condition.all(recent, upgrade)));
  }

  private static Status status(Verdict verdict) {
    return verdict.isAccepted() ? Status.MET : verdict.reasons().get(0).status();
  }
}
