package dev.leadspec.test;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Output;
import dev.leadspec.model.Status;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Self-typed base of the verdict assertions, for extension as AssertJ's own abstract asserts
 * are. Every failure message ends with the verdict's explanation, so the author sees why without
 * a debugger.
 *
 * <pre>{@code
 * assertThat(verdict).isRejectedFor("TA-SIZE");   // passes for a lead rejected only for TA-SIZE
 * assertThat(verdict).isAccepted();               // fails: "Expecting lead L-1 under ... to be ACCEPTED, but it was REJECTED for [TA-SIZE]. explanation: ..."
 * }</pre>
 *
 * @param <SELF> the concrete assertion type
 */
public abstract class AbstractVerdictAssert<SELF extends AbstractVerdictAssert<SELF>> extends AbstractAssert<SELF, Verdict> {

  /**
   * Creates the assertion.
   *
   * <pre>{@code
   * class MyVerdictAssert extends AbstractVerdictAssert<MyVerdictAssert> {
   *   MyVerdictAssert(Verdict v) { super(v, MyVerdictAssert.class); }
   * }
   * }</pre>
   *
   * @param actual the verdict
   * @param selfType the concrete assertion class
   */
  protected AbstractVerdictAssert(Verdict actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the lead was accepted.
   *
   * <pre>{@code
   * assertThat(verdict).isAccepted();
   * }</pre>
   *
   * @return this assertion
   */
  public SELF isAccepted() {
    isNotNull();
    if (!actual.isAccepted()) {
      throwAssertionError(ShouldBeAccepted.shouldBeAccepted(actual));
    }
    return myself;
  }

  /**
   * Verifies that the lead was rejected, for whatever reasons.
   *
   * <pre>{@code
   * assertThat(verdict).isRejected();
   * }</pre>
   *
   * @return this assertion
   */
  public SELF isRejected() {
    isNotNull();
    if (actual.isAccepted()) {
      throwAssertionError(ShouldBeRejected.shouldBeRejected(actual));
    }
    return myself;
  }

  /**
   * Verifies that the lead was rejected for exactly these criteria: each is a reason and no
   * other criterion is (in any order).
   *
   * <pre>{@code
   * assertThat(verdict).isRejectedFor("TA-SIZE", "Q-UPGRADE");
   * }</pre>
   *
   * @param criterionIds the ids of every expected reason, at least one
   * @return this assertion
   * @throws IllegalArgumentException if no id is given
   */
  public SELF isRejectedFor(String... criterionIds) {
    isNotNull();
    List<String> expected = List.of(criterionIds);
    if (expected.isEmpty()) {
      throw new IllegalArgumentException("isRejectedFor needs at least one criterion id");
    }
    for (String id : expected) {
      declared(id);
    }
    List<String> reasons = VerdictMessages.reasonIds(actual);
    boolean same = reasons.size() == expected.size() && reasons.containsAll(expected) && expected.containsAll(reasons);
    if (actual.isAccepted() || !same) {
      throwAssertionError(ShouldBeRejectedFor.shouldBeRejectedFor(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that a criterion is among the verdict's reasons (others may be too).
   *
   * <pre>{@code
   * assertThat(verdict).hasReason("TA-SIZE");
   * }</pre>
   *
   * @param criterionId the criterion's id
   * @return this assertion
   */
  public SELF hasReason(String criterionId) {
    isNotNull();
    declared(criterionId);
    if (!VerdictMessages.reasonIds(actual).contains(criterionId)) {
      throwAssertionError(ShouldHaveReason.shouldHaveReason(actual, criterionId));
    }
    return myself;
  }

  /**
   * Verifies that a criterion's condition came out UNKNOWN: a fact it reads was missing.
   *
   * <pre>{@code
   * assertThat(verdict).isRejectedFor("Q-UPGRADE").hasUnknown("Q-UPGRADE");
   * }</pre>
   *
   * @param criterionId the criterion's id
   * @return this assertion
   */
  public SELF hasUnknown(String criterionId) {
    return hasStatus(criterionId, Status.UNKNOWN);
  }

  /**
   * Verifies a criterion's three-valued status (before its unknown policy applies).
   *
   * <pre>{@code
   * assertThat(verdict).hasStatus("DQ-PHONE", Status.NOT_MET);
   * }</pre>
   *
   * @param criterionId the criterion's id
   * @param expected MET, NOT_MET or UNKNOWN
   * @return this assertion
   */
  public SELF hasStatus(String criterionId, Status expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    CriterionResult result = declared(criterionId);
    if (result.status() != expected) {
      throwAssertionError(ShouldHaveStatus.shouldHaveStatus(actual, criterionId, expected, result.status()));
    }
    return myself;
  }

  /**
   * Verifies that a table gave this code for the (accepted) lead.
   *
   * <pre>{@code
   * assertThat(verdict).hasOutput("tier", "HOT");
   * }</pre>
   *
   * @param tableId the table's id
   * @param code the expected output code
   * @return this assertion
   */
  public SELF hasOutput(String tableId, String code) {
    return hasOutput(tableId, Output.code(code));
  }

  /**
   * Verifies that a table gave this output, a code or an amount of money, for the (accepted)
   * lead.
   *
   * <pre>{@code
   * assertThat(verdict).hasOutput("price", Money.of("800", "RUB"));
   * }</pre>
   *
   * @param tableId the table's id
   * @param expected the expected output
   * @return this assertion
   */
  public SELF hasOutput(String tableId, Output expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    Optional<TableResult> result = actual.table(tableId);
    if (result.isEmpty() || !result.get().output().equals(Optional.of(expected))) {
      throwAssertionError(ShouldHaveOutput.shouldHaveOutput(actual, tableId, expected));
    }
    return myself;
  }

  /**
   * Verifies how a table came out for the (accepted) lead: MATCHED, NONE, NO_MATCH or CONFLICT.
   *
   * <pre>{@code
   * assertThat(verdict).hasTableStatus("nps", TableResult.RowMatch.MATCHED);
   * }</pre>
   *
   * @param tableId the table's id
   * @param expected the expected status
   * @return this assertion
   */
  public SELF hasTableStatus(String tableId, TableResult.RowMatch expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    Optional<TableResult> result = actual.table(tableId);
    if (result.isEmpty() || result.get().status() != expected) {
      throwAssertionError(ShouldHaveTableStatus.shouldHaveTableStatus(actual, tableId, expected));
    }
    return myself;
  }

  private CriterionResult declared(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    Optional<CriterionResult> result = actual.result(criterionId);
    if (result.isEmpty()) {
      throwAssertionError(ShouldHaveCriterion.shouldHaveCriterion(actual, criterionId));
    }
    return result.orElseThrow();
  }
}
