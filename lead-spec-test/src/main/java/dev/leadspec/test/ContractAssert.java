package dev.leadspec.test;

import dev.leadspec.model.Contract;

/**
 * Assertions on a {@link Contract}; start them with {@link LeadSpecAssertions#assertThat(Contract)}.
 *
 * <pre>{@code
 * assertThat(contract).accepts(bigRetailer).rejectsFor(smallRetailer, "TA-SIZE");
 * }</pre>
 */
public final class ContractAssert extends AbstractContractAssert<ContractAssert> {
  ContractAssert(Contract actual) {
    super(actual, ContractAssert.class);
  }
}
