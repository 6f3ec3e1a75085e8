package dev.leadspec.text;

import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders contracts, verdicts and statements as Markdown in English or Russian. What is signed is
 * what runs: the appendix is derived from the built contract, with its fingerprint, and every
 * criterion and row in words ("Employees: between 50 and 5 000 inclusive" / "Сотрудников: от 50
 * до 5 000 включительно"). Byte-stable on any locale, time zone and default charset.
 *
 * <pre>{@code
 * String appendix = Markdown.contract(contract, Language.EN);
 * String why = Markdown.verdict(verdict, Language.RU);
 * String report = Markdown.statement(statement, Language.EN);
 * String amendment = Markdown.diff(SemanticDiff.between(v1, v2), Language.EN);
 * }</pre>
 */
public final class Markdown {
  private Markdown() {}

  /**
   * A contract as an appendix: identity and fingerprint, fields, criteria, tables and terms.
   *
   * @param contract the contract
   * @param language the language of the phrases (labels and titles are the contract's own)
   * @return Markdown, lines ending in {@code \n}
   */
  public static String contract(Contract contract, Language language) {
    Objects.requireNonNull(contract, "contract");
    boolean ru = Objects.requireNonNull(language, "language") == Language.RU;
    Words words = words(contract, language);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(contract.title()).append("\n\n");
    md.append(ru ? "Договор `" : "Contract `").append(contract.id()).append(ru ? "`, версия " : "`, version ")
        .append(contract.version()).append(ru ? ", действует с " : ", effective from ")
        .append(words.date(contract.effectiveFrom())).append(" (").append(contract.zone().getId()).append(").\n\n");
    md.append(ru ? "Отпечаток (SHA-256 канонического JSON): `" : "Fingerprint (SHA-256 of the canonical JSON): `")
        .append(Fingerprint.of(contract)).append("`\n\n");

    md.append(ru ? "## Поля\n\n| Поле | Название | Тип | Единица | Значения |\n" : "## Fields\n\n| Field | Label | Kind | Unit | Values |\n")
        .append("|---|---|---|---|---|\n");
    for (Field field : contract.fields()) {
      String values = !field.codes().isEmpty() ? String.join(", ", field.codes())
          : field.question().map(q -> "«" + q + "» " + (ru ? "ДА / НЕТ" : "YES / NO")).orElse("");
      md.append("| `").append(field.name()).append("` | ").append(cell(field.label())).append(" | ").append(words.kind(field.kind()))
          .append(" | ").append(cell(field.unit().orElse(""))).append(" | ").append(cell(values)).append(" |\n");
    }

    md.append(ru ? "\n## Критерии\n\nЛид засчитывается, если выполнены все обязательные критерии и не сработал ни один "
        + "критерий исключения.\n\n" : "\n## Criteria\n\nA lead counts when every required criterion holds and no "
        + "disqualifier applies.\n\n");
    int number = 1;
    for (Criterion criterion : contract.criteria()) {
      boolean required = criterion.role() == Role.REQUIRED;
      boolean unknownMet = criterion.unknownAs() == Status.MET;
      md.append(number++).append(". **").append(criterion.id()).append(" — ").append(criterion.title()).append("** (")
          .append(required ? (ru ? "обязательный" : "required") : (ru ? "исключение" : "disqualifier")).append("): ")
          .append(words.condition(criterion.condition())).append(". ");
      if (required) {
        md.append(unknownMet ? (ru ? "Неизвестное значение засчитывается." : "An unknown value counts as met.")
            : (ru ? "Неизвестное значение не засчитывается." : "An unknown value counts as not met."));
      } else {
        md.append(unknownMet ? (ru ? "Неизвестное значение исключает лид." : "An unknown value disqualifies.")
            : (ru ? "Неизвестное значение не исключает лид." : "An unknown value does not disqualify."));
      }
      if (criterion.admitsLaterEvidence()) {
        md.append(ru ? " Решить его могут и доказательства, полученные после передачи лида."
            : " Evidence recorded after delivery may decide it.");
      }
      md.append('\n');
    }

    for (Table table : contract.tables()) {
      md.append("\n## ").append(table.title()).append(" (`").append(table.id()).append("`)\n\n");
      boolean unique = table.hitPolicy() == HitPolicy.UNIQUE;
      md.append(unique ? (ru ? "Строки не пересекаются" : "Rows must not overlap")
          : (ru ? "Применяется первая подходящая строка" : "The first matching row applies"));
      md.append(table.complete() ? (ru ? "; каждый засчитанный лид подходит под строку.\n\n"
          : "; every accepted lead matches a row.\n\n") : ".\n\n");
      md.append(ru ? "| Строка | Условие | Результат |\n" : "| Row | When | Output |\n").append("|---|---|---|\n");
      for (Row row : table.rows()) {
        md.append("| ").append(row.id()).append(" | ").append(cell(words.condition(row.condition()))).append(" | ")
            .append(words.output(row.output())).append(" |\n");
      }
    }

    Terms terms = contract.terms();
    md.append(ru ? "\n## Условия оплаты и споров\n\n" : "\n## Terms\n\n");
    md.append(ru ? "- Цена: " : "- Price: ").append(terms.price().map(words::money)
        .or(() -> terms.priceTable().map(id -> (ru ? "по таблице `" : "by table `") + id + "`"))
        .orElse(ru ? "не указана" : "not stated")).append('\n');
    md.append(ru ? "- Срок оспаривания: " : "- Challenge window: ").append(terms.challengeWindow()
        .map(w -> words.duration(w) + (ru ? " после передачи лида" : " after delivery"))
        .orElse(ru ? "не ограничен" : "no limit")).append('\n');
    return md.toString();
  }

  /**
   * A verdict as an explanation: outcome, version and fingerprint, then every criterion with what
   * it expected, in words, and what it read.
   *
   * @param verdict the verdict
   * @param language the language of the phrases
   * @return Markdown, lines ending in {@code \n}
   */
  public static String verdict(Verdict verdict, Language language) {
    Objects.requireNonNull(verdict, "verdict");
    boolean ru = Objects.requireNonNull(language, "language") == Language.RU;
    Contract contract = verdict.contract();
    Words words = words(contract, language);
    StringBuilder md = new StringBuilder();
    md.append("**").append(verdict.isAccepted() ? (ru ? "ЗАСЧИТАН" : "ACCEPTED") : (ru ? "НЕ ЗАСЧИТАН" : "REJECTED"))
        .append("**: ").append(ru ? "лид " : "lead ").append(verdict.leadId()).append(ru ? " по договору " : " under ")
        .append(contract.reference()).append(" (").append(verdict.contractFingerprint(), 0, 12).append("…)\n\n");
    for (CriterionResult result : verdict.results()) {
      Criterion criterion = contract.criterion(result.criterionId()).orElseThrow();
      md.append("- ").append(result.decisive() ? "**" + result.criterionId() + "**" : result.criterionId()).append(' ')
          .append(result.title()).append(": ").append(status(result, ru)).append(". ")
          .append(criterion.role() == Role.REQUIRED ? (ru ? "Требуется: " : "Requires: ") : (ru ? "Исключает: " : "Disqualifies: "))
          .append(words.condition(criterion.condition())).append(ru ? ". Прочитано: " : ". Read: ");
      List<String> facts = new ArrayList<>();
      for (FactReading reading : result.facts()) {
        facts.add(words.label(reading.field()) + " = " + reading.value().map(words::value).orElse(ru ? "неизвестно" : "unknown"));
      }
      md.append(String.join(", ", facts)).append(".\n");
    }
    for (TableResult table : verdict.tables()) {
      md.append("- ").append(contract.table(table.tableId()).orElseThrow().title()).append(": ");
      switch (table.status()) {
        case MATCHED:
          md.append(words.output(table.output().orElseThrow())).append(ru ? " (строка " : " (row ").append(table.rowIds().get(0)).append(')');
          break;
        case CONFLICT:
          md.append(ru ? "КОНФЛИКТ строк " : "CONFLICT between rows ").append(String.join(", ", table.rowIds()));
          break;
        case NO_MATCH:
          md.append(ru ? "НЕТ СТРОКИ (таблица должна быть полной)" : "NO MATCH (the table is declared complete)");
          break;
        default:
          md.append(ru ? "ни одна строка не подходит" : "no row matches");
      }
      md.append('\n');
    }
    verdict.price().ifPresent(price -> md.append(ru ? "- Цена: " : "- Price: ").append(words.money(price)).append('\n'));
    return md.toString();
  }

  /**
   * A semantic diff as an amendment's summary: the edits (criteria added, removed and changed,
   * with their words before and after; fields; tables; terms), then each region of leads whose
   * verdict changes, with the criteria each version decides it by, the prices and an example.
   * Conditions are worded in the contracts' labels, as in {@link #contract}.
   *
   * <pre>{@code
   * String text = Markdown.diff(SemanticDiff.between(v1, v2), Language.RU);
   * }</pre>
   *
   * @param diff the diff
   * @param language the language of the phrases
   * @return Markdown, lines ending in {@code \n}
   * @throws NullPointerException if an argument is null
   */
  public static String diff(SemanticDiff diff, Language language) {
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(language, "language");
    return new DiffMarkdown(diff, language).render();
  }

  private static String status(CriterionResult result, boolean ru) {
    boolean disqualifier = result.role() == Role.DISQUALIFIER;
    String base;
    if (result.status() == Status.UNKNOWN) {
      base = ru ? "неизвестно" : "unknown";
      boolean counts = result.countedAs() == Status.MET;
      base += disqualifier
          ? (counts ? (ru ? ", исключает" : ", disqualifies") : (ru ? ", не исключает" : ", does not disqualify"))
          : (counts ? (ru ? ", засчитывается" : ", counts as met") : (ru ? ", не засчитывается" : ", counts as not met"));
      return base;
    }
    boolean met = result.status() == Status.MET;
    if (disqualifier) {
      return met ? (ru ? "сработал" : "applies") : (ru ? "не сработал" : "does not apply");
    }
    return met ? (ru ? "выполнен" : "met") : (ru ? "не выполнен" : "not met");
  }

  /**
   * A statement as a report: the totals, then a table per contract version and per day, and the
   * standing rejections by criterion.
   *
   * @param statement the statement
   * @param language the language of the phrases
   * @return Markdown, lines ending in {@code \n}
   */
  public static String statement(Statement statement, Language language) {
    Objects.requireNonNull(statement, "statement");
    boolean ru = Objects.requireNonNull(language, "language") == Language.RU;
    Words words = new Words(language, name -> {
      throw new IllegalStateException("a statement names no field");
    });
    Tally total = statement.total();
    StringBuilder md = new StringBuilder();
    md.append(ru ? "# Акт по лидам\n\n" : "# Lead statement\n\n");
    md.append(ru ? "- Лидов: " : "- Leads: ").append(total.leads()).append('\n');
    md.append(ru ? "- Засчитано при передаче: " : "- Accepted as delivered: ").append(total.accepted()).append('\n');
    md.append(ru ? "- К оплате: " : "- Billable: ").append(total.billable())
        .append(ru ? " (из них восстановлено по спорам: " : " (reinstated by challenges: ").append(total.reinstated()).append(")\n");
    md.append(ru ? "- Снято по спорам покупателя: " : "- Overturned by upheld challenges: ").append(total.upheldAgainst()).append('\n');
    md.append(ru ? "- Не засчитано: " : "- Rejected: ").append(total.rejected())
        .append(ru ? " (из них к замене, только из-за неизвестных фактов: " : " (owed as replacements, rejected only for unknown facts: ")
        .append(total.replacementsOwed()).append(")\n");
    md.append(ru ? "- Споров удовлетворено: " : "- Challenges upheld: ").append(total.challengesUpheld()).append('\n');
    md.append(ru ? "- Споров отклонено: " : "- Challenges dismissed: ").append(grounds(total.challengesDismissed())).append('\n');
    md.append(ru ? "- Сумма к оплате: " : "- Amount due: ").append(amounts(total.amountDue(), words)).append("\n\n");

    md.append(ru ? "## Отказы по критериям\n\n| Критерий | Лидов |\n" : "## Rejections by criterion\n\n| Criterion | Leads |\n")
        .append("|---|---:|\n");
    for (Map.Entry<String, Long> reason : total.rejectionsByReason().entrySet()) {
      md.append("| ").append(reason.getKey()).append(" | ").append(reason.getValue()).append(" |\n");
    }
    tallies(md, ru ? "## По версиям договора" : "## Per contract version", statement.byVersion(), words, ru);
    tallies(md, ru ? "## По дням" : "## Per day", statement.byDay(), words, ru);
    return md.toString();
  }

  private static void tallies(StringBuilder md, String title, List<Tally> tallies, Words words, boolean ru) {
    md.append('\n').append(title).append("\n\n").append(ru
        ? "| | Лидов | Засчитано | К оплате | Снято | Не засчитано | К замене | Сумма |\n"
        : "| | Leads | Accepted | Billable | Overturned | Rejected | Replacements | Amount due |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Tally tally : tallies) {
      md.append("| ").append(tally.label()).append(" | ").append(tally.leads()).append(" | ").append(tally.accepted()).append(" | ")
          .append(tally.billable()).append(" | ").append(tally.upheldAgainst()).append(" | ").append(tally.rejected()).append(" | ")
          .append(tally.replacementsOwed()).append(" | ").append(amounts(tally.amountDue(), words)).append(" |\n");
    }
  }

  private static String grounds(Map<Ground, Long> dismissed) {
    if (dismissed.isEmpty()) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    dismissed.forEach((ground, count) -> parts.add(ground + " " + count));
    return String.join(", ", parts);
  }

  private static String amounts(List<Money> amounts, Words words) {
    if (amounts.isEmpty()) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    amounts.forEach(m -> parts.add(words.money(m.rounded())));
    return String.join(" + ", parts);
  }

  private static Words words(Contract contract, Language language) {
    return new Words(language, name -> contract.field(name).orElseThrow());
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
