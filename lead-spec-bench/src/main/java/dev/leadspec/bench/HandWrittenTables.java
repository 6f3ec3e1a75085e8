package dev.leadspec.bench;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link TablesContract} hand-coded over a lead-spec {@link Lead} built beforehand, through its
 * public {@code facts()} map: the floor for any evaluator of the same leads. Each composite is
 * written as a programmer would write it for the verdict alone: a required criterion holds only
 * when its condition is MET (TA-REGION: or unknown), a disqualifier fires only when MET, so the
 * three-valued logic folds into plain tests of what is known.
 */
final class HandWrittenTables {
  /** The reasons of an accepted lead: every required criterion, in contract order. */
  private static final List<String> REQUIRED = TablesContract.CRITERIA.subList(0, 8);

  private HandWrittenTables() {}

  static void evaluate(Lead lead, TablesSink sink) {
    Map<String, Value> facts = lead.facts();
    @Nullable Value industryFact = facts.get("industry");
    @Nullable Value regionFact = facts.get("region");
    @Nullable Value employeesFact = facts.get("employees");
    @Nullable Value budgetFact = facts.get("budget");
    @Nullable Value roleFact = facts.get("role");
    @Nullable String industry = industryFact == null ? null : ((Value.TextValue) industryFact).text();
    long employees = employeesFact == null ? 0 : ((Value.IntegerValue) employeesFact).number();
    @Nullable BigDecimal budget = budgetFact == null ? null : ((Value.DecimalValue) budgetFact).number();

    boolean industryMet = industry != null && switch (industry) {
      case "MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE" -> true;
      default -> false;
    };
    boolean regionMet = regionFact == null || switch (((Value.TextValue) regionFact).text()) {
      case "RU-MOW", "RU-SPE", "RU-SVE", "RU-NVS", "RU-TAT", "RU-KDA" -> true;
      default -> false;
    };
    boolean sizeMet = employeesFact != null && employees >= 50 && employees <= 5000;
    boolean budgetMet = budget != null && budget.compareTo(TablesContract.BUDGET_LOW) >= 0
        && budget.compareTo(TablesContract.BUDGET_HIGH) <= 0;
    boolean needMet = wantsComputers(facts.get("products"));
    int bant = (budget != null && budget.compareTo(TablesContract.BUDGET_BANT) >= 0 ? 1 : 0)
        + (roleFact != null && authority(((Value.TextValue) roleFact).text()) ? 1 : 0)
        + (yes(facts.get("plans_upgrade")) ? 1 : 0)
        + (within6Months(facts.get("timeline_months")) ? 1 : 0);
    boolean bantMet = bant >= 2;
    boolean reachMet = isTrue(facts.get("phone_valid")) || isTrue(facts.get("email_valid"));
    // not (industry = FINANCE and employees < 200) is met only when that conjunction is known false
    boolean notSmallFinanceMet = industry != null && !industry.equals("FINANCE") || employeesFact != null && employees >= 200;
    boolean duplicate = isTrue(facts.get("duplicate"));
    boolean doNotCall = isTrue(facts.get("do_not_call"));

    if (industryMet && regionMet && sizeMet && budgetMet && needMet && bantMet && reachMet && notSmallFinanceMet
        && !duplicate && !doNotCall) {
      for (int i = 0; i < REQUIRED.size(); i++) {
        sink.reason(REQUIRED.get(i));
      }
      sink.decided(true, price(employees));
      return;
    }
    if (!industryMet) {
      sink.reason("TA-IND");
    }
    if (!regionMet) {
      sink.reason("TA-REGION");
    }
    if (!sizeMet) {
      sink.reason("TA-SIZE");
    }
    if (!budgetMet) {
      sink.reason("TA-BUDGET");
    }
    if (!needMet) {
      sink.reason("NEED-PRODUCTS");
    }
    if (!bantMet) {
      sink.reason("BANT");
    }
    if (!reachMet) {
      sink.reason("REACH");
    }
    if (!notSmallFinanceMet) {
      sink.reason("TA-NOT-SMALL-FIN");
    }
    if (duplicate) {
      sink.reason("DUP");
    }
    if (doNotCall) {
      sink.reason("DQ-DNC");
    }
    sink.decided(false, null);
  }

  /** The price table: an accepted lead has 50 to 5000 employees, so exactly one row matches. */
  private static Money price(long employees) {
    if (employees <= 499) {
      return TablesContract.SMB;
    }
    return employees <= 1999 ? TablesContract.MID : TablesContract.ENTERPRISE;
  }

  private static boolean wantsComputers(@Nullable Value products) {
    if (products == null) {
      return false;
    }
    List<String> codes = ((Value.CodesValue) products).codes();
    for (int i = 0; i < codes.size(); i++) {
      switch (codes.get(i)) {
        case "LAPTOPS", "DESKTOPS", "SERVERS" -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean authority(String role) {
    return switch (role) {
      case "CIO", "IT_MANAGER", "PROCUREMENT" -> true;
      default -> false;
    };
  }

  private static boolean within6Months(@Nullable Value months) {
    return months != null && ((Value.IntegerValue) months).number() <= 6;
  }

  private static boolean yes(@Nullable Value answer) {
    return answer != null && ((Value.AnswerValue) answer).answer() == Answer.YES;
  }

  private static boolean isTrue(@Nullable Value flag) {
    return flag != null && ((Value.FlagValue) flag).flag();
  }
}
