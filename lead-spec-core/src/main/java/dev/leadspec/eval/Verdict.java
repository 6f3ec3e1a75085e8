package dev.leadspec.eval;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision for one lead under one contract version: ACCEPTED or REJECTED, one result per
 * criterion in declaration order, the reasons (every deciding result, never just the first) and,
 * for an accepted lead, each table's output. Immutable; equal inputs give equal verdicts.
 *
 * <p>A rejected lead's reasons are every required criterion that did not hold and every
 * disqualifier that fired; an accepted lead's reasons are its required criteria.
 *
 * <pre>{@code
 * Verdict verdict = evaluator.evaluate(lead);
 * verdict.outcome();        // REJECTED
 * verdict.reasons();        // [TA-SIZE ..., Q-UPGRADE ...]
 * System.out.println(verdict.explanation());
 * }</pre>
 */
public final class Verdict {
  /** Contracts with at most this many criteria keep their statuses in one long, two bits each. */
  static final int PACKED_CRITERIA = 32;

  private final CompiledContract compiled;
  private final Lead lead;
  private final long statusBits;
  private final byte @Nullable [] statuses;
  private final boolean accepted;
  private final TableResult[] tables;
  private volatile @Nullable List<CriterionResult> results;

  Verdict(CompiledContract compiled, Lead lead, long statusBits, byte @Nullable [] statuses, boolean accepted, TableResult[] tables) {
    this.compiled = compiled;
    this.lead = lead;
    this.statusBits = statusBits;
    this.statuses = statuses;
    this.accepted = accepted;
    this.tables = tables;
  }

  /** Criterion {@code i}'s status ordinal. */
  private int status(int i) {
    byte[] bytes = statuses;
    return bytes == null ? (int) (statusBits >>> (2 * i)) & 3 : bytes[i];
  }

  private int criteria() {
    return compiled.criteriaCount();
  }

  /**
   * The contract's id.
   *
   * @return the id
   */
  public String contractId() {
    return compiled.contract.id();
  }

  /**
   * The contract version that decided.
   *
   * @return the version
   */
  public int contractVersion() {
    return compiled.contract.version();
  }

  /**
   * The fingerprint of the contract version that decided: the SHA-256 of its RFC 8785 canonical
   * JSON, computed once per compiled contract, on first use.
   *
   * <pre>{@code
   * verdict.contractFingerprint().equals(evaluator.fingerprint()); // true
   * }</pre>
   *
   * @return 64 lower-case hex digits
   */
  public String contractFingerprint() {
    return compiled.fingerprint();
  }

  /**
   * The contract version that decided.
   *
   * <pre>{@code
   * verdict.contract().reference(); // "it-integrator v2"
   * }</pre>
   *
   * @return the contract
   */
  public Contract contract() {
    return compiled.contract;
  }

  /**
   * The lead's id.
   *
   * @return the id
   */
  public String leadId() {
    return lead.id();
  }

  /**
   * The lead as evaluated.
   *
   * @return the lead
   */
  public Lead lead() {
    return lead;
  }

  /**
   * ACCEPTED or REJECTED.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return accepted ? Outcome.ACCEPTED : Outcome.REJECTED;
  }

  /**
   * Whether the lead counts.
   *
   * @return true if ACCEPTED
   */
  public boolean isAccepted() {
    return accepted;
  }

  /**
   * One result per criterion, in declaration order.
   *
   * @return the results
   */
  public List<CriterionResult> results() {
    List<CriterionResult> list = results;
    if (list == null) {
      list = materialize();
      results = list;
    }
    return list;
  }

  /**
   * The deciding results, in declaration order.
   *
   * @return the reasons
   */
  public List<CriterionResult> reasons() {
    // Only the deciding results are made: a host reading a rejection's reasons does not pay
    // for the other criteria.
    if (statuses == null) {
      long decisive = compiled.decisive(statusBits, accepted);
      int count = Long.bitCount(decisive);
      if (count == 0) {
        return ResultList.EMPTY;
      }
      CriterionResult[] reasons = new CriterionResult[count];
      for (int k = 0; k < count; k++) {
        reasons[k] = reason(Long.numberOfTrailingZeros(decisive) >>> 1);
        decisive &= decisive - 1;
      }
      return new ResultList(reasons);
    }
    List<CriterionResult> reasons = new ArrayList<>();
    for (int i = 0; i < criteria(); i++) {
      if (compiled.decisive(i, status(i), accepted)) {
        reasons.add(reason(i));
      }
    }
    return new ResultList(reasons.toArray(new CriterionResult[0]));
  }

  /**
   * The ids of the deciding criteria, in declaration order: the ids of {@link #reasons()}, read
   * without making a result per reason. What a host storing the verdict beside its lead usually
   * keeps.
   *
   * <pre>{@code
   * verdict.reasonIds();  // [TA-SIZE, Q-UPGRADE]
   * }</pre>
   *
   * @return the ids
   */
  public List<String> reasonIds() {
    if (statuses == null) {
      return compiled.reasonIds(statusBits, accepted);
    }
    // more criteria than fit in a long: rare, so the ids are those of the reasons themselves
    return reasons().stream().map(CriterionResult::criterionId).toList();
  }

