package dev.leadspec.examples;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dispute of seed 004, end to end: 100 leads delivered to the IT integrator over five days,
 * checked against the recordings and the agreed questions. A week and a half later the buyer
 * refuses 25 of them because an upgrade needs the same brand already installed, a condition that
 * was never agreed; a few refusals come after the 14-day window; one phone really proved
 * invalid; and the supplier shows that a lead rejected for its contact's role had the CIO on the
 * line.
 *
 * <pre>{@code
 * Statement statement = SameBrandDispute.statement();
 * statement.total().amountDue(); // what the buyer owes, in RUB
 * }</pre>
 */
public final class SameBrandDispute {
  /** The first delivery. */
  public static final Instant FIRST_DELIVERY = Instant.parse("2026-03-02T07:00:00Z");

  private SameBrandDispute() {}

  /**
   * The 100 leads: 20 a day from 2 March 2026; the last one's CRM form recorded a secretary as
   * the contact.
   *
   * @return the leads, in delivery order
   */
  public static List<Lead> leads() {
    List<Lead> leads = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      Instant delivered = FIRST_DELIVERY.plus(Duration.ofDays((i - 1) / 20)).plus(Duration.ofMinutes(23L * ((i - 1) % 20)));
      leads.add(Lead.builder().id(String.format(java.util.Locale.ROOT, "L-%03d", i)).deliveredAt(delivered)
          .fact("industry", i % 3 == 0 ? "RETAIL" : i % 3 == 1 ? "MANUFACTURING" : "LOGISTICS")
          .fact("region", i % 2 == 0 ? "MOW" : "SPB")
          .fact("employees", employees(i))
          .fact("computers", 30 + i)
          .fact("role", i == 100 ? "SECRETARY" : "IT_MANAGER")
          .fact("plans_upgrade", Answer.YES).evidence("plans_upgrade", Evidence.of("rec-" + i + ".ogg", delivered.minusSeconds(1200)))
          .fact("agreed_meeting", Answer.YES)
          .fact("phone_valid", true)
          .fact("duplicate", false)
          .build());
    }
    return leads;
  }

  /**
   * The company size of lead {@code i}: from 60 to 4 000 employees.
   *
   * @param i the lead's number, from 1
   * @return the headcount
   */
  public static long employees(int i) {
    return 60 + (i * 389L) % 3941;
  }

  /**
   * The challenges filed against the leads, in the order they were filed.
   *
   * @param leads the leads of {@link #leads()}
   * @return 25 same-brand refusals, 3 late ones, one from the buyer's own callback, one invalid
   *     phone and the supplier's correction of a contact's role
   */
  public static List<Challenge> challenges(List<Lead> leads) {
    List<Challenge> challenges = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Lead lead = leads.get(i);
      challenges.add(Challenge.builder().leadId(lead.id()).filedBy(Party.BUYER)
          .filedAt(lead.deliveredAt().plus(Duration.ofDays(10)).plus(Duration.ofHours(12)))
          .addCitedCriteria("SAME-BRAND")
          .statement("Our managers called back: the upgrade is only possible with the same brand already installed.")
          .build());
    }
    for (int i = 25; i < 28; i++) {
      Lead lead = leads.get(i);
      challenges.add(Challenge.builder().leadId(lead.id()).filedBy(Party.BUYER)
          .filedAt(lead.deliveredAt().plus(Duration.ofDays(15)))
          .addCitedCriteria("Q-UPGRADE")
          .statement("The customer no longer plans an upgrade.")
          .build());
    }
    Lead callback = leads.get(28);
    Instant calledBack = callback.deliveredAt().plus(Duration.ofDays(5));
    challenges.add(Challenge.builder().leadId(callback.id()).filedBy(Party.BUYER).filedAt(calledBack.plus(Duration.ofHours(2)))
        .addCitedCriteria("Q-UPGRADE")
        .statement("On our callback the customer said there are no upgrade plans.")
        .addCorrections(Correction.of("plans_upgrade", Value.of(Answer.NO), Evidence.of("buyer-callback-29", calledBack)))
        .build());
    Lead phone = leads.get(29);
    Instant checked = phone.deliveredAt().plus(Duration.ofDays(2));
    challenges.add(Challenge.builder().leadId(phone.id()).filedBy(Party.BUYER).filedAt(checked.plus(Duration.ofDays(1)))
        .addCitedCriteria("DQ-PHONE")
        .statement("The number is not in service.")
        .addCorrections(Correction.of("phone_valid", Value.of(false), Evidence.of("operator-check-30", checked)))
        .build());
    Lead role = leads.get(99);
    challenges.add(Challenge.builder().leadId(role.id()).filedBy(Party.SUPPLIER).filedAt(role.deliveredAt().plus(Duration.ofDays(1)))
        .addCitedCriteria("DMU-ROLE")
        .statement("The recording shows the CIO on the line; the form recorded the secretary who transferred the call.")
        .addCorrections(Correction.of("role", Value.of("CIO"), Evidence.of("rec-100.ogg", role.deliveredAt().minusSeconds(1200))))
        .build());
    return challenges;
  }

  /**
   * Every ruling, by the version that governed each lead.
   *
   * @return one ruling per challenge, in filing order
   */
  public static List<Ruling> rulings() {
    List<Lead> leads = leads();
    return Arbiter.of(ContractHistory.of(HardwareUpgradeContract.V1)).ruleAll(leads, challenges(leads));
  }

  /**
   * The statement after the rulings.
   *
   * @return the statement
   */
  public static Statement statement() {
    ContractHistory history = ContractHistory.of(HardwareUpgradeContract.V1);
    List<Verdict> verdicts = new ArrayList<>();
    for (Lead lead : leads()) {
      verdicts.add(history.evaluate(lead));
    }
    return Statement.of(verdicts, rulings());
  }
}
