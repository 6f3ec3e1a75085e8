package dev.leadspec.examples;

import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.decimal;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.require;
import static dev.leadspec.dsl.LeadSpec.uniqueTable;

import dev.leadspec.dsl.DecimalField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.model.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Net Promoter Score groups from seed 002: detractors 0–6, passives 7–8, promoters 9–10, a
 * classification that must cover every score exactly once. Over an integer score it does; over
 * a decimal score the same rows leave a gap (6.5 is in no group), the mistake a careless author
 * would ship, and the verdict says {@code NO_MATCH} instead of guessing.
 *
 * <pre>{@code
 * Evaluator.of(NpsSurvey.INTEGER_SCORE).evaluate(lead).table("nps"); // Optional[nps = PROMOTER (row PROMOTER)]
 * }</pre>
 */
public final class NpsSurvey {
  /** The score as a whole number. */
  public static final IntegerField SCORE = integer("score").label("Likelihood to recommend").unit("points");
  /** The same score, carelessly declared as a decimal. */
  public static final DecimalField DECIMAL_SCORE = decimal("score").label("Likelihood to recommend").unit("points");

  /** NPS groups over an integer score: total and without overlap. */
  public static final Contract INTEGER_SCORE = contract("nps-survey")
      .title("NPS groups")
      .effectiveFrom(LocalDate.of(2026, 1, 1))
      .fields(SCORE)
      .criteria(require("SCORE", "Score from 0 to 10", SCORE.between(0, 10)))
      .tables(uniqueTable("nps").title("NPS group").complete()
          .row("DETRACTOR", SCORE.between(0, 6), "DETRACTOR")
          .row("PASSIVE", SCORE.between(7, 8), "PASSIVE")
          .row("PROMOTER", SCORE.between(9, 10), "PROMOTER"))
      .build();

  /** The same groups over a decimal score: 6 &lt; score &lt; 7 and 8 &lt; score &lt; 9 match no row. */
  public static final Contract DECIMAL_SCORE_WITH_GAPS = contract("nps-survey-decimal")
      .title("NPS groups over a decimal score")
      .effectiveFrom(LocalDate.of(2026, 1, 1))
      .fields(DECIMAL_SCORE)
      .criteria(require("SCORE", "Score from 0 to 10", DECIMAL_SCORE.between(BigDecimal.ZERO, BigDecimal.TEN)))
      .tables(uniqueTable("nps").title("NPS group").complete()
          .row("DETRACTOR", DECIMAL_SCORE.between(BigDecimal.ZERO, BigDecimal.valueOf(6)), "DETRACTOR")
          .row("PASSIVE", DECIMAL_SCORE.between(BigDecimal.valueOf(7), BigDecimal.valueOf(8)), "PASSIVE")
          .row("PROMOTER", DECIMAL_SCORE.between(BigDecimal.valueOf(9), BigDecimal.TEN), "PROMOTER"))
      .build();

  private NpsSurvey() {}
}
