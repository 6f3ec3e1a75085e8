package dev.leadspec.report;

import dev.leadspec.model.LeadSpecException;
import java.util.List;

/**
 * What a report was given does not fit together, so no page is written: verdicts by a contract
 * version that is not in the given history (another contract, an unknown version, a different
 * fingerprint, or a version that did not govern the lead), two verdicts for one lead, or rulings
 * on leads that have no verdict. The message names the first few; the lists name them all.
 *
 * <pre>{@code
 * try {
 *   HtmlReport.builder().history(history).verdicts(verdicts).rulings(rulings).build();
 * } catch (ReportInputException e) {
 *   e.foreignVerdicts();        // ["lead L-7: other-contract v1 (fingerprint 3f2a9c01b7e4…)"]
 *   e.rulingsWithoutVerdict();  // ["L-404"]
 * }
 * }</pre>
 */
public final class ReportInputException extends LeadSpecException {
  private static final long serialVersionUID = 1L;

  /** How many offenders the message names before it says how many more there are. */
  static final int NAMED = 5;

  /** The verdicts no version of the history gave, named. */
  private final List<String> foreignVerdicts;
  /** Lead ids with more than one verdict. */
  private final List<String> duplicateLeads;
  /** Lead ids of rulings without a verdict. */
  private final List<String> rulingsWithoutVerdict;

  ReportInputException(String contractId, List<String> foreignVerdicts, List<String> duplicateLeads,
      List<String> rulingsWithoutVerdict) {
    super(message(contractId, foreignVerdicts, duplicateLeads, rulingsWithoutVerdict));
    this.foreignVerdicts = List.copyOf(foreignVerdicts);
    this.duplicateLeads = List.copyOf(duplicateLeads);
    this.rulingsWithoutVerdict = List.copyOf(rulingsWithoutVerdict);
  }

  /**
   * The verdicts (and rulings' original verdicts) that no version of the history gave, each as
   * {@code lead ID: CONTRACT vN (fingerprint …)} with what is wrong.
   *
   * <pre>{@code
   * e.foreignVerdicts().get(0); // "lead L-7: other-contract v1 (fingerprint 3f2a9c01b7e4…) is not a version of it-integrator-hardware"
   * }</pre>
   *
   * @return the offenders, in the order given
   */
  public List<String> foreignVerdicts() {
    return foreignVerdicts;
  }

  /**
   * Lead ids that have more than one verdict.
   *
   * <pre>{@code
   * e.duplicateLeads(); // ["L-001"]
   * }</pre>
   *
   * @return the ids, in the order found
   */
  public List<String> duplicateLeads() {
    return duplicateLeads;
  }

  /**
   * Lead ids of rulings that have no verdict among those given.
   *
   * <pre>{@code
   * e.rulingsWithoutVerdict(); // ["L-404"]
   * }</pre>
   *
   * @return the ids, in the order of the rulings
   */
  public List<String> rulingsWithoutVerdict() {
    return rulingsWithoutVerdict;
  }

  private static String message(String contractId, List<String> foreign, List<String> duplicates, List<String> orphans) {
    StringBuilder text = new StringBuilder("report of ").append(contractId).append(": no page written");
    part(text, foreign, foreign.size() == 1 ? "verdict no version of the history gave" : "verdicts no version of the history gave");
    part(text, duplicates, duplicates.size() == 1 ? "lead with two verdicts" : "leads with two or more verdicts");
    part(text, orphans, orphans.size() == 1 ? "ruling on a lead without a verdict" : "rulings on leads without a verdict");
    return text.toString();
  }

  private static void part(StringBuilder text, List<String> offenders, String what) {
    if (offenders.isEmpty()) {
      return;
    }
    text.append("; ").append(offenders.size()).append(' ').append(what).append(": ");
    for (int i = 0; i < Math.min(NAMED, offenders.size()); i++) {
      text.append(i == 0 ? "" : ", ").append(offenders.get(i));
    }
    if (offenders.size() > NAMED) {
      text.append(" and ").append(offenders.size() - NAMED).append(" more");
    }
  }
}