  /** Criterion {@code i}'s result, known to be one of the reasons. */
  private CriterionResult reason(int i) {
    List<CriterionResult> all = results;
    return all != null ? all.get(i) : compiled.reason(i, status(i), lead);
  }

  /**
   * The result of one criterion.
   *
   * @param criterionId the criterion's id
   * @return the result, if the contract has that criterion
   */
  public Optional<CriterionResult> result(String criterionId) {
    for (CriterionResult result : results()) {
      if (result.criterionId().equals(criterionId)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /**
   * Each table's result for an accepted lead, in declaration order; empty for a rejected lead.
   *
   * @return the table results
   */
  public List<TableResult> tables() {
    return List.of(tables);
  }

  /**
   * One table's result.
   *
   * @param tableId the table's id
   * @return the result, if the lead was accepted and the contract has that table
   */
  public Optional<TableResult> table(String tableId) {
    for (TableResult table : tables) {
      if (table.tableId().equals(tableId)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /**
   * What the lead is paid under the contract's terms: the fixed price, or the price table's
   * output. Empty for a rejected lead, a contract with no price, or a price table that gave no
   * single row ({@code NO_MATCH}, {@code CONFLICT}): nothing is silently priced.
   *
   * @return the price, if one applies
   */
  public Optional<Money> price() {
    return accepted ? compiled.price(tables) : Optional.empty();
  }

  /**
   * Whether the lead was rejected only because facts were unknown: the supplier owes the facts or a replacement.
   *
   * @return true if so
   */
  public boolean rejectedOnlyForUnknowns() {
    if (accepted) {
      return false;
    }
    for (CriterionResult reason : reasons()) {
      if (reason.status() != Status.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  private List<CriterionResult> materialize() {
    int m = criteria();
    CriterionResult[] all = new CriterionResult[m];
    for (int i = 0; i < m; i++) {
      all[i] = compiled.result(i, status(i), accepted, lead);
    }
    return new ResultList(all);
  }

  /**
   * A multi-line explanation a person reads: outcome, reasons, the other criteria and the table
   * outputs, each with what was expected and what was read.
   *
   * <pre>{@code
   * REJECTED: lead L-042 under it-integrator v1
   *   reasons:
   *     TA-SIZE Company size: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49
   *   other criteria:
   *     TA-IND Target industry: MET; expected industry in {MANUFACTURING, LOGISTICS, RETAIL}; read industry = RETAIL
   * }</pre>
   *
   * @return the explanation, lines separated by {@code \n}
   */
  public String explanation() {
    StringBuilder text = new StringBuilder();
    text.append(outcome()).append(": lead ").append(leadId()).append(" under ").append(compiled.contract.reference()).append('\n');
    List<CriterionResult> all = results();
    appendSection(text, "reasons", all, true);
    appendSection(text, "other criteria", all, false);
    if (tables.length > 0) {
      text.append("  tables:\n");
      for (TableResult table : tables) {
        text.append("    ").append(table).append('\n');
      }
    }
    price().ifPresent(price -> text.append("  price: ").append(price).append('\n'));
    return text.toString();
  }

  private static void appendSection(StringBuilder text, String title, List<CriterionResult> all, boolean decisive) {
    boolean any = false;
    for (CriterionResult result : all) {
      if (result.decisive() == decisive) {
        if (!any) {
          text.append("  ").append(title).append(":\n");
          any = true;
        }
        text.append("    ").append(result).append('\n');
      }
    }
  }

  /** Equal when contract, version, lead id, outcome, every result and every table result are equal. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Verdict that
        && contractId().equals(that.contractId())
        && contractVersion() == that.contractVersion()
        && leadId().equals(that.leadId())
        && accepted == that.accepted
        && results().equals(that.results())
        && Arrays.equals(tables, that.tables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contractId(), contractVersion(), leadId(), accepted,
        statuses == null ? Long.hashCode(statusBits) : Arrays.hashCode(statuses));
  }

  /**
   * One line: outcome, lead, contract and the reasons of a rejection with the facts they read.
   *
   * <pre>{@code
   * REJECTED lead L-042 under it-integrator v1: TA-SIZE (employees = 49), Q-UPGRADE (plans_upgrade = unknown)
   * }</pre>
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(outcome()).append(" lead ").append(leadId())
        .append(" under ").append(compiled.contract.reference());
    if (!accepted) {
      text.append(':');
      String separator = " ";
      for (CriterionResult reason : reasons()) {
        text.append(separator).append(reason.criterionId()).append(" (");
        for (int i = 0; i < reason.facts().size(); i++) {
          text.append(i == 0 ? "" : ", ").append(reason.facts().get(i));
        }
        text.append(')');
        separator = ", ";
      }
    } else {
      for (TableResult table : tables) {
        text.append(" [").append(table).append(']');
      }
    }
    return text.toString();
  }
}
