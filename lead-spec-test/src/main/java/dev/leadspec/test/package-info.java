/**
 * Testing support for contract authors: AssertJ assertions, contract-aware lead generators,
 * shrinking and ready-made properties under plain JUnit Jupiter.
 *
 * <p>Entry types: {@link dev.leadspec.test.LeadSpecAssertions} ({@code assertThat(verdict)},
 * {@code assertThat(contract)}), {@link dev.leadspec.test.Leads} (seeded, engine-neutral lead
 * generators and the shrinker), {@link dev.leadspec.test.LeadProperty} (a property over
 * generated leads that shrinks a failure and reports the seed that reproduces it),
 * {@link dev.leadspec.test.ContractProperties} (determinism, complete reasons, exactly-one
 * failing criterion, total tables) and {@link dev.leadspec.test.RandomContracts} (random
 * valid contracts for properties of lead-spec itself). Randomness only ever comes from an
 * explicit seed.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false))
package dev.leadspec.test;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
