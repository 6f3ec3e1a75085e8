package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import java.util.Map;
import java.util.Objects;

/**
 * A criterion being declared: {@code require(...)} or {@code disqualify(...)}, optionally with
 * its unknown policy and whether later evidence may decide it. Immutable.
 *
 * <pre>{@code
 * require("Q-UPGRADE", "Plans an upgrade", PLANS_UPGRADE.isYes());
 * disqualify("DQ-PHONE", "Phone number invalid", PHONE_VALID.isFalse()).admitsLaterEvidence();
 * require("TA-SIZE", "Company size", EMPLOYEES.between(50, 5000)).title("ru", "Размер компании");
 * }</pre>
 */
public final class CriterionStep {
  private final String id;
  private final String title;
  private final Condition condition;
  private final Role role;
  private final Status unknownAs;
  private final boolean laterEvidence;
  private final Map<String, String> titles;

  CriterionStep(String id, String title, Condition condition, Role role, Status unknownAs, boolean laterEvidence) {
    this(id, title, condition, role, unknownAs, laterEvidence, Map.of());
  }

  private CriterionStep(String id, String title, Condition condition, Role role, Status unknownAs, boolean laterEvidence,
      Map<String, String> titles) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.condition = Objects.requireNonNull(condition, "condition");
    this.role = role;
    this.unknownAs = unknownAs;
    this.laterEvidence = laterEvidence;
    this.titles = titles;
  }

  /**
   * The criterion's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * An unknown condition counts as met: a required criterion then holds, a disqualifier fires.
   * Unless stated, unknown counts as not met (the supplier must bring the fact; a disqualifier
   * needs proof).
   *
   * @return a new step
   */
  public CriterionStep unknownCountsAsMet() {
    return new CriterionStep(id, title, condition, role, Status.MET, laterEvidence, titles);
  }

  /**
   * Evidence recorded after delivery may decide this criterion in a dispute ("the phone number
   * proved invalid"); unless stated, only evidence from the time of the call counts.
   *
   * @return a new step
   */
  public CriterionStep admitsLaterEvidence() {
    return new CriterionStep(id, title, condition, role, unknownAs, true, titles);
  }

  /**
   * The criterion's title in another language, which documents in that language show; any other
   * language shows the title given to {@code require} or {@code disqualify}. A second call for
   * the same language replaces the first. The contract's {@code build()} checks the tag (BCP 47,
   * such as {@code "ru"} or {@code "pt-BR"}) and that the text is not blank.
   *
   * <pre>{@code
   * require("TA-SIZE", "Company size", EMPLOYEES.between(50, 5000)).title("ru", "Размер компании");
   * }</pre>
   *
   * @param language the BCP 47 tag of the language: {@code "ru"}
   * @param title the title in that language
   * @return a new step
   * @throws NullPointerException if an argument is null
   */
  public CriterionStep title(String language, String title) {
    return new CriterionStep(id, this.title, condition, role, unknownAs, laterEvidence, Translated.plus(titles, language, title));
  }

  /**
   * The model criterion.
   *
   * @return the criterion
   * @throws IllegalArgumentException if the id is blank
   */
  public Criterion toCriterion() {
    return Criterion.builder().id(id).title(title).putAllTitles(titles).condition(condition).role(role)
        .unknownAs(unknownAs).admitsLaterEvidence(laterEvidence).build();
  }

  @Override
  public String toString() {
    return (role == Role.REQUIRED ? "require(" : "disqualify(") + id + ", \"" + title + "\", " + condition + ")";
  }
}
