package dev.leadspec.test;

import dev.leadspec.eval.Verdict;

/**
 * Assertions on a {@link Verdict}; start them with {@link LeadSpecAssertions#assertThat(Verdict)}.
 *
 * <pre>{@code
 * assertThat(verdict).isRejectedFor("TA-SIZE", "Q-UPGRADE");
 * }</pre>
 */
public final class VerdictAssert extends AbstractVerdictAssert<VerdictAssert> {
  VerdictAssert(Verdict actual) {
    super(actual, VerdictAssert.class);
  }
}
