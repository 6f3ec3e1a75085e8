package dev.leadspec.test.scenario;

import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One named example: a lead and the verdict its author expects for it, the outcome, the exact
 * reasons (criterion id and status), and optionally table outputs and the price. Read from a
 * scenario file by {@link ScenarioJson}, or built.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder()
 *     .name("49 employees is too small")
 *     .lead(Lead.builder().id("L-1").deliveredAt(contract.effectiveAt()).fact("employees", 49).build())
 *     .outcome(Outcome.REJECTED)
 *     .putReasons("TA-SIZE", Status.NOT_MET)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Scenario {
  Scenario() {}

  /**
   * Starts a scenario.
   *
   * <pre>{@code
   * Scenario.builder().name("...").lead(lead).outcome(Outcome.ACCEPTED).build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**

   * The scenario's name, unique in its file: what a failure is reported under.

   *

   * @return the name

   */
  public abstract String name();

  /**

   * The file the scenario was read from, or empty when it was built.

   *

   * @return the source

   */
  @Value.Default
  public String source() {
    return "";
  }

  /**

   * The line where the scenario starts in its file, or 0 when it was built.

   *

   * @return the line

   */
  @Value.Default
  public int line() {
    return 0;
  }

  /**

   * The example lead, its facts typed by the contract.

   *

   * @return the lead

   */
  public abstract Lead lead();

  /**

   * The expected outcome.

   *

   * @return ACCEPTED or REJECTED

   */
  public abstract Outcome outcome();

  /**
   * The exact expected reasons: every deciding criterion's id and status, and no other.
   *
   * @return criterion id to status, in the order written
   */
  public abstract Map<String, Status> reasons();

  /**
   * Expected table results by table id: an output code, an amount such as {@code 2500 RUB}, or
   * {@code NONE}, {@code NO_MATCH} or {@code CONFLICT}. Tables not named are not checked.
   *
   * @return table id to expected result
   */
  public abstract Map<String, String> tables();

  /**

   * The expected price, when the scenario checks it.

   *

   * @return the price

   */
  public abstract Optional<Money> price();

  /**

   * A free note: why the scenario exists.

   *

   * @return the note, or empty

   */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * Whether a person must still review the expectation: set on suggested scenarios, whose
   * expectations were copied from the evaluator.
   *
   * @return true when the expectation is unreviewed
   */
  @Value.Default
  public boolean review() {
    return false;
  }

  /**

   * Where the scenario is, for messages: {@code scenario "x" (file.json, line 12)}.

   *

   * @return the place

   */
  String place() {
    StringBuilder text = new StringBuilder("scenario \"").append(name()).append('"');
    if (!source().isEmpty() || line() > 0) {
      text.append(" (").append(source().isEmpty() ? "" : source()).append(source().isEmpty() || line() == 0 ? "" : ", ")
          .append(line() > 0 ? "line " + line() : "").append(')');
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return place() + ": " + outcome() + (reasons().isEmpty() ? "" : " " + ScenarioText.reasons(reasons()));
  }

  /** Builds a {@link Scenario}. */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }
}
