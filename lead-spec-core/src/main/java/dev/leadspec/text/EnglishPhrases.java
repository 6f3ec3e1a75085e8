package dev.leadspec.text;

import dev.leadspec.analysis.Remark;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.model.FieldKind;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The English phrase table: {@code 5,000}, {@code 6.5}, ISO dates, {@code 1,500 INR}. Words only:
 * the sentences they go into are {@link Phrases}' default methods.
 */
final class EnglishPhrases implements Phrases {
  @Override
  public char groupSeparator() {
    return ',';
  }

  @Override
  public char decimalSeparator() {
    return '.';
  }

  @Override
  public String date(LocalDate date) {
    return date.toString();
  }

  @Override
  public String dayNoun(long days) {
    return days == 1 ? "day" : "days";
  }

  @Override
  public String hourNoun(long hours) {
    return hours == 1 ? "hour" : "hours";
  }

  @Override
  public String flag(boolean flag) {
    return flag ? "yes" : "no";
  }

  @Override
  public String answer(boolean yes) {
    return yes ? "YES" : "NO";
  }

  @Override
  public String quotedAnswer(boolean yes) {
    return answer(yes);
  }

  @Override
  public String unknown() {
    return "unknown";
  }

  @Override
  public String kind(FieldKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String oneOf(boolean negated) {
    return negated ? "none of " : "one of ";
  }

  @Override
  public String includes(boolean all) {
    return all ? "includes all of " : "includes any of ";
  }

  @Override
  public String known(boolean known) {
    return known ? "is known" : "is unknown";
  }

  @Override
  public String notPrefix() {
    return "not: ";
  }

  @Override
  public String allOf() {
    return "all of: ";
  }

  @Override
  public String anyOf() {
    return "any of: ";
  }

  @Override
  public String ofParts() {
    return " of: ";
  }

  @Override
  public String answered(boolean equal) {
    return equal ? "answered " : "not answered ";
  }

  @Override
  public String equalTo(boolean equal) {
    return equal ? "equal to " : "not equal to ";
  }

  @Override
  public String notValue() {
    return "not ";
  }

  @Override
  public String bound(boolean below, boolean inclusive) {
    return below ? (inclusive ? "at most " : "less than ") : (inclusive ? "at least " : "more than ");
  }

  @Override
  public String between(String low, boolean lowInclusive, String high, boolean highInclusive) {
    if (lowInclusive && highInclusive) {
      return "between " + low + " and " + high + " inclusive";
    }
    if (!lowInclusive && !highInclusive) {
      return "between " + low + " and " + high + " exclusive";
    }
    return "between " + low + (lowInclusive ? " inclusive" : " exclusive") + " and " + high
        + (highInclusive ? " inclusive" : " exclusive");
  }

  @Override
  public String or() {
    return " or ";
  }

  @Override
  public String and() {
    return " and ";
  }

  @Override
  public String contractWord() {
    return "Contract";
  }

  @Override
  public String fingerprint() {
    return "Fingerprint (SHA-256 of the canonical JSON): ";
  }

  @Override
  public String[] fieldColumns() {
    return new String[] {"Field", "Label", "Kind", "Unit", "Values"};
  }

  @Override
  public String criteriaRule() {
    return "A lead counts when every required criterion holds and no disqualifier applies.";
  }

  @Override
  public String role(boolean required) {
    return required ? "required" : "disqualifier";
  }

  @Override
  public String unknownRule(boolean required, boolean unknownMet) {
    if (required) {
      return unknownMet ? "An unknown value counts as met." : "An unknown value counts as not met.";
    }
    return unknownMet ? "An unknown value disqualifies." : "An unknown value does not disqualify.";
  }

  @Override
  public String laterEvidenceSentence() {
    return " Evidence recorded after delivery may decide it.";
  }

  @Override
  public String hitPolicy(boolean unique) {
    return unique ? "Rows must not overlap" : "The first matching row applies";
  }

  @Override
  public String everyAcceptedLeadMatches() {
    return "every accepted lead matches a row";
  }

  @Override
  public String[] rowColumns() {
    return new String[] {"Row", "When", "Output"};
  }

  @Override
  public String termsTitle() {
    return "Terms";
  }

  @Override
  public String byTable() {
    return "by table ";
  }

  @Override
  public String priceNotStated() {
    return "not stated";
  }

  @Override
  public String afterDeliveryWords() {
    return " after delivery";
  }

  @Override
  public String noLimit() {
    return "no limit";
  }

  @Override
  public String outcome(boolean accepted) {
    return accepted ? "ACCEPTED" : "REJECTED";
  }

  @Override
  public String leadWord() {
    return "lead";
  }

  @Override
  public String under() {
    return "under";
  }

  @Override
  public String status(boolean disqualifier, boolean met) {
    if (disqualifier) {
      return met ? "applies" : "does not apply";
    }
    return met ? "met" : "not met";
  }

  @Override
  public String unknownStatus(boolean disqualifier, boolean countsMet) {
    if (disqualifier) {
      return countsMet ? "unknown, disqualifies" : "unknown, does not disqualify";
    }
    return countsMet ? "unknown, counts as met" : "unknown, counts as not met";
  }

  @Override
  public String needs(boolean required) {
    return required ? "Requires: " : "Disqualifies: ";
  }

  @Override
  public String readWord() {
    return "Read";
  }

  @Override
  public String conflict(String rows) {
    return "CONFLICT between rows " + rows;
  }

  @Override
  public String noMatch() {
    return "NO MATCH (the table is declared complete)";
  }

  @Override
  public String noRow() {
    return "no row matches";
  }

  @Override
  public String statementName() {
    return "Lead statement";
  }

  @Override
  public String[] totals() {
    return new String[] {"Leads", "Accepted as delivered", "Billable", "reinstated by challenges",
        "Overturned by upheld challenges", "Rejected", "owed as replacements, rejected only for unknown facts",
        "Challenges upheld", "Challenges dismissed", "Amount due"};
  }

  @Override
  public String ground(Ground ground) {
    switch (ground) {
      case LATE:
        return "filed after the window";
      case OUT_OF_CONTRACT:
        return "cites no agreed criterion";
      case EVIDENCE_AFTER_DELIVERY:
        return "evidence only from after delivery";
      case NOT_SUBSTANTIATED:
        return "not substantiated";
      default:
        return "substantiated";
    }
  }

  @Override
  public String rejectionsTitle() {
    return "Rejections by criterion";
  }

  @Override
  public String[] rejectionColumns() {
    return new String[] {"Criterion", "Leads"};
  }

  @Override
  public String perVersion() {
    return "Per contract version";
  }

  @Override
  public String perDay() {
    return "Per day";
  }

  @Override
  public String versionColumn() {
    return "Version";
  }

  @Override
  public String dayWord() {
    return "Day";
  }

  @Override
  public String[] tallyColumns() {
    return new String[] {"Leads", "Accepted", "Billable", "Overturned", "Rejected", "Replacements", "Amount due"};
  }

  @Override
  public String side(boolean first) {
    return first ? "the first contract" : "the second contract";
  }

  @Override
  public String amendmentName() {
    return "Amendment";
  }

  @Override
  public String editsTitle() {
    return "Edits";
  }

  @Override
  public String editGroup(int group) {
    return new String[] {"Criteria", "Fields", "Tables", "Terms"}[group];
  }

  @Override
  public String unchanged() {
    return "The text of the contract is unchanged.";
  }

  @Override
  public String regionsTitle() {
    return "Leads whose verdict changes";
  }

  @Override
  public String noRegion(boolean complete) {
    return complete ? "No lead gets another verdict." : "No difference was found within the analysis budget.";
  }

  @Override
  public String notesTitle() {
    return "Notes";
  }

  @Override
  public String edited(int change, int gender) {
    return new String[] {"added", "removed", "changed"}[change];
  }

  @Override
  public String term(String term) {
    switch (term) {
      case "price":
        return "Price";
      case "price table":
        return "Price table";
      case "challenge window":
        return "Challenge window";
      case "zone":
        return "Zone";
      default:
        return "Effective from";
    }
  }

  @Override
  public String none() {
    return "none";
  }

  @Override
  public String laterEvidence(boolean later) {
    return later ? "evidence recorded after delivery may decide it" : "only evidence recorded by delivery decides it";
  }

  @Override
  public String part(String part) {
    return part;
  }

  @Override
  public String unknownMetWords(boolean required) {
    return required ? "unknown counts as met" : "unknown disqualifies";
  }

  @Override
  public String rowPolicy(boolean unique) {
    return unique ? "rows must not overlap" : "first matching row";
  }

  @Override
  public String completeWord() {
    return "complete";
  }

  @Override
  public String alsoAccepts() {
    return " also accepts ";
  }

  @Override
  public String atPrice() {
    return ", at ";
  }

  @Override
  public String rejectsThemFor() {
    return " rejects them for ";
  }

  @Override
  public String noLongerAcceptsWords() {
    return " no longer accepts ";
  }

  @Override
  public String paid() {
    return " paid ";
  }

  @Override
  public String insteadOfWord() {
    return " instead of ";
  }

  @Override
  public String evaluates(boolean priced) {
    return priced ? " pays for " : " classifies ";
  }

  @Override
  public String differentlyColon() {
    return " differently: ";
  }

  @Override
  public String otherReasons(boolean now, String reasons) {
    return (now ? "now also for " : "no longer for ") + reasons;
  }

  @Override
  public String rejectsForOtherReasons() {
    return " rejects, for other reasons, ";
  }

  @Override
  public String bothCite() {
    return " (both cite whichever other criteria fail)";
  }

  @Override
  public String exampleWord() {
    return "Example";
  }

  @Override
  public String allLeads() {
    return "all such leads";
  }

  @Override
  public String leadsWhere() {
    return "leads where ";
  }

  @Override
  public String unchangedCriteria() {
    return "unchanged criteria";
  }

  /** The English words are the remark's own record, {@link Remark#text()}. */
  @Override
  public String remark(Remark remark) {
    return remark.text();
  }

  /** The English words are the ruling's own record, {@link Ruling#explanation()}. */
  @Override
  public String explanation(Ruling ruling) {
    return ruling.explanation();
  }

  @Override
  public String noFacts() {
    return "a lead with no facts";
  }
}
