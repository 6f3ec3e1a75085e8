/**
 * Disputes: challenges against verdicts, ruled by the contract version that governed the lead,
 * and statements of what is owed.
 *
 * <p>Entry types: {@link dev.leadspec.dispute.Arbiter} (rules on a {@link dev.leadspec.dispute.Challenge}),
 * {@link dev.leadspec.dispute.Ruling} with its {@link dev.leadspec.dispute.Ground}, and
 * {@link dev.leadspec.dispute.Statement} over a batch.
 */
@NullMarked
@ValueStyle
package dev.leadspec.dispute;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
