package dev.leadspec.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * One agreed criterion: a stable id, a title, a condition and a role. {@link #unknownAs()} says
 * what an UNKNOWN condition counts as (NOT_MET unless stated: a required criterion then fails,
 * a disqualifier does not fire); {@link #admitsLaterEvidence()} says whether evidence recorded
 * after delivery may decide it in a dispute.
 *
 * <pre>{@code
 * Criterion size = Criterion.builder().id("TA-SIZE").title("Company size")
 *     .condition(new Condition.Between("employees", Value.of(50), Value.of(5000), true, true))
 *     .role(Role.REQUIRED).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Criterion {
  Criterion() {}

  /**
   * Starts a criterion.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stable id both sides cite: {@code TA-1}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The title people read.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The condition.
   *
   * @return the condition
   */
  public abstract Condition condition();

  /**
   * REQUIRED or DISQUALIFIER.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * What an UNKNOWN condition counts as: NOT_MET (the default) or MET.
   *
   * @return the status
   */
  @Value.Default
  public Status unknownAs() {
    return Status.NOT_MET;
  }

  /**
   * The title in other languages, by BCP 47 language tag ({@code "ru"}); a document
   * rendered in a language found here uses it, any other language {@link #title()}.
   * Building the contract refuses a tag not written as BCP 47 writes it ({@code ru}, {@code pt-BR},
   * not {@code RU} or {@code ru_RU}), a blank text, and a text under the contract's own
   * {@link Contract#language() language} other than the default text.
   *
   * <pre>{@code
   * Criterion.builder().id("TA-1").title("Company size").putTitles("ru", "Размер компании")
   * }</pre>
   *
   * @return the translations, in declaration order
   */
  public abstract Map<String, String> titles();

  /**
   * The title in a language: its translation when {@link #titles()} has one, else
   * {@link #title()}.
   *
   * @param language a BCP 47 language tag, {@code "en"} or {@code "ru"}
   * @return the title people read in that language
   */
  public String title(String language) {
    String translated = titles().get(language);
    return translated != null ? translated : title();
  }

  /**
   * Whether evidence recorded after delivery may decide this criterion.
   *
   * @return false unless stated
   */
  @Value.Default
  public boolean admitsLaterEvidence() {
    return false;
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("criterion \"" + title() + "\": id is blank");
    }
    if (unknownAs() == Status.UNKNOWN) {
      throw new IllegalArgumentException("criterion " + id() + ": unknownAs must be MET or NOT_MET");
    }
  }

  @Override
  public String toString() {
    return id() + " " + role() + " " + condition();
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
