package dev.leadspec.text;

import dev.leadspec.analysis.Remark;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Every phrase, label and number, date and money format the Markdown renderers use, for one
 * language. The renderers ({@link Markdown}, {@link DiffMarkdown}, {@link Words}) hold no
 * language conditional: they ask the {@link Language}'s table. A third language is one class
 * implementing this interface plus one {@link Language} constant naming it.
 *
 * <p>Numbers: thousands grouped by {@link #groupSeparator()}, the fraction after
 * {@link #decimalSeparator()}, never exponent notation, the scale as given (so {@code 12.50}
 * stays {@code 12.50}). English groups by a comma and writes a decimal point ({@code 5,000},
 * {@code 6.5}); Russian groups by a no-break space (U+00A0, so a number never breaks across
 * lines) and writes a decimal comma ({@code 5 000}, {@code 6,5}).
 *
 * <p>Money, in every language: the amount as a number of that language, a no-break space, then
 * the currency's ISO 4217 code as the contract gives it: {@code 1,500 INR}, {@code 12.50 BRL};
 * in Russian {@code 1 500 INR}, {@code 379 500,00 RUB}. The code, not a symbol, because it is
 * what the contract states and it is unambiguous ({@code $} is several currencies).
 *
 * <p>Phrases that end in a space are prefixes the renderer puts a value after; methods that take
 * arguments build the whole phrase, because word order can differ between languages. Where it
 * does not, the sentence is a default method here (the Markdown around it, the order of its
 * parts, its punctuation) and a language gives only its words ({@link #contractWord()},
 * {@link #fieldColumns()}, ...); a language overrides a sentence only where its grammar orders
 * the parts otherwise ({@link #between}).
 */
interface Phrases {
  /** U+00A0: joins an amount to its currency and groups Russian thousands. */
  char NBSP = '\u00a0';

  // ------------------------------------------------------------------ numbers, dates, money

  /**
   * The character between groups of three digits.
   *
   * @return a comma or a no-break space
   */
  char groupSeparator();

  /**
   * The character before the fraction.
   *
   * @return a point or a comma
   */
  char decimalSeparator();

  /**
   * A number in this language: grouped, never in exponent notation, its scale kept.
   *
   * @param number the number
   * @return {@code 5,000.5} or {@code 5 000,5}
   */
  default String number(BigDecimal number) {
    String plain = number.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(groupSeparator());
      }
      grouped.append(whole.charAt(i));
    }
    if (point >= 0) {
      grouped.append(decimalSeparator()).append(digits, point + 1, digits.length());
    }
    return (negative ? "-" : "") + grouped;
  }

  /**
   * Money: the amount as {@link #number}, a no-break space, the currency code.
   *
   * @param money the amount
   * @return {@code 1,500 INR} or {@code 1 500 INR}
   */
  default String money(Money money) {
    return number(money.amount()) + NBSP + money.currency().getCurrencyCode();
  }

  /**
   * A date.
   *
   * @param date the date
   * @return {@code 2026-03-01} or {@code 01.03.2026}
   */
  String date(LocalDate date);

  /**
   * A count of days in words.
   *
   * @param days the count
   * @return {@code 10 days} or {@code 10 дней}
   */
  default String days(long days) {
    return days + " " + dayNoun(days);
  }

  /**
   * The noun after a count of days, in the form the count takes.
   *
   * @param days the count
   * @return the words
   */
  String dayNoun(long days);

  /**
   * A count of hours in words.
   *
   * @param hours the count
   * @return {@code 1 hour} or {@code 1 час}
   */
  default String hours(long hours) {
    return hours + " " + hourNoun(hours);
  }

  /**
   * The noun after a count of hours, in the form the count takes.
   *
   * @param hours the count
   * @return the words
   */
  String hourNoun(long hours);

  // ------------------------------------------------------------------ values and kinds

  /**
   * A flag's value.
   *
   * @param flag the flag
   * @return {@code yes}/{@code no} or {@code да}/{@code нет}
   */
  String flag(boolean flag);

  /**
   * A scripted answer as the lead gave it.
   *
   * @param yes whether the answer is YES
   * @return {@code YES} or {@code ДА}
   */
  String answer(boolean yes);

  /**
   * A scripted answer as a condition quotes it.
   *
   * @param yes whether the answer is YES
   * @return {@code YES} or {@code «ДА»}
   */
  String quotedAnswer(boolean yes);

  /**
   * The two answers a scripted question allows, after the question.
   *
   * @return {@code YES / NO}
   */
  default String answers() {
    return answer(true) + " / " + answer(false);
  }

  /**
   * A value not known.
   *
   * @return {@code unknown}
   */
  String unknown();

  /**
   * A field's kind in words.
   *
   * @param kind the kind
   * @return {@code integer} or {@code целое число}
   */
  String kind(FieldKind kind);

  /**
   * A value followed by its field's unit.
   *
   * @param value the value in words
   * @param unit the unit as the contract gives it in this language
   * @return {@code 300 seconds}
   */
  default String withUnit(String value, String unit) {
    return value + " " + unit;
  }

  // ------------------------------------------------------------------ conditions

  /**
   * Before the codes of an {@code in} condition.
   *
   * @param negated whether it is {@code not in}
   * @return {@code one of } or {@code none of }
   */
  String oneOf(boolean negated);

  /**
   * Before the codes of a {@code contains} condition.
   *
   * @param all whether every code is needed
   * @return {@code includes all of } or {@code includes any of }
   */
  String includes(boolean all);

  /**
   * A {@code known} condition's words.
   *
   * @param known whether the field must be known
   * @return {@code is known} or {@code is unknown}
   */
  String known(boolean known);

  /**
   * A negated condition.
   *
   * @param part the condition negated, in words
   * @return {@code not: (part)}
   */
  default String not(String part) {
    return notPrefix() + "(" + part + ")";
  }

  /**
   * The words before a negated condition's parenthesis.
   *
   * @return the words
   */
  String notPrefix();

  /**
   * Before the parts of a conjunction.
   *
   * @return {@code all of: }
   */
  String allOf();

  /**
   * Before the parts of a disjunction.
   *
   * @return {@code any of: }
   */
  String anyOf();

  /**
   * Before the parts of an at-least condition.
   *
   * @param count how many parts must hold
   * @return {@code at least 2 of: }
   */
  default String atLeastOf(int count) {
    return bound(false, true) + count + ofParts();
  }

  /**
   * After the count of an at-least condition.
   *
   * @return the words
   */
  String ofParts();

  /**
   * Before a scripted answer a condition wants or does not want.
   *
   * @param equal whether the answer must be the one named
   * @return {@code answered } or {@code not answered }
   */
  String answered(boolean equal);

  /**
   * Before a value an ordered field must equal or must not equal.
   *
   * @param equal EQ or NE
   * @return {@code equal to } or {@code not equal to }
   */
  String equalTo(boolean equal);

  /**
   * Before a code or flag a field must not have.
   *
   * @return {@code not }
   */
  String notValue();

  /**
   * Before a bound: less than, at most, more than, at least.
   *
   * @param below whether the value must be below the bound
   * @param inclusive whether the bound itself is allowed
   * @return {@code less than }, {@code at most }, {@code more than } or {@code at least }
   */
  String bound(boolean below, boolean inclusive);

  /**
   * A range.
   *
   * @param low the low end in words
   * @param lowInclusive whether the low end is allowed
   * @param high the high end in words
   * @param highInclusive whether the high end is allowed
   * @return {@code between 50 and 5,000 inclusive}
   */
  String between(String low, boolean lowInclusive, String high, boolean highInclusive);

  /**
   * Joins alternatives on one field.
   *
   * @return {@code  or }
   */
  String or();

  /**
   * Joins the last two items of a list.
   *
   * @return {@code  and }
   */
  String and();

  // ------------------------------------------------------------------ the appendix

  /**
   * The appendix's identity line.
   *
   * @param id the contract's id
   * @param version its version
   * @param effectiveFrom the date in words
   * @param zone the zone id
   * @return {@code Contract `id`, version 1, effective from 2026-03-01 (Europe/Moscow).}
   */
  default String contractLine(String id, int version, String effectiveFrom, String zone) {
    return contractWord() + " `" + id + "`, " + lowerFirst(versionColumn()) + " " + version + ", "
        + lowerFirst(term("effective from")) + " " + effectiveFrom + " (" + zone + ").";
  }

  /**
   * The word that starts the appendix's identity line.
   *
   * @return the words
   */
  String contractWord();

  /**
   * Before the fingerprint.
   *
   * @return {@code Fingerprint (SHA-256 of the canonical JSON): }
   */
  String fingerprint();

  /**
   * The fields' heading and table head, ending in a new line.
   *
   * @return {@code ## Fields} and the head row
   */
  default String fieldsHead() {
    return "## " + editGroup(1) + "\n\n" + row(fieldColumns());
  }

  /**
   * The columns of the fields' table.
   *
   * @return the words, in column order
   */
  String[] fieldColumns();

  /**
   * The criteria's heading and the rule that combines them, ending in a blank line.
   *
   * @return {@code ## Criteria} and a sentence
   */
  default String criteriaHead() {
    return "## " + editGroup(0) + "\n\n" + criteriaRule() + "\n\n";
  }

  /**
   * The rule that combines the criteria, as a sentence.
   *
   * @return the words
   */
  String criteriaRule();

  /**
   * A criterion's role.
   *
   * @param required whether it is required (else a disqualifier)
   * @return {@code required} or {@code disqualifier}
   */
  String role(boolean required);

  /**
   * What an unknown value does to a criterion, as a sentence.
   *
   * @param required whether it is required
   * @param unknownMet whether an unknown value counts as met
   * @return {@code An unknown value counts as met.}
   */
  String unknownRule(boolean required, boolean unknownMet);

  /**
   * The sentence for a criterion later evidence may decide, with a leading space.
   *
   * @return {@code  Evidence recorded after delivery may decide it.}
   */
  String laterEvidenceSentence();

  /**
   * A table's hit policy as the start of a sentence.
   *
   * @param unique whether rows must not overlap
   * @return {@code Rows must not overlap}
   */
  String hitPolicy(boolean unique);

  /**
   * The end of the hit policy sentence.
   *
   * @param complete whether every accepted lead matches a row
   * @return {@code ; every accepted lead matches a row.} or {@code .}
   */
  default String completeness(boolean complete) {
    return complete ? "; " + everyAcceptedLeadMatches() + "." : ".";
  }

  /**
   * What a complete table promises, without its full stop.
   *
   * @return the words
   */
  String everyAcceptedLeadMatches();

  /**
   * A table's head row.
   *
   * @return {@code | Row | When | Output |}
   */
  default String rowsHead() {
    return row(rowColumns());
  }

  /**
   * The columns of a table's rows, the first naming a row.
   *
   * @return the words, in column order
   */
  String[] rowColumns();

  /**
   * The terms' heading.
   *
   * @return {@code Terms}
   */
  String termsTitle();

  /**
   * Before the price.
   *
   * @return {@code Price: }
   */
  default String price() {
    return term("price") + ": ";
  }

  /**
   * A price by table.
   *
   * @param table the table id
   * @return {@code by table `id`}
   */
  default String priceByTable(String table) {
    return byTable() + "`" + table + "`";
  }

  /**
   * Before the table a price is looked up in.
   *
   * @return the words
   */
  String byTable();

  /**
   * No price stated.
   *
   * @return {@code not stated}
   */
  String priceNotStated();

  /**
   * Before the challenge window.
   *
   * @return {@code Challenge window: }
   */
  default String challengeWindow() {
    return term("challenge window") + ": ";
  }

  /**
   * The window after delivery.
   *
   * @param window the duration in words
   * @return {@code 10 days after delivery}
   */
  default String afterDelivery(String window) {
    return window + afterDeliveryWords();
  }

  /**
   * After the challenge window's length.
   *
   * @return the words
   */
  String afterDeliveryWords();

  /**
   * No challenge window.
   *
   * @return {@code no limit}
   */
  String noLimit();

  // ------------------------------------------------------------------ the verdict

  /**
   * The verdict's headline after the outcome.
   *
   * @param accepted whether the lead was accepted
   * @return {@code ACCEPTED} or {@code REJECTED}
   */
  String outcome(boolean accepted);

  /**
   * The verdict's subject.
   *
   * @param lead the lead id
   * @param contract the contract reference
   * @return {@code lead L-1 under hw v1}
   */
  default String leadUnder(String lead, String contract) {
    return leadWord() + " " + lead + " " + under() + " " + contract;
  }

  /**
   * The word for a lead before its id.
   *
   * @return the words
   */
  String leadWord();

  /**
   * Between a lead's id and its contract.
   *
   * @return the words
   */
  String under();

  /**
   * A criterion's status.
   *
   * @param disqualifier whether the criterion is a disqualifier
   * @param met whether it is met
   * @return {@code met}, {@code not met}, {@code applies} or {@code does not apply}
   */
  String status(boolean disqualifier, boolean met);

  /**
   * An unknown criterion and what it counts as.
   *
   * @param disqualifier whether the criterion is a disqualifier
   * @param countsMet whether the unknown counts as met
   * @return {@code unknown, counts as met}
   */
  String unknownStatus(boolean disqualifier, boolean countsMet);

  /**
   * Before what a criterion needs.
   *
   * @param required whether it is required
   * @return {@code Requires: } or {@code Disqualifies: }
   */
  String needs(boolean required);

  /**
   * Before the facts read.
   *
   * @return {@code . Read: }
   */
  default String read() {
    return ". " + readWord() + ": ";
  }

  /**
   * Before the facts a verdict read.
   *
   * @return the words
   */
  String readWord();

  /**
   * A matched table row.
   *
   * @param row the row id
   * @return {@code  (row SMB)}
   */
  default String matchedRow(String row) {
    return " (" + lowerFirst(rowColumns()[0]) + " " + row + ")";
  }

  /**
   * Rows in conflict.
   *
   * @param rows the row ids, joined
   * @return {@code CONFLICT between rows A, B}
   */
  String conflict(String rows);

  /**
   * A complete table no row matched.
   *
   * @return {@code NO MATCH (the table is declared complete)}
   */
  String noMatch();

  /**
   * A table no row matched.
   *
   * @return {@code no row matches}
   */
  String noRow();

  // ------------------------------------------------------------------ the statement

  /**
   * The statement's heading.
   *
   * @return {@code # Lead statement}
   */
  default String statementTitle() {
    return "# " + statementName();
  }

  /**
   * The statement's name.
   *
   * @return the words
   */
  String statementName();

  /**
   * The statement's total lines' labels, in the order leads, accepted, billable, reinstated,
   * overturned, rejected, replacements, upheld, dismissed, amount due.
   *
   * @return ten labels
   */
  String[] totals();

  /**
   * A ground of a ruling in words (never the enum's name).
   *
   * @param ground the ground
   * @return {@code out of contract}
   */
  String ground(Ground ground);

  /**
   * The heading and head row of rejections by criterion.
   *
   * @return {@code ## Rejections by criterion} and the head row
   */
  default String rejectionsHead() {
    return "## " + rejectionsTitle() + "\n\n" + row(rejectionColumns());
  }

  /**
   * The title of the rejections by criterion.
   *
   * @return the words
   */
  String rejectionsTitle();

  /**
   * The columns of the rejections by criterion.
   *
   * @return the words, in column order
   */
  String[] rejectionColumns();

  /**
   * The per-version heading.
   *
   * @return {@code Per contract version}
   */
  String perVersion();

  /**
   * The per-day heading.
   *
   * @return {@code Per day}
   */
  String perDay();

  /**
   * The first column of the per-version table.
   *
   * @return {@code Version}
   */
  String versionColumn();

  /**
   * The first column of the per-day table, naming the zone the days are counted in.
   *
   * @param zones the zone ids, joined
   * @return {@code Day (Europe/Moscow)}
   */
  default String dayColumn(String zones) {
    return dayWord() + " (" + zones + ")";
  }

  /**
   * The per-day table's first column, before its zone.
   *
   * @return the words
   */
  String dayWord();

  /**
   * The other columns of a tally table, from leads to amount due.
   *
   * @return seven headings
   */
  String[] tallyColumns();

  // ------------------------------------------------------------------ the amendment

  /**
   * The two sides of a diff when neither versions nor references tell them apart.
   *
   * @param first whether the first contract
   * @return {@code the first contract}
   */
  String side(boolean first);

  /**
   * The amendment's heading.
   *
   * @return {@code # Amendment: }
   */
  default String amendmentTitle() {
    return "# " + amendmentName() + ": ";
  }

  /**
   * The amendment's name.
   *
   * @return the words
   */
  String amendmentName();

  /**
   * The edits' heading.
   *
   * @return {@code Edits}
   */
  String editsTitle();

  /**
   * The title of a group of edits.
   *
   * @param group 0 criteria, 1 fields, 2 tables, 3 terms
   * @return {@code Criteria}
   */
  String editGroup(int group);

  /**
   * No edit.
   *
   * @return {@code The text of the contract is unchanged.}
   */
  String unchanged();

  /**
   * The regions' heading.
   *
   * @return {@code Leads whose verdict changes}
   */
  String regionsTitle();

  /**
   * No region.
   *
   * @param complete whether the analysis was complete
   * @return {@code No lead gets another verdict.}
   */
  String noRegion(boolean complete);

  /**
   * The notes' heading.
   *
   * @return {@code Notes}
   */
  String notesTitle();

  /**
   * What happened to a criterion, field or table.
   *
   * @param change 0 added, 1 removed, 2 changed
   * @param gender 0 criterion, 1 field, 2 table (Russian agrees with the noun)
   * @return {@code added}
   */
  String edited(int change, int gender);

  /**
   * A term's name in an edit.
   *
   * @param term {@code price}, {@code price table}, {@code challenge window}, {@code zone} or {@code effective from}
   * @return {@code Price}
   */
  String term(String term);

  /**
   * No value for a term.
   *
   * @return {@code none}
   */
  String none();

  /**
   * Which evidence decides a criterion.
   *
   * @param later whether later evidence may decide it
   * @return {@code evidence recorded after delivery may decide it}
   */
  String laterEvidence(boolean later);

  /**
   * A changed part of a criterion, field or table.
   *
   * @param part the part as the diff names it ({@code unknownAs})
   * @return {@code unknownAs} or {@code правило для неизвестного}
   */
  String part(String part);

  /**
   * What an unknown value does, as a parenthesis after a criterion in an edit.
   *
   * @param required whether it is required
   * @return {@code  (unknown counts as met)}
   */
  default String unknownMet(boolean required) {
    return " (" + unknownMetWords(required) + ")";
  }

  /**
   * What an unknown value does to a criterion, in an edit's parenthesis.
   *
   * @param required whether it is required
   * @return the words
   */
  String unknownMetWords(boolean required);

  /**
   * A table's policy in an edit.
   *
   * @param unique whether rows must not overlap
   * @param complete whether the table is complete
   * @return {@code rows must not overlap, complete}
   */
  default String tablePolicy(boolean unique, boolean complete) {
    return rowPolicy(unique) + (complete ? ", " + completeWord() : "");
  }

  /**
   * A table's hit policy in an edit.
   *
   * @param unique whether rows must not overlap
   * @return the words
   */
  String rowPolicy(boolean unique);

  /**
   * A complete table in an edit.
   *
   * @return the words
   */
  String completeWord();

  /**
   * A region newly accepted.
   *
   * @param after the later side
   * @param leads the leads in words
   * @param price the price in words, if any
   * @param before the earlier side
   * @param reasons the earlier side's reasons
   * @return a sentence without its full stop
   */
  default String nowAccepts(String after, String leads, String price, String before, String reasons) {
    return after + alsoAccepts() + leads + (price.isEmpty() ? "" : atPrice() + price) + "; " + before + rejectsThemFor() + reasons;
  }

  /**
   * Between the later side and the leads it now accepts.
   *
   * @return the words
   */
  String alsoAccepts();

  /**
   * Before the price of leads now accepted.
   *
   * @return the words
   */
  String atPrice();

  /**
   * Between a side and the reasons it rejects the leads for.
   *
   * @return the words
   */
  String rejectsThemFor();

  /**
   * A region no longer accepted.
   *
   * @param after the later side
   * @param leads the leads in words
   * @param reasons the later side's reasons
   * @param before the earlier side
   * @param price the earlier price in words, if any
   * @return a sentence without its full stop
   */
  default String noLongerAccepts(String after, String leads, String reasons, String before, String price) {
    return after + noLongerAcceptsWords() + leads + "; " + after + rejectsThemFor() + reasons
        + (price.isEmpty() ? "" : " (" + before + paid() + price + ")");
  }

  /**
   * Between the later side and the leads it no longer accepts.
   *
   * @return the words
   */
  String noLongerAcceptsWords();

  /**
   * Between the earlier side and the price it paid.
   *
   * @return the words
   */
  String paid();

  /**
   * A region's price change.
   *
   * @param after the new price
   * @param before the old price
   * @return {@code price 10 RUB instead of 5 RUB}
   */
  default String priceInsteadOf(String after, String before) {
    return lowerFirst(term("price")) + " " + insteadOf(after, before);
  }

  /**
   * A table's class change.
   *
   * @param after the new class
   * @param before the old
   * @return {@code SMB instead of MID}
   */
  default String insteadOf(String after, String before) {
    return after + insteadOfWord() + before;
  }

  /**
   * Between a new value and the old.
   *
   * @return the words
   */
  String insteadOfWord();

  /**
   * A region accepted by both, priced or classified differently.
   *
   * @param after the later side
   * @param priced whether the price changes
   * @param leads the leads in words
   * @param changes the changes in words
   * @return a sentence without its full stop
   */
  default String differently(String after, boolean priced, String leads, String changes) {
    return after + evaluates(priced) + leads + differentlyColon() + changes;
  }

  /**
   * Between the later side and the leads it prices or classifies differently.
   *
   * @param priced whether the price changes
   * @return the words
   */
  String evaluates(boolean priced);

  /**
   * Between the leads priced or classified differently and the changes.
   *
   * @return the words
   */
  String differentlyColon();

  /**
   * The reasons a region is no longer or now also rejected for.
   *
   * @param now whether these are the new reasons
   * @param reasons the reasons in words
   * @return {@code no longer for A}
   */
  String otherReasons(boolean now, String reasons);

  /**
   * A region rejected by both for other reasons.
   *
   * @param after the later side
   * @param leads the leads in words
   * @param changes the changes in words
   * @return a sentence without its full stop
   */
  default String rejectsOtherwise(String after, String leads, String changes) {
    return after + rejectsForOtherReasons() + leads + ": " + changes + bothCite();
  }

  /**
   * Between the later side and the leads it rejects for other reasons.
   *
   * @return the words
   */
  String rejectsForOtherReasons();

  /**
   * After the changes of a region rejected for other reasons.
   *
   * @return the words
   */
  String bothCite();

  /**
   * Before the example lead.
   *
   * @return {@code . Example: }
   */
  default String example() {
    return ". " + exampleWord() + ": ";
  }

  /**
   * Before the example lead.
   *
   * @return the words
   */
  String exampleWord();

  /**
   * All leads of a region.
   *
   * @return {@code all such leads}
   */
  String allLeads();

  /**
   * Before the conditions of a region.
   *
   * @return {@code leads where }
   */
  String leadsWhere();

  /**
   * A criterion a region's leads are unknown on.
   *
   * @return {@code  (unknown)}
   */
  default String unknownReason() {
    return " (" + unknown() + ")";
  }

  /**
   * The reasons when no changed criterion decides.
   *
   * @return {@code unchanged criteria}
   */
  String unchangedCriteria();

  /**
   * What a diff could not compare, as a note of the Markdown diff.
   *
   * @param remark the remark
   * @return a lower-case fragment: {@code field "industry": codes [MINING] are declared in only one contract: ...}
   */
  String remark(Remark remark);

  // ------------------------------------------------------------------ the ruling

  /**
   * Why a challenge was ruled so, with the dates, criteria and versions that decided.
   *
   * @param ruling the ruling
   * @return a lower-case fragment: {@code cites SAME-BRAND, which is not a criterion of it v1; ...}
   */
  String explanation(Ruling ruling);

  /**
   * An example lead with no facts.
   *
   * @return {@code a lead with no facts}
   */
  String noFacts();

  /**
   * A table row of Markdown: the cells between pipes, then a new line.
   *
   * @param cells the cells
   * @return {@code | a | b |} and a new line
   */
  private static String row(String[] cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  /**
   * A capitalised word as it reads inside a sentence.
   *
   * @param word the word: {@code Version}
   * @return {@code version}
   */
  private static String lowerFirst(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
  }
}
