package dev.leadspec.bench;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reference contract hand-coded over a lead-spec {@link Lead} built beforehand, through its
 * public {@code facts()} map: not an engine, but the floor for any evaluator that reads the same
 * leads. Whatever lead-spec spends beyond it goes to evaluating a contract in general; what it
 * spends beyond hand-written Java on the host's record is the price of reading a {@code Lead}.
 */
final class HandWrittenOverLead {
  private HandWrittenOverLead() {}

  static void evaluate(Lead lead, DecisionSink sink) {
    Map<String, Value> facts = lead.facts();
    int failed = 0;
    String industry = text(facts, "industry");
    if (!(industry.equals("MANUFACTURING") || industry.equals("LOGISTICS") || industry.equals("RETAIL"))) {
      sink.failed("TA-IND");
      failed++;
    }
    switch (text(facts, "region")) {
      case "RU-MOW", "RU-SPE", "RU-SVE", "RU-NVS", "RU-TAT", "RU-KDA" -> { }
      default -> {
        sink.failed("TA-REGION");
        failed++;
      }
    }
    long employees = number(facts, "employees");
    if (employees < 50 || employees > 5000) {
      sink.failed("TA-SIZE");
      failed++;
    }
    if (number(facts, "computers") < 30) {
      sink.failed("TA-PCS");
      failed++;
    }
    switch (text(facts, "role")) {
      case "CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT" -> { }
      default -> {
        sink.failed("DMU-ROLE");
        failed++;
      }
    }
    if (!yes(facts.get("plans_upgrade"))) {
      sink.failed("Q-UPGRADE");
      failed++;
    }
    if (!yes(facts.get("agreed_to_meeting"))) {
      sink.failed("Q-MEETING");
      failed++;
    }
    if (!((Value.FlagValue) facts.get("phone_valid")).flag()) {
      sink.failed("PHONE");
      failed++;
    }
    if (((Value.FlagValue) facts.get("duplicate")).flag()) {
      sink.failed("DUP");
      failed++;
    }
    sink.decided(failed == 0);
  }

  private static String text(Map<String, Value> facts, String field) {
    return ((Value.TextValue) facts.get(field)).text();
  }

  private static long number(Map<String, Value> facts, String field) {
    return ((Value.IntegerValue) facts.get(field)).number();
  }

  private static boolean yes(@Nullable Value answer) {
    return Value.of(Answer.YES).equals(answer);
  }
}
