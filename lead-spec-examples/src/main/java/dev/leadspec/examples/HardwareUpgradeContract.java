package dev.leadspec.examples;

import static dev.leadspec.dsl.LeadSpec.answer;
import static dev.leadspec.dsl.LeadSpec.choice;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.disqualify;
import static dev.leadspec.dsl.LeadSpec.flag;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.require;
import static dev.leadspec.dsl.LeadSpec.uniqueTable;

import dev.leadspec.dsl.AnswerField;
import dev.leadspec.dsl.ChoiceField;
import dev.leadspec.dsl.ContractStep;
import dev.leadspec.dsl.FlagField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.model.Contract;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The flagship: an IT integrator pays a call centre for leads of companies that plan a hardware
 * upgrade (DOMAIN.md, seed 004). Every criterion is decidable from the recorded call and the
 * declared attributes; "the same brand is already installed" is deliberately not one of them.
 * Its titles and labels are given in Russian too, for the Russian appendix the call centre signs.
 *
 * <pre>{@code
 * Verdict verdict = Evaluator.of(HardwareUpgradeContract.V1).evaluate(lead);
 * }</pre>
 */
public final class HardwareUpgradeContract {
  /** Industry of the company. */
  public static final ChoiceField INDUSTRY = choice("industry",
      "MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE", "CONSTRUCTION", "IT", "GOVERNMENT").label("Industry")
      .label("ru", "Отрасль");
  /** Region of the company's office, of ten the call centre dials. */
  public static final ChoiceField REGION = choice("region",
      "MOW", "SPB", "EKB", "KZN", "NNV", "SAM", "NSK", "KRD", "ROV", "VLA").label("Region").label("ru", "Регион");
  /** Headcount. */
  public static final IntegerField EMPLOYEES = integer("employees").label("Employees").unit("people")
      .label("ru", "Численность сотрудников").unit("ru", "чел.");
  /** Computers in use. */
  public static final IntegerField COMPUTERS = integer("computers").label("Computers").unit("PCs")
      .label("ru", "Компьютерный парк").unit("ru", "ПК");
  /** The contact's role. */
  public static final ChoiceField ROLE = choice("role",
      "CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT", "CEO", "ACCOUNTANT", "SECRETARY", "OTHER").label("Contact role")
      .label("ru", "Должность собеседника");
  /** Scripted question 1. */
  public static final AnswerField PLANS_UPGRADE = answer("plans_upgrade",
      "Do you plan to upgrade your computer hardware within the next 12 months?").label("Plans an upgrade")
      .label("ru", "Планирует обновление техники");
  /** Scripted question 2. */
  public static final AnswerField AGREED_MEETING = answer("agreed_meeting",
      "May our engineer visit you to discuss the upgrade?").label("Agreed to a meeting")
      .label("ru", "Согласие на встречу");
  /** Whether the phone number reached the contact. */
  public static final FlagField PHONE_VALID = flag("phone_valid").label("Phone number valid").label("ru", "Номер телефона рабочий");
  /** Whether the buyer already had this company as a lead. */
  public static final FlagField DUPLICATE = flag("duplicate").label("Duplicates an existing lead")
      .label("ru", "Повторяет уже переданный лид");

  /** Version 1, effective from 1 March 2026 (Moscow): companies of 50 to 5 000 employees. */
  public static final Contract V1 = declaration(50).version(1).effectiveFrom(LocalDate.of(2026, 3, 1)).build();

  /**
   * Version 2, effective from 1 April 2026 (Moscow): the amendment that lets companies of 40 to
   * 49 employees count. It never reaches back to leads delivered under version 1.
   */
  public static final Contract V2 = declaration(40).version(2).effectiveFrom(LocalDate.of(2026, 4, 1)).build();

  private static ContractStep declaration(long minEmployees) {
    return contract("it-integrator-hardware")
        .title("Hardware upgrade leads for an IT integrator")
        .title("ru", "Лиды на обновление компьютерного парка для IT-интегратора")
        .zone(ZoneId.of("Europe/Moscow"))
        .fields(INDUSTRY, REGION, EMPLOYEES, COMPUTERS, ROLE, PLANS_UPGRADE, AGREED_MEETING, PHONE_VALID, DUPLICATE)
        .criteria(
            require("TA-IND", "Target industry", INDUSTRY.in("MANUFACTURING", "LOGISTICS", "RETAIL"))
                .title("ru", "Целевая отрасль"),
            require("TA-REGION", "Served region", REGION.in("MOW", "SPB", "EKB", "KZN", "NNV", "SAM"))
                .title("ru", "Регион обслуживания"),
            require("TA-SIZE", "Company size", EMPLOYEES.between(minEmployees, 5000))
                .title("ru", "Размер компании"),
            require("TA-PCS", "Enough computers", COMPUTERS.atLeast(30))
                .title("ru", "Достаточный компьютерный парк"),
            require("DMU-ROLE", "Decision maker", ROLE.in("CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT"))
                .title("ru", "Лицо, принимающее решение (ЛПР)"),
            require("Q-UPGRADE", "Plans an upgrade within 12 months", PLANS_UPGRADE.isYes())
                .title("ru", "Планирует обновление в ближайшие 12 месяцев"),
            require("Q-MEETING", "Agreed to a meeting", AGREED_MEETING.isYes())
                .title("ru", "Согласие на встречу"),
            disqualify("DQ-PHONE", "Phone number invalid", PHONE_VALID.isFalse()).admitsLaterEvidence()
                .title("ru", "Нерабочий номер телефона"),
            disqualify("DQ-DUP", "Duplicate lead", DUPLICATE.isTrue())
                .title("ru", "Дубль лида"))
        .tables(uniqueTable("price").title("Price per lead by company size").title("ru", "Цена лида по размеру компании").complete()
            .row("SMB", EMPLOYEES.between(minEmployees, 499), money("2500", "RUB"))
            .row("ENTERPRISE", EMPLOYEES.between(500, 5000), money("4000", "RUB")))
        .priceTable("price")
        .challengeWindow(Duration.ofDays(14));
  }

  private HardwareUpgradeContract() {}
}
