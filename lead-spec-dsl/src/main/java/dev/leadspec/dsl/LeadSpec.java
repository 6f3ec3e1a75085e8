package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import java.util.List;

/**
 * The one entry point of the DSL, meant for {@code import static dev.leadspec.dsl.LeadSpec.*}.
 * Fields are typed references; conditions are values composed outside any chain; a contract is
 * declared step by step and validated by {@code build()}.
 *
 * <pre>{@code
 * static final ChoiceField INDUSTRY = choice("industry", "MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE");
 * static final IntegerField EMPLOYEES = integer("employees").label("Employees");
 * static final AnswerField MEETING = answer("agreed_meeting", "May our engineer visit you next week?");
 *
 * Contract contract = contract("it-integrator").title("Hardware upgrade leads")
 *     .effectiveFrom(LocalDate.of(2026, 1, 1))
 *     .fields(INDUSTRY, EMPLOYEES, MEETING)
 *     .criteria(
 *         require("TA-IND", "Target industry", INDUSTRY.in("MANUFACTURING", "LOGISTICS", "RETAIL")),
 *         require("TA-SIZE", "Company size", EMPLOYEES.between(50, 5000)),
 *         require("Q-MEETING", "Agreed to a meeting", MEETING.isYes()))
 *     .build();
 * }</pre>
 */
public final class LeadSpec {
  private LeadSpec() {}

  /**
   * Starts a contract (version 1 unless stated).
   *
   * @param id the contract's id, shared by all its versions
   * @return the first step
   */
  public static ContractStep contract(String id) {
    return ContractStep.start(id);
  }

  /**
   * A choice field: one code of a closed set.
   *
   * @param name the field name
   * @param codes the codes, at least one, in the order people read them
   * @return the field
   * @throws IllegalArgumentException if there are no codes or a code repeats
   */
  public static ChoiceField choice(String name, String... codes) {
    return ChoiceField.declare(name, List.of(codes));
  }

  /**
   * A choices field: a set of codes of a closed set (at most 64).
   *
   * @param name the field name
   * @param codes the codes, at least one
   * @return the field
   * @throws IllegalArgumentException if there are no codes, too many, or a code repeats
   */
  public static ChoicesField choices(String name, String... codes) {
    return ChoicesField.declare(name, List.of(codes));
  }

  /**
   * An integer field.
   *
   * @param name the field name
   * @return the field
   */
  public static IntegerField integer(String name) {
    return IntegerField.declare(name);
  }

  /**
   * A decimal field, compared by value.
   *
   * @param name the field name
   * @return the field
   */
  public static DecimalField decimal(String name) {
    return DecimalField.declare(name);
  }

  /**
   * A flag field.
   *
   * @param name the field name
   * @return the field
   */
  public static FlagField flag(String name) {
    return FlagField.declare(name);
  }

  /**
   * A scripted question asked in the call, answered YES or NO.
   *
   * @param name the field name
   * @param question the question as the script asks it
   * @return the field
   */
  public static AnswerField answer(String name, String question) {
    return AnswerField.declare(name, question);
  }

  /**
   * A date field.
   *
   * @param name the field name
   * @return the field
   */
  public static DateField date(String name) {
    return DateField.declare(name);
  }

  /**
   * A free-text field.
   *
   * @param name the field name
   * @return the field
   */
  public static TextField text(String name) {
    return TextField.declare(name);
  }

  /**
   * A required criterion: the lead counts only if it is met (unknown counts as not met unless
   * stated).
   *
   * @param id the stable id both sides cite: {@code TA-1}
   * @param title the title people read
   * @param condition the condition
   * @return the criterion step
   */
  public static CriterionStep require(String id, String title, Condition condition) {
    return new CriterionStep(id, title, condition, Role.REQUIRED, Status.NOT_MET, false);
  }

  /**
   * A disqualifier: the lead does not count if it is met (unknown does not disqualify unless
   * stated).
   *
   * @param id the stable id both sides cite: {@code DQ-1}
   * @param title the title people read
   * @param condition when the lead is disqualified
   * @return the criterion step
   */
  public static CriterionStep disqualify(String id, String title, Condition condition) {
    return new CriterionStep(id, title, condition, Role.DISQUALIFIER, Status.NOT_MET, false);
  }

  /**
   * A table whose rows must not overlap: two matching rows are a {@code CONFLICT}.
   *
   * @param id the table's id
   * @return the table step
   */
  public static TableStep uniqueTable(String id) {
    return new TableStep(id, id, HitPolicy.UNIQUE, false, List.of());
  }

  /**
   * A table where the first matching row wins.
   *
   * @param id the table's id
   * @return the table step
   */
  public static TableStep firstMatchTable(String id) {
    return new TableStep(id, id, HitPolicy.FIRST, false, List.of());
  }

  /**
   * Every part met (Kleene: not met if any part is not met, else unknown if any is unknown).
   *
   * @param parts the conditions
   * @return the conjunction
   */
  public static Condition all(Condition... parts) {
    return Condition.all(parts);
  }

  /**
   * Any part met (Kleene: met if any part is met, else unknown if any is unknown).
   *
   * @param parts the conditions
   * @return the disjunction
   */
  public static Condition any(Condition... parts) {
    return Condition.any(parts);
  }

  /**
   * The negation (unknown stays unknown).
   *
   * @param part the condition
   * @return the negation
   */
  public static Condition not(Condition part) {
    return Condition.not(part);
  }

  /**
   * At least {@code count} of the parts met: BANT's "three of four".
   *
   * @param count how many parts must be met
   * @param parts the conditions
   * @return the threshold condition
   */
  public static Condition atLeast(int count, Condition... parts) {
    return Condition.atLeast(count, parts);
  }

  /**
   * An exact amount of money.
   *
   * @param amount a plain decimal: {@code "250.50"}
   * @param currencyCode an ISO 4217 code: {@code "RUB"}
   * @return the money
   */
  public static Money money(String amount, String currencyCode) {
    return Money.of(amount, currencyCode);
  }
}
