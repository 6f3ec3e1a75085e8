package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import java.util.Objects;

/**
 * A criterion being declared: {@code require(...)} or {@code disqualify(...)}, optionally with
 * its unknown policy and whether later evidence may decide it. Immutable.
 *
 * <pre>{@code
 * require("Q-UPGRADE", "Plans an upgrade", PLANS_UPGRADE.isYes());
 * disqualify("DQ-PHONE", "Phone number invalid", PHONE_VALID.isFalse()).admitsLaterEvidence();
 * }</pre>
 */
public final class CriterionStep {
  private final String id;
  private final String title;
  private final Condition condition;
  private final Role role;
  private final Status unknownAs;
  private final boolean laterEvidence;

  CriterionStep(String id, String title, Condition condition, Role role, Status unknownAs, boolean laterEvidence) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.condition = Objects.requireNonNull(condition, "condition");
    this.role = role;
    this.unknownAs = unknownAs;
    this.laterEvidence = laterEvidence;
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
    return new CriterionStep(id, title, condition, role, Status.MET, laterEvidence);
  }

  /**
   * Evidence recorded after delivery may decide this criterion in a dispute ("the phone number
   * proved invalid"); unless stated, only evidence from the time of the call counts.
   *
   * @return a new step
   */
  public CriterionStep admitsLaterEvidence() {
    return new CriterionStep(id, title, condition, role, unknownAs, true);
  }

  /**
   * The model criterion.
   *
   * @return the criterion
   * @throws IllegalArgumentException if the id is blank
   */
  public Criterion toCriterion() {
    return Criterion.builder().id(id).title(title).condition(condition).role(role)
        .unknownAs(unknownAs).admitsLaterEvidence(laterEvidence).build();
  }

  @Override
  public String toString() {
    return (role == Role.REQUIRED ? "require(" : "disqualify(") + id + ", \"" + title + "\", " + condition + ")";
  }
}
