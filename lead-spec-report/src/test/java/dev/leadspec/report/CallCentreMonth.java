package dev.leadspec.report;

import static dev.leadspec.dsl.LeadSpec.answer;
import static dev.leadspec.dsl.LeadSpec.choice;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.date;
import static dev.leadspec.dsl.LeadSpec.disqualify;
import static dev.leadspec.dsl.LeadSpec.flag;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.require;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dsl.AnswerField;
import dev.leadspec.dsl.ChoiceField;
import dev.leadspec.dsl.ContractStep;
import dev.leadspec.dsl.DateField;
import dev.leadspec.dsl.FlagField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A month of a call centre's leads for the report tests: warmth (the "warm share among hot"),
 * the day of the first call, talk time in minutes, evidence recorded in the call, two versions
 * with different prices, and challenges that are upheld, dismissed as late, out of contract and
 * not substantiated.
 */
final class CallCentreMonth {
  static final ChoiceField WARMTH = choice("warmth", "HOT", "WARM", "COLD").label("Warmth");
  static final ChoiceField INDUSTRY = choice("industry", "MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE").label("Industry");
  static final IntegerField EMPLOYEES = integer("employees").label("Employees").unit("people");
  static final DateField FIRST_CALL = date("first_call").label("First call");
  static final IntegerField TALK = integer("talk_minutes").label("Talk time").unit("min");
  static final AnswerField MEETING = answer("agreed_meeting", "May our manager visit you?").label("Agreed to a meeting");
  static final FlagField PHONE_VALID = flag("phone_valid").label("Phone number valid");

  static final Contract V1 = declaration("500").version(1).effectiveFrom(LocalDate.of(2026, 3, 1)).build();
  static final Contract V2 = declaration("650").version(2).effectiveFrom(LocalDate.of(2026, 3, 16)).build();
  static final ContractHistory HISTORY = ContractHistory.of(V1, V2);
  static final Instant START = Instant.parse("2026-03-02T06:30:00Z");

  private CallCentreMonth() {}

  /** Version 1 under another id or title: another contract, or a text changed without a new version. */
  static Contract variant(String id, String title) {
    return declaration("500", id, title).version(1).effectiveFrom(LocalDate.of(2026, 3, 1)).build();
  }

  private static ContractStep declaration(String price) {
    return declaration(price, "call-centre-month", "Meetings with decision makers");
  }

  private static ContractStep declaration(String price, String id, String title) {
    return contract(id)
        .title(title)
        .zone(ZoneId.of("Europe/Moscow"))
        .fields(WARMTH, INDUSTRY, EMPLOYEES, FIRST_CALL, TALK, MEETING, PHONE_VALID)
        .criteria(
            require("TA-IND", "Target industry", INDUSTRY.in("MANUFACTURING", "LOGISTICS", "RETAIL")),
            require("TA-SIZE", "Company size", EMPLOYEES.between(50, 5000)),
            require("WARM", "Hot or warm", WARMTH.in("HOT", "WARM")),
            require("Q-MEET", "Agreed to a meeting", MEETING.isYes()),
            disqualify("DQ-PHONE", "Phone number invalid", PHONE_VALID.isFalse()).admitsLaterEvidence())
        .price(money(price, "RUB"))
        .challengeWindow(Duration.ofDays(14));
  }

