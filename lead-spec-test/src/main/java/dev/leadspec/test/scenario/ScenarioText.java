package dev.leadspec.test.scenario;

import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The text forms of expectations that scenario files share, JSON and CSV alike: outcomes
 * ({@code ACCEPTED}, {@code REJECTED}), statuses ({@code MET}, {@code NOT_MET}, {@code UNKNOWN}),
 * reasons in one cell ({@code TA-SIZE=NOT_MET;Q-MEETING=UNKNOWN}, empty for none) and amounts
 * ({@code 2500 RUB}). Each parser is strict and says what it expected.
 *
 * <pre>{@code
 * ScenarioText.reasons("TA-SIZE=NOT_MET;Q-MEETING=UNKNOWN"); // {TA-SIZE=NOT_MET, Q-MEETING=UNKNOWN}
 * ScenarioText.reasons(Map.of("TA-SIZE", Status.NOT_MET));   // "TA-SIZE=NOT_MET"
 * }</pre>
 */
public final class ScenarioText {
  private ScenarioText() {}

  /**
   * Reads an outcome.
   *
   * <pre>{@code
   * ScenarioText.outcome("REJECTED"); // Outcome.REJECTED
   * }</pre>
   *
   * @param text {@code ACCEPTED} or {@code REJECTED}
   * @return the outcome
   * @throws IllegalArgumentException for any other text
   */
  public static Outcome outcome(String text) {
    Objects.requireNonNull(text, "text");
    for (Outcome outcome : Outcome.values()) {
      if (outcome.name().equals(text)) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("outcome \"" + text + "\" is not ACCEPTED or REJECTED"
        + dev.leadspec.internal.Suggestions.suggestion(text, java.util.List.of("ACCEPTED", "REJECTED")));
  }

  /**
   * Reads a criterion status.
   *
   * <pre>{@code
   * ScenarioText.status("NOT_MET"); // Status.NOT_MET
   * }</pre>
   *
   * @param text {@code MET}, {@code NOT_MET} or {@code UNKNOWN}
   * @return the status
   * @throws IllegalArgumentException for any other text
   */
  public static Status status(String text) {
    Objects.requireNonNull(text, "text");
    for (Status status : Status.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    throw new IllegalArgumentException("status \"" + text + "\" is not MET, NOT_MET or UNKNOWN"
        + dev.leadspec.internal.Suggestions.suggestion(text, java.util.List.of("MET", "NOT_MET", "UNKNOWN")));
  }

  /**
   * Reads reasons written in one cell: {@code ID=STATUS} pairs separated by {@code ;}, spaces
   * around them ignored; the empty cell means no reasons (an accepted lead has none).
   *
   * <pre>{@code
   * ScenarioText.reasons("TA-SIZE=NOT_MET; DQ-DUP=MET"); // {TA-SIZE=NOT_MET, DQ-DUP=MET}
   * }</pre>
   *
   * @param cell the cell
   * @return criterion id to status, in the order written
   * @throws IllegalArgumentException for a pair without {@code =}, an empty id, a bad status or a repeated id
   */
  public static Map<String, Status> reasons(String cell) {
    Objects.requireNonNull(cell, "cell");
    Map<String, Status> reasons = new LinkedHashMap<>();
    if (cell.isBlank()) {
      return reasons;
    }
    for (String pair : cell.split(";", -1)) {
      String trimmed = pair.strip();
      int equals = trimmed.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("reason \"" + trimmed + "\" is not CRITERION=STATUS, such as TA-SIZE=NOT_MET");
      }
      String id = trimmed.substring(0, equals).strip();
      Status status = status(trimmed.substring(equals + 1).strip());
      if (reasons.put(id, status) != null) {
        throw new IllegalArgumentException("criterion " + id + " is named twice");
      }
    }
    return reasons;
  }

  /**
   * Writes reasons as one cell, the inverse of {@link #reasons(String)}.
   *
   * <pre>{@code
   * ScenarioText.reasons(Map.of("TA-SIZE", Status.NOT_MET)); // "TA-SIZE=NOT_MET"
   * }</pre>
   *
   * @param reasons criterion id to status
   * @return the cell, empty for no reasons
   */
  public static String reasons(Map<String, Status> reasons) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Status> reason : reasons.entrySet()) {
      if (text.length() > 0) {
        text.append(';');
      }
      text.append(reason.getKey()).append('=').append(reason.getValue());
    }
    return text.toString();
  }

  /**
   * Reads an amount of money: a plain decimal, one space, an ISO 4217 code.
   *
   * <pre>{@code
   * ScenarioText.price("2500 RUB"); // 2500 RUB
   * }</pre>
   *
   * @param text such as {@code 2500 RUB} or {@code 34000.00 RUB}
   * @return the amount
   * @throws IllegalArgumentException if the text is not such an amount
   */
  public static Money price(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space <= 0 || text.indexOf(' ', space + 1) >= 0 || !text.substring(0, space).matches("-?\\d+(\\.\\d+)?")
        || !text.substring(space + 1).matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("price \"" + text + "\" is not an amount and a currency, such as 2500 RUB");
    }
    try {
      return Money.of(text.substring(0, space), text.substring(space + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("price \"" + text + "\": " + e.getMessage(), e);
    }
  }
}
