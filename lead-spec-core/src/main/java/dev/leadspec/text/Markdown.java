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
 * criterion and row in words ("Employees: between 50 and 5,000 people inclusive" / "Сотрудников:
 * от 50 до 5 000 чел. включительно"), in the document's language: its phrases, its number, date
 * and money rules, and the contract's titles, labels and units in that language where it gives
 * them. Byte-stable on any locale, time zone and default charset.
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
   * @param language the language of the phrases, and of the titles, labels and units where the contract gives them
   *     in it (else the default text)
   * @return Markdown, lines ending in {@code \n}
   */
  public static String contract(Contract contract, Language language) {
    Objects.requireNonNull(contract, "contract");
    Phrases p = Objects.requireNonNull(language, "language").phrases();
    String tag = language.tag();
    Words words = words(contract, language);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(contract.title(tag)).append("\n\n");
    md.append(p.contractLine(contract.id(), contract.version(), words.date(contract.effectiveFrom()), contract.zone().getId()))
        .append("\n\n");
    md.append(p.fingerprint()).append('`').append(Fingerprint.of(contract)).append("`\n\n");

    md.append(p.fieldsHead()).append("|---|---|---|---|---|\n");
    for (Field field : contract.fields()) {
      String values = !field.codes().isEmpty() ? String.join(", ", field.codes())
          : field.question(tag).map(q -> "«" + q + "» " + p.answers()).orElse("");
      md.append("| `").append(field.name()).append("` | ").append(cell(field.label(tag))).append(" | ").append(words.kind(field.kind()))
          .append(" | ").append(cell(words.unit(field).orElse(""))).append(" | ").append(cell(values)).append(" |\n");
    }

    md.append('\n').append(p.criteriaHead());
    int number = 1;
    for (Criterion criterion : contract.criteria()) {
      boolean required = criterion.role() == Role.REQUIRED;
      md.append(number++).append(". **").append(criterion.id()).append(" — ").append(criterion.title(tag)).append("** (")
          .append(p.role(required)).append("): ").append(words.condition(criterion.condition())).append(". ")
          .append(p.unknownRule(required, criterion.unknownAs() == Status.MET));
      if (criterion.admitsLaterEvidence()) {
        md.append(p.laterEvidenceSentence());
      }
      md.append('\n');
    }

    for (Table table : contract.tables()) {
      md.append("\n## ").append(table.title(tag)).append(" (`").append(table.id()).append("`)\n\n");
      md.append(p.hitPolicy(table.hitPolicy() == HitPolicy.UNIQUE)).append(p.completeness(table.complete())).append("\n\n");
      md.append(p.rowsHead()).append("|---|---|---|\n");
      for (Row row : table.rows()) {
        md.append("| ").append(row.id()).append(" | ").append(cell(words.condition(row.condition()))).append(" | ")
            .append(words.output(row.output())).append(" |\n");
      }
    }

    Terms terms = contract.terms();
    md.append("\n## ").append(p.termsTitle()).append("\n\n");
    md.append("- ").append(p.price()).append(terms.price().map(words::money)
        .or(() -> terms.priceTable().map(p::priceByTable)).orElse(p.priceNotStated())).append('\n');
    md.append("- ").append(p.challengeWindow()).append(terms.challengeWindow()
        .map(w -> p.afterDelivery(words.duration(w))).orElse(p.noLimit())).append('\n');
    return md.toString();
  }

  /**
   * A verdict as an explanation: outcome, version and fingerprint, then every criterion with what
   * it expected, in words, and what it read.
   *
   * @param verdict the verdict
   * @param language the language of the phrases, titles, labels and units
   * @return Markdown, lines ending in {@code \n}
   */
  public static String verdict(Verdict verdict, Language language) {
    Objects.requireNonNull(verdict, "verdict");
    Phrases p = Objects.requireNonNull(language, "language").phrases();
    String tag = language.tag();
    Contract contract = verdict.contract();
    Words words = words(contract, language);
    StringBuilder md = new StringBuilder();
    md.append("**").append(p.outcome(verdict.isAccepted())).append("**: ").append(p.leadUnder(verdict.leadId(), contract.reference()))
        .append(" (").append(verdict.contractFingerprint(), 0, 12).append("…)\n\n");
    for (CriterionResult result : verdict.results()) {
      Criterion criterion = contract.criterion(result.criterionId()).orElseThrow();
      boolean required = criterion.role() == Role.REQUIRED;
      md.append("- ").append(result.decisive() ? "**" + result.criterionId() + "**" : result.criterionId()).append(' ')
          .append(criterion.title(tag)).append(": ").append(status(result, p)).append(". ")
          .append(p.needs(required)).append(words.condition(criterion.condition())).append(p.read());
      List<String> facts = new ArrayList<>();
      for (FactReading reading : result.facts()) {
        facts.add(words.fact(reading.field(), reading.value()));
      }
      String read = String.join(", ", facts);
      // a sentence that ends in an abbreviated unit ("49 чел.") takes no second full stop
      md.append(read).append(read.endsWith(".") ? "\n" : ".\n");
    }
    for (TableResult table : verdict.tables()) {
      md.append("- ").append(contract.table(table.tableId()).orElseThrow().title(tag)).append(": ");
      switch (table.status()) {
        case MATCHED:
          md.append(words.output(table.output().orElseThrow())).append(p.matchedRow(table.rowIds().get(0)));
          break;
        case CONFLICT:
          md.append(p.conflict(String.join(", ", table.rowIds())));
          break;
        case NO_MATCH:
          md.append(p.noMatch());
          break;
        default:
          md.append(p.noRow());
      }
      md.append('\n');
    }
    verdict.price().ifPresent(price -> md.append("- ").append(p.price()).append(words.money(price)).append('\n'));
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

  private static String status(CriterionResult result, Phrases p) {
    boolean disqualifier = result.role() == Role.DISQUALIFIER;
    if (result.status() == Status.UNKNOWN) {
      return p.unknownStatus(disqualifier, result.countedAs() == Status.MET);
    }
    return p.status(disqualifier, result.status() == Status.MET);
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
    Phrases p = Objects.requireNonNull(language, "language").phrases();
    Words words = new Words(language, name -> {
      throw new IllegalStateException("a statement names no field");
    });
    Tally total = statement.total();
    String[] t = p.totals();
    StringBuilder md = new StringBuilder();
    md.append(p.statementTitle()).append("\n\n");
    md.append("- ").append(t[0]).append(": ").append(total.leads()).append('\n');
    md.append("- ").append(t[1]).append(": ").append(total.accepted()).append('\n');
    md.append("- ").append(t[2]).append(": ").append(total.billable())
        .append(" (").append(t[3]).append(": ").append(total.reinstated()).append(")\n");
    md.append("- ").append(t[4]).append(": ").append(total.upheldAgainst()).append('\n');
    md.append("- ").append(t[5]).append(": ").append(total.rejected())
        .append(" (").append(t[6]).append(": ").append(total.replacementsOwed()).append(")\n");
    md.append("- ").append(t[7]).append(": ").append(total.challengesUpheld()).append('\n');
    md.append("- ").append(t[8]).append(": ").append(grounds(total.challengesDismissed(), p)).append('\n');
    md.append("- ").append(t[9]).append(": ").append(amounts(total.amountDue(), words)).append("\n\n");

    md.append(p.rejectionsHead()).append("|---|---:|\n");
    for (Map.Entry<String, Long> reason : total.rejectionsByReason().entrySet()) {
      md.append("| ").append(reason.getKey()).append(" | ").append(reason.getValue()).append(" |\n");
    }
    tallies(md, p.perVersion(), p.versionColumn(), statement.byVersion(), words, p);
    List<String> zones = new ArrayList<>();
    statement.zones().forEach(zone -> zones.add(zone.getId()));
    tallies(md, p.perDay(), p.dayColumn(String.join(", ", zones)), statement.byDay(), words, p);
    return md.toString();
  }

  private static void tallies(StringBuilder md, String title, String first, List<Tally> tallies, Words words, Phrases p) {
    md.append("\n## ").append(title).append("\n\n| ").append(first);
    for (String column : p.tallyColumns()) {
      md.append(" | ").append(column);
    }
    md.append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Tally tally : tallies) {
      md.append("| ").append(tally.label()).append(" | ").append(tally.leads()).append(" | ").append(tally.accepted()).append(" | ")
          .append(tally.billable()).append(" | ").append(tally.upheldAgainst()).append(" | ").append(tally.rejected()).append(" | ")
          .append(tally.replacementsOwed()).append(" | ").append(amounts(tally.amountDue(), words)).append(" |\n");
    }
  }

  private static String grounds(Map<Ground, Long> dismissed, Phrases p) {
    if (dismissed.isEmpty()) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    dismissed.forEach((ground, count) -> parts.add(p.ground(ground) + " (" + count + ")"));
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
