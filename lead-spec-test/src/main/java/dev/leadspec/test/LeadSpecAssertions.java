package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;

/**
 * The entry point for lead-spec assertions, meant for {@code import static}, as AssertJ's
 * {@code Assertions} is.
 *
 * <pre>{@code
 * import static dev.leadspec.test.LeadSpecAssertions.assertThat;
 *
 * assertThat(evaluator.evaluate(lead)).isRejectedFor("TA-SIZE");
 * assertThat(contract).accepts(lead);
 * }</pre>
 */
public final class LeadSpecAssertions {
  private LeadSpecAssertions() {}

  /**
   * Starts assertions on a verdict.
   *
   * <pre>{@code
   * assertThat(verdict).isAccepted().hasOutput("tier", "HOT");
   * }</pre>
   *
   * @param actual the verdict
   * @return the assertions
   */
  public static VerdictAssert assertThat(Verdict actual) {
    return new VerdictAssert(actual);
  }

  /**
   * Starts assertions on a contract: what it does to given leads.
   *
   * <pre>{@code
   * assertThat(contract).rejectsFor(smallCompany, "TA-SIZE");
   * }</pre>
   *
   * @param actual the contract
   * @return the assertions
   */
  public static ContractAssert assertThat(Contract actual) {
    return new ContractAssert(actual);
  }
}
