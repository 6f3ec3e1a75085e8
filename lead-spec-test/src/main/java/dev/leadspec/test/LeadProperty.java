package dev.leadspec.test;

import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.jspecify.annotations.Nullable;

/**
 * A property over generated leads, run under plain JUnit Jupiter: given examples first, then
 * {@code tries} leads drawn from a seeded generator. When a lead fails, it is shrunk to a minimal
 * failing lead and reported with the seed that reproduces the run. Immutable: every call returns
 * a new property, safe to keep and reuse.
 *
 * <p>The seed is {@link #DEFAULT_SEED} unless set; the system property {@code leadspec.seed}
 * overrides it (to rerun a reported failure, or to explore other seeds) and {@code leadspec.tries}
 * overrides the number of tries.
 *
 * <pre>{@code
 * @Test
 * void every_accepted_lead_has_a_price() {
 *   Leads leads = Leads.of(contract);
 *   LeadProperty.forAll(leads.accepted()).named("accepted leads are priced").tries(500)
 *       .check(lead -> assertThat(evaluator.evaluate(lead).price()).isPresent());
 * }
 * }</pre>
 */
public final class LeadProperty {
  /** The seed used unless one is set or given as {@code -Dleadspec.seed}: fixed, so CI runs are repeatable. */
  public static final long DEFAULT_SEED = 20261124L;
  /** The number of generated leads unless set or given as {@code -Dleadspec.tries}. */
  public static final int DEFAULT_TRIES = 200;
  /** The system property that overrides the seed: {@code -Dleadspec.seed=20261124}. */
  public static final String SEED_PROPERTY = "leadspec.seed";
  /** The system property that overrides the number of tries: {@code -Dleadspec.tries=10000}. */
  public static final String TRIES_PROPERTY = "leadspec.tries";

  private final String name;
  private final LeadGenerator generator;
  private final List<Lead> examples;
  private final long seed;
  private final int tries;

  private LeadProperty(String name, LeadGenerator generator, List<Lead> examples, long seed, int tries) {
    this.name = name;
    this.generator = generator;
    this.examples = examples;
    this.seed = seed;
    this.tries = tries;
  }

  /**
   * A property over leads from a generator.
   *
   * <pre>{@code
   * LeadProperty.forAll(Leads.of(contract).random()).check(lead -> evaluator.evaluate(lead));
   * }</pre>
   *
   * @param generator where the leads come from (its shrink candidates are used on failure)
   * @return the property, named {@code property}, with the default seed and tries
   */
  public static LeadProperty forAll(LeadGenerator generator) {
    return new LeadProperty("property", Objects.requireNonNull(generator, "generator"), List.of(), DEFAULT_SEED, DEFAULT_TRIES);
  }

  /**
   * The same property under a name that failure messages and dynamic tests show.
   *
   * <pre>{@code
   * property.named("big companies are accepted");
   * }</pre>
   *
   * @param name the name
   * @return the named property
   */
  public LeadProperty named(String name) {
    return new LeadProperty(Objects.requireNonNull(name, "name"), generator, examples, seed, tries);
  }

  /**
   * The same property with another seed ({@code -Dleadspec.seed} still overrides it).
   *
   * <pre>{@code
   * property.seed(42L);
   * }</pre>
   *
   * @param seed the seed
   * @return the property
   */
  public LeadProperty seed(long seed) {
    return new LeadProperty(name, generator, examples, seed, tries);
  }

  /**
   * The same property over another number of generated leads ({@code -Dleadspec.tries} still
   * overrides it).
   *
   * <pre>{@code
   * property.tries(1000);
   * }</pre>
   *
   * @param tries how many leads to generate, zero or more
   * @return the property
   * @throws IllegalArgumentException if {@code tries} is negative
   */
  public LeadProperty tries(int tries) {
    if (tries < 0) {
      throw new IllegalArgumentException("tries " + tries + " is negative");
    }
    return new LeadProperty(name, generator, examples, seed, tries);
  }

  /**
   * The same property, checking these leads first (the covering leads, say) before the
   * generated ones.
   *
   * <pre>{@code
   * property.examples(leads.covering());
   * }</pre>
   *
   * @param leads the leads to check first
   * @return the property
   */
  public LeadProperty examples(List<Lead> leads) {
    return new LeadProperty(name, generator, List.copyOf(leads), seed, tries);
  }