  /** 3 leads a day for 28 days, varied by their number. */
  static List<Lead> leads() {
    List<Lead> leads = new ArrayList<>();
    String[] warmth = {"HOT", "WARM", "HOT", "COLD", "WARM", "HOT", "WARM"};
    String[] industry = {"MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE", "RETAIL", "LOGISTICS"};
    for (int i = 0; i < 84; i++) {
      Instant delivered = START.plus(Duration.ofDays(i / 3)).plus(Duration.ofMinutes(97L * (i % 3) + 13L * (i % 7)));
      Instant call = delivered.minus(Duration.ofMinutes(20 + (i * 37L) % 300));
      Lead.Builder lead = Lead.builder().id(String.format(Locale.ROOT, "M-%03d", i + 1)).deliveredAt(delivered)
          .fact("warmth", warmth[i % warmth.length])
          .fact("industry", industry[i % industry.length])
          .fact("first_call", delivered.atZone(ZoneId.of("Europe/Moscow")).toLocalDate().minusDays(i % 9))
          .fact("talk_minutes", 3 + (i * 7L) % 25)
          .fact("phone_valid", i % 29 != 11);
      if (i % 11 == 5) {
        lead.unknown("employees");
      } else {
        lead.fact("employees", 30 + (i * 211L) % 3000);
      }
      if (i % 13 == 7) {
        lead.unknown("agreed_meeting");
      } else {
        lead.fact("agreed_meeting", i % 10 == 9 ? Answer.NO : Answer.YES)
            .evidence("agreed_meeting", Evidence.of("rec-" + (i + 1) + ".ogg", call));
      }
      leads.add(lead.build());
    }
    return leads;
  }

  static List<Verdict> verdicts(List<Lead> leads) {
    List<Verdict> verdicts = new ArrayList<>();
    leads.forEach(lead -> verdicts.add(HISTORY.evaluate(lead)));
    return verdicts;
  }

  static List<Challenge> challenges(List<Lead> leads) {
    List<Challenge> challenges = new ArrayList<>();
    // the buyer finds a dead phone two days later: DQ-PHONE admits later evidence
    Lead dead = leads.get(2);
    Instant checked = dead.deliveredAt().plus(Duration.ofDays(2));
    challenges.add(Challenge.builder().leadId(dead.id()).filedBy(Party.BUYER).filedAt(checked.plus(Duration.ofHours(3)))
        .addCitedCriteria("DQ-PHONE").statement("The number is not in service.")
        .addCorrections(Correction.of("phone_valid", Value.of(false), Evidence.of("operator-check", checked))).build());
    // the same-brand refusal: never agreed
    for (int i = 20; i < 24; i++) {
      Lead lead = leads.get(i);
      challenges.add(Challenge.builder().leadId(lead.id()).filedBy(Party.BUYER).filedAt(lead.deliveredAt().plus(Duration.ofDays(9)))
          .addCitedCriteria("SAME-BRAND").statement("Only the same brand can be upgraded.").build());
    }
    // too late
    Lead late = leads.get(30);
    challenges.add(Challenge.builder().leadId(late.id()).filedBy(Party.BUYER).filedAt(late.deliveredAt().plus(Duration.ofDays(15)))
        .addCitedCriteria("Q-MEET").statement("They do not want a meeting any more.").build());
    // the supplier shows the size from the call for a lead rejected for an unknown size
    Lead unknownSize = leads.get(5);
    challenges.add(Challenge.builder().leadId(unknownSize.id()).filedBy(Party.SUPPLIER)
        .filedAt(unknownSize.deliveredAt().plus(Duration.ofDays(1))).addCitedCriteria("TA-SIZE")
        .statement("The recording states 320 employees.")
        .addCorrections(Correction.of("employees", Value.of(320L), Evidence.of("rec-6.ogg", unknownSize.deliveredAt().minusSeconds(600))))
        .build());
    // the buyer says the lead is cold, with nothing to show
    Lead cold = leads.get(40);
    challenges.add(Challenge.builder().leadId(cold.id()).filedBy(Party.BUYER).filedAt(cold.deliveredAt().plus(Duration.ofDays(3)))
        .addCitedCriteria("WARM").statement("The customer was cold on our callback.").build());
    return challenges;
  }

  static List<Ruling> rulings(List<Lead> leads) {
    return Arbiter.of(HISTORY).ruleAll(leads, challenges(leads));
  }

  /** The report of the month in a language. */
  static HtmlReport report(dev.leadspec.text.Language language) {
    List<Lead> leads = leads();
    return HtmlReport.builder().history(HISTORY).verdicts(verdicts(leads)).rulings(rulings(leads)).language(language).build();
  }
}
