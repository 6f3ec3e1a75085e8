package dev.leadspec.flink;

import org.jspecify.annotations.Nullable;

/**
 * What reaches the evaluating operator under a lead id: a lead or a challenge naming it (one
 * keyed input, so that contract versions can come as the operator's broadcast input). A Flink
 * POJO; exactly one of the fields is set.
 *
 * <pre>{@code
 * LeadOrChallenge input = LeadOrChallenge.of(leadLine);
 * }</pre>
 */
public final class LeadOrChallenge {
  /** The lead, or null for a challenge. */
  public @Nullable LeadLine lead;
  /** The challenge, or null for a lead. */
  public @Nullable ChallengeLine challenge;

  /** An empty record, for Flink. */
  public LeadOrChallenge() {}

  /**
   * A lead.
   *
   * @param lead the lead
   * @return the record
   */
  public static LeadOrChallenge of(LeadLine lead) {
    LeadOrChallenge input = new LeadOrChallenge();
    input.lead = lead;
    return input;
  }

  /**
   * A challenge.
   *
   * @param challenge the challenge
   * @return the record
   */
  public static LeadOrChallenge of(ChallengeLine challenge) {
    LeadOrChallenge input = new LeadOrChallenge();
    input.challenge = challenge;
    return input;
  }

  /**
   * The lead id both are keyed by.
   *
   * @return the id
   */
  public String leadId() {
    return lead != null ? lead.leadId : challenge != null ? challenge.leadId : "";
  }

  @Override
  public String toString() {
    return "LeadOrChallenge{" + (lead != null ? lead : challenge) + "}";
  }
}