  /**
   * The seed in force: {@code -Dleadspec.seed} if given, else the one set.
   *
   * <pre>{@code
   * LeadProperty.forAll(generator).seed(42L).effectiveSeed(); // 42, or the -Dleadspec.seed given
   * }</pre>
   *
   * @return the seed
   * @throws IllegalArgumentException if the system property is not a long
   */
  public long effectiveSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return seed;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + SEED_PROPERTY + " \"" + value + "\" is not a long", e);
    }
  }

  /**
   * The number of tries in force: {@code -Dleadspec.tries} if given, else the one set.
   *
   * <pre>{@code
   * LeadProperty.forAll(generator).tries(500).effectiveTries(); // 500, or the -Dleadspec.tries given
   * }</pre>
   *
   * @return the tries
   * @throws IllegalArgumentException if the system property is not an int
   */
  public int effectiveTries() {
    String value = System.getProperty(TRIES_PROPERTY);
    if (value == null || value.isBlank()) {
      return tries;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + TRIES_PROPERTY + " \"" + value + "\" is not an int", e);
    }
  }

  /**
   * Checks the property on every example and every generated lead; on the first failure shrinks
   * the lead and throws.
   *
   * <pre>{@code
   * property.check(lead -> assertThat(contract).evaluating(lead).isAccepted());
   * }</pre>
   *
   * @param property assertions about one lead; it fails by throwing
   * @throws AssertionError naming the property, the seed, the shrunk and the original lead, with
   *     the shrunk lead's failure as its cause
   */
  public void check(Consumer<Lead> property) {
    Objects.requireNonNull(property, "property");
    for (Trial trial : trials()) {
      Throwable failure = failure(property, trial.lead);
      if (failure != null) {
        throw report(property, trial, failure);
      }
    }
  }

  /**
   * One dynamic test per example and generated lead, for a {@code @TestFactory}; a failing one
   * reports its shrunk lead and the seed, as {@link #check(Consumer)} does.
   *
   * <pre>{@code
   * @TestFactory
   * Stream<DynamicTest> big_companies_are_accepted() {
   *   return LeadProperty.forAll(leads.random()).named("big companies are accepted").tries(50)
   *       .dynamicTests(lead -> ...);
   * }
   * }</pre>
   *
   * @param property assertions about one lead; it fails by throwing
   * @return the dynamic tests, named after the property and the lead
   */
  public Stream<DynamicTest> dynamicTests(Consumer<Lead> property) {
    Objects.requireNonNull(property, "property");
    List<DynamicTest> tests = new ArrayList<>();
    for (Trial trial : trials()) {
      tests.add(DynamicTest.dynamicTest(name + " " + trial.label + ": " + describe(trial.lead), () -> {
        Throwable failure = failure(property, trial.lead);
        if (failure != null) {
          throw report(property, trial, failure);
        }
      }));
    }
    return tests.stream();
  }

  private List<Trial> trials() {
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      trials.add(new Trial("example " + (i + 1) + " of " + examples.size(), examples.get(i)));
    }
    long runSeed = effectiveSeed();
    int count = effectiveTries();
    SplittableRandom random = new SplittableRandom(runSeed);
    for (int i = 0; i < count; i++) {
      Lead lead = generator.next(new SplittableRandom(random.nextLong()));
      trials.add(new Trial("try " + (i + 1) + " of " + count, lead));
    }
    return trials;
  }

  private static @Nullable Throwable failure(Consumer<Lead> property, Lead lead) {
    try {
      property.accept(lead);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  private AssertionError report(Consumer<Lead> property, Trial trial, Throwable failure) {
    Lead shrunk = Shrinking.shrink(trial.lead, lead -> failure(property, lead) != null, generator::shrinkCandidates);
    Throwable shrunkFailure = failure(property, shrunk);
    Throwable cause = shrunkFailure == null ? failure : shrunkFailure;
    long runSeed = effectiveSeed();
    String message = "property \"" + name + "\" failed on " + trial.label
        + " (seed " + runSeed + "; rerun with -D" + SEED_PROPERTY + "=" + runSeed + ")\n"
        + "shrunk lead: " + describe(shrunk) + "\n"
        + "original lead: " + describe(trial.lead) + "\n"
        + "failure on the shrunk lead: " + cause.getMessage();
    return new AssertionError(message, cause);
  }

  /**
   * A lead in one line, for messages: its id and its known facts.
   *
   * <pre>{@code
   * LeadProperty.describe(lead); // "covering-12 {score = 8, industry = RETAIL}"
   * }</pre>
   *
   * @param lead the lead
   * @return {@code id {field = value, ...}}, or {@code id {every fact unknown}}
   */
  public static String describe(Lead lead) {
    if (lead.facts().isEmpty()) {
      return lead.id() + " {every fact unknown}";
    }
    StringBuilder text = new StringBuilder(lead.id()).append(" {");
    String separator = "";
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      text.append(separator).append(fact.getKey()).append(" = ").append(fact.getValue());
      separator = ", ";
    }
    return text.append('}').toString();
  }

  private static final class Trial {
    final String label;
    final Lead lead;

    Trial(String label, Lead lead) {
      this.label = label;
      this.lead = lead;
    }
  }

  @Override
  public String toString() {
    return "LeadProperty{" + name + ", seed " + seed + ", " + tries + " tries, " + examples.size() + " examples}";
  }
}
