package dev.leadspec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a contract's translations: the titles of the contract, its criteria and tables, the
 * labels, units and scripted questions of its fields in other languages. The rules, each a problem naming the
 * contract, criterion, field or table and the language tag:
 * <ul>
 *   <li>A tag is a language of two or three lower-case letters, then optionally a script (four
 *       letters, the first upper-case) and a region (two upper-case letters or three digits),
 *       joined by hyphens: {@code ru}, {@code en-GB}, {@code pt-BR}, {@code sr-Latn},
 *       {@code es-419}. That is the well-formed part of BCP 47 a document is read in, written in
 *       the case BCP 47 recommends, which {@link Locale#toLanguageTag()} writes too: a document
 *       asked for in {@code "ru"} must find the text given for it, so {@code RU}, {@code ru_RU} or
 *       {@code russian} are refused (with the tag meant, when Java can tell) rather than never
 *       used.</li>
 *   <li>A translation is not blank, and not longer than {@link Limits#MAX_STRING_LENGTH}.</li>
 *   <li>A translation into the contract's own {@link Contract#language() language} that differs
 *       from the text it translates is refused: the default text is the text in that language,
 *       and a contract that says two things in one language says neither (which would be
 *       signed?). The same text again is allowed: it says nothing new.</li>
 *   <li>A field without a unit has no unit to translate, one without a question no question.</li>
 * </ul>
 */
final class Translations {
  /** Language, optional script, optional region: BCP 47's canonical case. */
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");

  private final Contract contract;
  private final List<ContractValidationException.Problem> problems = new ArrayList<>();

  private Translations(Contract contract) {
    this.contract = contract;
  }

  /**
   * Every problem of the contract's translations, in declaration order.
   *
   * @param contract the contract
   * @return the problems; empty when every translation is well formed
   */
  static List<ContractValidationException.Problem> problems(Contract contract) {
    Translations check = new Translations(contract);
    check.run();
    return check.problems;
  }

  /**
   * Whether a tag is one a translation may be keyed by.
   *
   * @param tag the tag
   * @return true for {@code ru}, {@code pt-BR}, ...; false for {@code RU}, {@code ru_RU}, {@code russian}
   */
  static boolean wellFormed(String tag) {
    return TAG.matcher(tag).matches();
  }

  private void run() {
    String reference = "contract " + ContractValidator.abbreviated(contract.id());
    check(reference, Optional.empty(), "title", contract.title(), contract.titles());
    for (Field field : contract.fields()) {
      String subject = "field \"" + ContractValidator.abbreviated(field.name()) + "\"";
      check(subject, Optional.of(field.name()), "label", field.label(), field.labels());
      if (field.unit().isPresent()) {
        check(subject, Optional.of(field.name()), "unit", field.unit().get(), field.units());
      } else {
        for (String tag : field.units().keySet()) {
          problem(subject, Optional.of(field.name()), "unit in \"" + shown(tag) + "\" is given, but the field has no unit to translate");
        }
      }
      if (field.question().isPresent()) {
        check(subject, Optional.of(field.name()), "question", field.question().get(), field.questions());
      } else {
        for (String tag : field.questions().keySet()) {
          problem(subject, Optional.of(field.name()), "question in \"" + shown(tag) + "\" is given, but the field has no question to translate");
        }
      }
    }
    for (Criterion criterion : contract.criteria()) {
      check("criterion " + ContractValidator.abbreviated(criterion.id()), Optional.empty(), "title", criterion.title(),
          criterion.titles());
    }
    for (Table table : contract.tables()) {
      check("table " + ContractValidator.abbreviated(table.id()), Optional.empty(), "title", table.title(), table.titles());
    }
  }

  private void check(String subject, Optional<String> field, String what, String text, Map<String, String> translations) {
    for (Map.Entry<String, String> translation : translations.entrySet()) {
      String tag = translation.getKey();
      String translated = translation.getValue();
      String named = what + " in \"" + shown(tag) + "\"";
      if (!wellFormed(tag)) {
        problem(subject, field, named + ": the language tag is not well formed; write a BCP 47 tag such as \"ru\" or \"pt-BR\""
            + suggestion(tag));
      } else if (tag.equals(contract.language()) && !translated.equals(text)) {
        problem(subject, field, named + " differs from the " + what + " \"" + ContractValidator.abbreviated(text)
            + "\", which is already in the contract's language \"" + tag + "\"; give one " + what + " per language");
      }
      if (translated.isBlank()) {
        problem(subject, field, named + " is blank");
      } else if (translated.length() > Limits.MAX_STRING_LENGTH) {
        problems.add(new ContractValidationException.Problem(subject, field, "string length limit exceeded: " + named + " is "
            + translated.length() + " characters long, more than the maximum allowed (" + Limits.MAX_STRING_LENGTH + ")",
            Optional.of("string length")));
      }
    }
  }

  /** The tag Java reads the given one as, when that is well formed and not the same. */
  private static String suggestion(String tag) {
    if (tag.length() > 80) {
      return "";
    }
    String meant = Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
    return wellFormed(meant) && !meant.equals(tag) ? " (did you mean \"" + meant + "\"?)" : "";
  }

  private static String shown(String tag) {
    return ContractValidator.abbreviated(tag);
  }

  private void problem(String subject, Optional<String> field, String message) {
    problems.add(new ContractValidationException.Problem(subject, field, message));
  }
}
