package dev.leadspec.test.scenario;

import dev.leadspec.model.LeadSpecException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario file cannot be used: malformed JSON or CSV, an unknown property or column, a field
 * or criterion the contract does not declare, a fact of the wrong kind, a limit exceeded. Names
 * the file, the line, the scenario (when one was being read) and the property, so an author can
 * go straight to it. Raised before any scenario runs.
 *
 * <pre>{@code
 * // flagship.scenarios.json, line 14, scenario "too small", at facts.employes: field "employes" is not
 * // declared in it-integrator-hardware v1 (did you mean "employees"?)
 * catch (ScenarioException e) { report(e.source(), e.line(), e.property(), e.problem()); }
 * }</pre>
 */
public final class ScenarioException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final String source;
  /** The line, from 1; 0 when not known. */
  private final int line;
  /** The scenario's name, or null outside any scenario. */
  private final @Nullable String scenario;
  /** The property or column, or empty. */
  private final String property;
  /** What is wrong. */
  private final String problem;

  /**
   * An error in a scenario file.
   *
   * <pre>{@code
   * throw new ScenarioException("s.csv", 3, "too small", "expected_reasons", "status \"MEt\" is not MET, NOT_MET or UNKNOWN");
   * }</pre>
   *
   * @param source the file
   * @param line the line, from 1 (0 when unknown)
   * @param scenario the scenario's name, or null when the error is outside any scenario
   * @param property the property or column, such as {@code facts.employees}, or empty
   * @param problem what is wrong, as a lower-case fragment
   */
  public ScenarioException(String source, int line, @Nullable String scenario, String property, String problem) {
    super(message(source, line, scenario, property, problem));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.scenario = scenario;
    this.property = Objects.requireNonNull(property, "property");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String message(String source, int line, @Nullable String scenario, String property, String problem) {
    StringBuilder text = new StringBuilder(source.isEmpty() ? "scenarios" : source);
    if (line > 0) {
      text.append(", line ").append(line);
    }
    if (scenario != null) {
      text.append(", scenario \"").append(scenario).append('"');
    }
    if (!property.isEmpty()) {
      text.append(", at ").append(property);
    }
    return text.append(": ").append(problem).toString();
  }

  /**

   * The file.

   *

   * @return its name as given

   */
  public String source() {
    return source;
  }

  /**

   * The line, from 1; 0 when not known.

   *

   * @return the line

   */
  public int line() {
    return line;
  }

  /**

   * The scenario being read.

   *

   * @return its name, or empty outside any scenario

   */
  public Optional<String> scenario() {
    return Optional.ofNullable(scenario);
  }

  /**

   * The property or column: {@code facts.employees}, {@code expect.reasons.TA-SZE}.

   *

   * @return it, or empty

   */
  public String property() {
    return property;
  }

  /**

   * What is wrong, without the place.

   *

   * @return the problem

   */
  public String problem() {
    return problem;
  }
}
