/**
 * Disputes: challenges against verdicts, ruled by the contract version that governed the lead,
 * and statements of what is owed.
 *
 * <p>Entry types: {@link dev.leadspec.dispute.Arbiter} (rules on a {@link dev.leadspec.dispute.Challenge}),
 * {@link dev.leadspec.dispute.Ruling} with its {@link dev.leadspec.dispute.Ground}, and
 * {@link dev.leadspec.dispute.Statement} over a batch.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class})
package dev.leadspec.dispute;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
