package dev.leadspec.eval;

import static dev.leadspec.eval.Fixture.contract;
import static dev.leadspec.eval.Fixture.lead;
import static dev.leadspec.eval.Fixture.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import org.junit.jupiter.api.Test;

class EvaluatorCompilationTest {
  private static final Contract CONTRACT =
      contract().addCriteria(required("TA-SIZE", new Condition.Compare("employees", Operator.GE, Value.of(50)))).build();

  @Test
  void an_evaluator_interprets_unless_asked_for_generated_code() {
    // given
    int asked = UnusableGenerator.asked;
    // when
    Evaluator evaluator = Evaluator.of(CONTRACT);
    // then
    assertThat(evaluator.compilation()).isEqualTo(Compilation.INTERPRETED);
    assertThat(UnusableGenerator.asked).isEqualTo(asked);
  }

  @Test
  void where_classes_cannot_be_generated_the_evaluator_interprets_and_says_so() {
    // given: core's tests find a generator that fails as it would in a native image
    int asked = UnusableGenerator.asked;
    Lead lead = lead().fact("employees", 49).build();
    // when
    Evaluator evaluator = Evaluator.of(CONTRACT, Compilation.GENERATED);
    // then
    assertThat(UnusableGenerator.asked).isEqualTo(asked + 1);
    assertThat(evaluator.compilation()).isEqualTo(Compilation.INTERPRETED);
    assertThat(evaluator).hasToString("Evaluator{" + CONTRACT.reference() + ", interpreted}");
    assertThat(evaluator.evaluate(lead)).isEqualTo(Evaluator.of(CONTRACT).evaluate(lead));
  }
}
