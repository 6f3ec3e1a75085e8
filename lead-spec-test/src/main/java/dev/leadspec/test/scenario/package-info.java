/**
 * Scenario files: example leads with the verdicts their authors expect, run without writing Java,
 * with a report of what they never exercised.
 *
 * <p>Entry types: {@link dev.leadspec.test.scenario.ScenarioJson} reads and writes scenario
 * documents ({@code lead-spec.scenarios/1}, JSON Schema {@code scenario.schema.json} beside it);
 * {@link dev.leadspec.test.scenario.ScenarioRunner} checks scenarios against a contract or a
 * contract history and runs them into a {@link dev.leadspec.test.scenario.ScenarioReport} with
 * its {@link dev.leadspec.test.scenario.Coverage}; {@link dev.leadspec.test.scenario.ScenarioSuggestions}
 * proposes scenarios for what is not yet covered. This package uses neither JUnit nor AssertJ:
 * the command line runs it without them ({@link dev.leadspec.test.Scenarios} is the JUnit side).
 */
@NullMarked
@ValueStyle
package dev.leadspec.test.scenario;

import dev.leadspec.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
