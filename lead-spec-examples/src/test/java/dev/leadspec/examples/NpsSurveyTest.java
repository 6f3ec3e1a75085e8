package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Output;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsSurveyTest {

  private static Lead score(Object score) {
    Lead.Builder lead = Lead.builder().id("R-" + score).deliveredAt(Instant.parse("2026-01-15T12:00:00Z"));
    return (score instanceof BigDecimal decimal ? lead.fact("score", decimal) : lead.fact("score", (Integer) score)).build();
  }

  @ParameterizedTest(name = "score {0} is a {1}")
  @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"})
  void each_integer_score_falls_into_its_group(int value, String group) {
    TableResult nps = Evaluator.of(NpsSurvey.INTEGER_SCORE).evaluate(score(value)).table("nps").orElseThrow();
    assertThat(nps.output()).contains(Output.code(group));
  }

  @Test
  void every_integer_score_from_0_to_10_gets_exactly_one_group() {
    Evaluator evaluator = Evaluator.of(NpsSurvey.INTEGER_SCORE);
    for (int value = -1; value <= 11; value++) {
      Verdict verdict = evaluator.evaluate(score(value));
      if (value < 0 || value > 10) {
        assertThat(verdict.isAccepted()).as("score %s", value).isFalse();
      } else {
        assertThat(verdict.table("nps").orElseThrow().status()).as("score %s", value).isEqualTo(TableResult.RowMatch.MATCHED);
      }
    }
  }

  @Test
  void a_decimal_score_for_an_integer_field_is_an_input_error() {
    assertThatThrownBy(() -> Evaluator.of(NpsSurvey.INTEGER_SCORE).evaluate(score(new BigDecimal("6.5"))))
        .isInstanceOf(LeadInputException.class)
        .hasMessage("lead R-6.5: field \"score\" expects an integer, but was given a decimal 6.5");
  }

  @Test
  void over_a_decimal_score_6_5_falls_into_the_gap_and_the_verdict_says_no_match() {
    Verdict verdict = Evaluator.of(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).evaluate(score(new BigDecimal("6.5")));
    assertThat(verdict.isAccepted()).isTrue();
    TableResult nps = verdict.table("nps").orElseThrow();
    assertThat(nps.status()).isEqualTo(TableResult.RowMatch.NO_MATCH);
    assertThat(nps.output()).isEmpty();
    assertThat(Evaluator.of(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).evaluate(score(new BigDecimal("7.0"))).table("nps").orElseThrow().output())
        .contains(Output.code("PASSIVE"));
  }
}
