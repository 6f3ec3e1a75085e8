package dev.leadspec.examples.readme;

// README:imports
import static dev.leadspec.dsl.LeadSpec.*;

import dev.leadspec.dsl.AnswerField;
import dev.leadspec.dsl.IntegerField;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.time.Instant;
import java.time.LocalDate;
// README:end

/**
 * The README's quick start in a package of its own, with exactly the imports the README lists:
 * that it compiles shows they are enough ({@code ReadmeTest} compares both with the README).
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick start: prints the verdict's reasons. */
  public static void run() {
    // README:quick-start
    IntegerField employees = integer("employees").label("Employees");
    AnswerField meeting = answer("agreed_meeting", "May our engineer visit you next week?");
    Contract contract = contract("it-integrator").title("Hardware upgrade leads")
        .effectiveFrom(LocalDate.of(2026, 3, 1))
        .fields(employees, meeting)
        .criteria(
            require("TA-SIZE", "Company size", employees.between(50, 5000)),
            require("Q-MEETING", "Agreed to a meeting", meeting.isYes()))
        .build();
    Lead lead = Lead.builder().id("L-1").deliveredAt(Instant.parse("2026-03-02T10:15:00Z"))
        .fact("employees", 49).build();
    Verdict verdict = Evaluator.of(contract).evaluate(lead);
    verdict.reasons().forEach(System.out::println);
    // README:end
  }
}
