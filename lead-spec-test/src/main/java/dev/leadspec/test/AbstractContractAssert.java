package dev.leadspec.test;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.Finding;
import dev.leadspec.eval.Evaluator;
import java.util.List;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Self-typed base of the contract assertions: what a contract does to given leads. The contract
 * is compiled once per assertion; failure messages end with the verdict's explanation.
 *
 * <pre>{@code
 * assertThat(contract).accepts(bigRetailer);                 // passes
 * assertThat(contract).rejectsFor(smallRetailer, "TA-SIZE"); // fails if another criterion is a reason too
 * }</pre>
 *
 * @param <SELF> the concrete assertion type
 */
public abstract class AbstractContractAssert<SELF extends AbstractContractAssert<SELF>> extends AbstractAssert<SELF, Contract> {
  private @Nullable Evaluator evaluator;

  /**
   * Creates the assertion.
   *
   * <pre>{@code
   * class MyContractAssert extends AbstractContractAssert<MyContractAssert> {
   *   MyContractAssert(Contract c) { super(c, MyContractAssert.class); }
   * }
   * }</pre>
   *
   * @param actual the contract
   * @param selfType the concrete assertion class
   */
  protected AbstractContractAssert(Contract actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the contract accepts the lead.
   *
   * <pre>{@code
   * assertThat(contract).accepts(lead);
   * }</pre>
   *
   * @param lead the lead
   * @return this assertion
   */
  public SELF accepts(Lead lead) {
    evaluating(lead).isAccepted();
    return myself;
  }

  /**
   * Verifies that the contract rejects the lead, for whatever reasons.
   *
   * <pre>{@code
   * assertThat(contract).rejects(lead);
   * }</pre>
   *
   * @param lead the lead
   * @return this assertion
   */
  public SELF rejects(Lead lead) {
    evaluating(lead).isRejected();
    return myself;
  }

  /**
   * Verifies that the contract rejects the lead for exactly these criteria.
   *
   * <pre>{@code
   * assertThat(contract).rejectsFor(lead, "TA-SIZE");
   * }</pre>
   *
   * @param lead the lead
   * @param criterionIds the ids of every expected reason, at least one
   * @return this assertion
   */
  public SELF rejectsFor(Lead lead, String... criterionIds) {
    evaluating(lead).isRejectedFor(criterionIds);
    return myself;
  }

  /**
   * Evaluates the lead and continues with assertions on its verdict.
   *
   * <pre>{@code
   * assertThat(contract).evaluating(lead).isAccepted().hasOutput("tier", "HOT");
   * }</pre>
   *
   * @param lead the lead
   * @return assertions on the verdict
   */
  public VerdictAssert evaluating(Lead lead) {
    return new VerdictAssert(verdict(lead));
  }

  private Verdict verdict(Lead lead) {
    isNotNull();
    Objects.requireNonNull(lead, "lead");
    Evaluator compiled = evaluator;
    if (compiled == null) {
      compiled = Evaluator.of(actual);
      evaluator = compiled;
    }
    return compiled.evaluate(lead);
  }
  /**
   * Verifies, by exact analysis over every possible lead, that every accepted lead matches a row
   * of each complete table. The failure lists each gap with an example lead.
   *
   * <pre>{@code
   * assertThat(NpsSurvey.INTEGER_SCORE).hasNoGaps();          // passes
   * assertThat(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).hasNoGaps(); // fails: score 6.5 matches no row
   * }</pre>
   *
   * @return this assertion
   */
  public SELF hasNoGaps() {
    return hasNo(Finding.Code.TABLE_GAP, "have no gaps in its complete tables");
  }

  /**
   * Verifies, by exact analysis, that no lead matches two rows of a UNIQUE table. The failure
   * lists each overlap with its rows and an example lead.
   *
   * <pre>{@code
   * assertThat(contract).hasNoOverlaps();
   * }</pre>
   *
   * @return this assertion
   */
  public SELF hasNoOverlaps() {
    return hasNo(Finding.Code.TABLE_OVERLAP, "have no overlapping rows in its unique tables");
  }

  /**
   * Verifies, by exact analysis, that at least one lead can be accepted. The failure names the
   * criteria that cannot hold together.
   *
   * <pre>{@code
   * assertThat(contract).isSatisfiable();
   * }</pre>
   *
   * @return this assertion
   */
  public SELF isSatisfiable() {
    return hasNo(Finding.Code.UNSATISFIABLE, "accept at least one lead");
  }

  private SELF hasNo(Finding.Code code, String property) {
    isNotNull();
    ContractAnalysis analysis = ContractAnalysis.of(actual);
    List<Finding> found = analysis.findings(code);
    if (!found.isEmpty() || !analysis.isComplete()) {
      throwAssertionError(ShouldHaveNoFindings.shouldHaveNoFindings(actual, property, found, analysis));
    }
    return myself;
  }
}
