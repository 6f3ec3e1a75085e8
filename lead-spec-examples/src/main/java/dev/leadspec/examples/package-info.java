/**
 * Real contracts from the domain, written as a contract author would: the IT integrator's
 * hardware-upgrade leads ({@link dev.leadspec.examples.HardwareUpgradeContract}, the flagship),
 * a fleet-telematics brief ({@link dev.leadspec.examples.FleetTelematicsBrief}), NPS groups
 * ({@link dev.leadspec.examples.NpsSurvey}) and the guarantee deposit
 * ({@link dev.leadspec.examples.GuaranteeDeposit}). {@link dev.leadspec.examples.FlagshipReport}
 * is the main job.
 */
@NullMarked
package dev.leadspec.examples;

import org.jspecify.annotations.NullMarked;
