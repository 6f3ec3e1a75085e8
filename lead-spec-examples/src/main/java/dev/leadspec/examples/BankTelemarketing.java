package dev.leadspec.examples;

import static dev.leadspec.dsl.LeadSpec.answer;
import static dev.leadspec.dsl.LeadSpec.choice;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.disqualify;
import static dev.leadspec.dsl.LeadSpec.flag;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.require;

import dev.leadspec.cli.CsvLeads;
import dev.leadspec.dsl.AnswerField;
import dev.leadspec.dsl.ChoiceField;
import dev.leadspec.dsl.FlagField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.json.LeadSource;
import dev.leadspec.model.Contract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The contract a bank would give a call centre selling term deposits, over the real UCI Bank
 * Marketing calls (CC BY 4.0; Moro et al., 2011; see {@code bank/NOTICE.md}): working-age
 * clients in an agreed list of jobs with an average yearly balance of at least 500 EUR, not in
 * default and not already contacted by an earlier campaign, who said YES to the deposit in the
 * call. The file's {@code unknown} codes are unknown facts, never a silent NO.
 *
 * <pre>{@code
 * for (LeadSource.Record record : BankTelemarketing.csv().read(reader)) { ... }
 * // or: java -jar lead-spec.jar evaluate --contract bank-telemarketing.contract.json --separator ';'
 * //       --unknown unknown --map y=subscribed --delivered-at 2010-11-30T00:00:00Z bank.csv
 * }</pre>
 */
public final class BankTelemarketing {
  /** Age in years. */
  public static final IntegerField AGE = integer("age").label("Age").unit("years");
  /** Type of job. */
  public static final ChoiceField JOB = choice("job", "admin.", "blue-collar", "entrepreneur", "housemaid", "management",
      "retired", "self-employed", "services", "student", "technician", "unemployed").label("Job");
  /** Average yearly balance. */
  public static final IntegerField BALANCE = integer("balance").label("Average yearly balance").unit("EUR");
  /** Has credit in default. */
  public static final FlagField DEFAULT = flag("default").label("Credit in default");
  /** Contacts before this campaign. */
  public static final IntegerField PREVIOUS = integer("previous").label("Contacts by earlier campaigns");
  /** The scripted closing question: the call's outcome. */
  public static final AnswerField SUBSCRIBED = answer("subscribed", "Shall we open the term deposit for you today?")
      .label("Subscribed in the call");

  /** When the sample's calls were delivered (the data carries no dates; its last month). */
  public static final Instant DELIVERED = Instant.parse("2010-11-30T00:00:00Z");

  /** The contract. */
  public static final Contract CONTRACT = contract("bank-term-deposit")
      .title("Term-deposit leads from telemarketing")
      .effectiveFrom(LocalDate.of(2008, 5, 1))
      .zone(ZoneId.of("Europe/Lisbon"))
      .fields(AGE, JOB, BALANCE, DEFAULT, PREVIOUS, SUBSCRIBED)
      .criteria(
          require("TA-AGE", "Working age", AGE.between(25, 60)),
          require("TA-JOB", "Agreed occupations",
              JOB.in("admin.", "blue-collar", "entrepreneur", "management", "self-employed", "services", "technician")),
          require("TA-BALANCE", "Balance of at least 500 EUR", BALANCE.atLeast(500)),
          disqualify("DQ-DEFAULT", "Credit in default", DEFAULT.isTrue()),
          disqualify("DQ-PRIOR", "Already contacted by an earlier campaign", PREVIOUS.atLeast(1)),
          require("Q-SUBSCRIBE", "Subscribed in the call", SUBSCRIBED.isYes()))
      .price(money("40", "EUR"))
      .challengeWindow(Duration.ofDays(30))
      .build();

  private BankTelemarketing() {}

  /**
   * How the UCI files are read: {@code ;}-separated, {@code unknown} as unknown, {@code y} as
   * {@code subscribed}, ids {@code line-N}, all delivered at {@link #DELIVERED}.
   *
   * @return the CSV reader
   */
  public static CsvLeads csv() {
    return CsvLeads.of(CONTRACT).separator(';').unknown("unknown").map("y", "subscribed").deliveredAt(DELIVERED);
  }
}
