package dev.leadspec.eval;

import dev.leadspec.internal.StringTable;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contract compiled for evaluation, and the interpreter's loop over it. Each job has its class:
 * {@link SlotLayout} binds a lead's facts into slots, {@link ConditionCompiler} compiles criteria
 * and rows to {@link CompiledCondition} trees, {@link Acceptance} reads acceptance and reasons
 * from statuses, {@link CriterionResults} makes each criterion's result, {@link CompiledTables}
 * classifies an accepted lead by the tables and {@link Pricing} prices it. Immutable after
 * construction.
 */
final class CompiledContract {
  final Contract contract;
  private final SlotLayout layout;
  private final CompiledCondition[] criteria;
  /** Per criterion, the fields it reads (see {@link CriterionResults#readFields}). */
  final String[][] readFields;
  private final Acceptance acceptance;
  private final CriterionResults results;
  private final CompiledTables tables;
  private final Pricing pricing;
  private volatile @Nullable String fingerprint;

  /**
   * Each thread's slots, reused from lead to lead: binding a lead allocates nothing. A verdict
   * never holds them; it re-reads the few facts its reasons need from the lead.
   */
  private final ThreadLocal<LeadSlots> scratch;

  CompiledContract(Contract contract) {
    this.contract = contract;
    layout = new SlotLayout(contract.fields());
    ConditionCompiler compiler = new ConditionCompiler(layout);
    List<Criterion> list = contract.criteria();
    criteria = new CompiledCondition[list.size()];
    for (int i = 0; i < criteria.length; i++) {
      criteria[i] = compiler.compile(list.get(i).condition());
    }
    acceptance = new Acceptance(list);
    tables = new CompiledTables(contract.tables(), compiler);
    pricing = new Pricing(contract);
    results = new CriterionResults(this, list, layout, acceptance);
    readFields = results.readFields;
    scratch = ThreadLocal.withInitial(layout::newSlots);
  }

  /** The contract's fingerprint, computed on first use and kept: never on the evaluation path. */
  String fingerprint() {
    String hex = fingerprint;
    if (hex == null) {
      hex = Fingerprint.of(contract);
      fingerprint = hex;
    }
    return hex;
  }

  boolean fingerprinted() {
    return fingerprint != null;
  }

  // ---------------------------------------------------------------- evaluation

  Verdict evaluate(Lead lead) {
    LeadSlots slots = scratch.get();
    layout.bind(lead, slots);
    int m = criteria.length;
    long statusBits = 0;
    byte[] statuses = null;
    boolean accepted;
    if (m <= Verdict.PACKED_CRITERIA) {
      // no branch on a criterion's outcome, which the processor cannot predict from lead to lead:
      // the statuses are packed first and acceptance read from them in a few bit operations
      for (int i = 0; i < m; i++) {
        statusBits |= (long) criteria[i].eval(slots) << (2 * i);
      }
      accepted = acceptance.failing(statusBits) == 0;
    } else {
      statuses = new byte[m];
      accepted = true;
      for (int i = 0; i < m; i++) {
        int status = criteria[i].eval(slots);
        statuses[i] = (byte) status;
        if (acceptance.failing(i, status)) {
          accepted = false;
        }
      }
    }
    TableResult[] classified = accepted ? tables.classify(slots) : CompiledTables.NONE;
    return new Verdict(this, lead, statusBits, statuses, accepted, classified);
  }

  /**
   * The verdict for statuses packed by generated code ({@link GeneratedEvaluation}): acceptance,
   * and for an accepted lead the tables classified from which of their rows hold, as
   * {@link #evaluate} does from the bound lead.
   */
  Verdict verdict(Lead lead, long statusBits, boolean @Nullable [] rowsMet) {
    boolean accepted = acceptance.failing(statusBits) == 0;
    TableResult[] classified = accepted ? tables.classify(rowsMet) : CompiledTables.NONE;
    return new Verdict(this, lead, statusBits, null, accepted, classified);
  }

  // ---------------------------------------------------------------- what verdicts and generated code ask

  int criteriaCount() {
    return criteria.length;
  }

  Criterion criterionModel(int i) {
    return results.criteria[i];
  }

  /** Criterion {@code i}'s condition in words, as acceptance expects it. */
  String expected(int i) {
    return results.expected[i];
  }

  /** See {@link Acceptance#failing(long)}. */
  long failing(long statusBits) {
    return acceptance.failing(statusBits);
  }

  /** See {@link Acceptance#decisive(long, boolean)}. */
  long decisive(long statusBits, boolean accepted) {
    return acceptance.decisive(statusBits, accepted);
  }

  /** See {@link Acceptance#reasonIds(long, boolean)}. */
  List<String> reasonIds(long statusBits, boolean accepted) {
    return acceptance.reasonIds(statusBits, accepted);
  }

  /** See {@link Acceptance#decisive(int, int, boolean)}. */
  boolean decisive(int i, int status, boolean accepted) {
    return acceptance.decisive(i, status, accepted);
  }

  int countedAs(int criterion, int status) {
    return acceptance.countedAs(criterion, status);
  }

  /** See {@link CriterionResults#result(int, int, boolean, Lead)}. */
  CriterionResult result(int i, int status, boolean accepted, Lead lead) {
    return results.result(i, status, accepted, lead);
  }

  /** See {@link CriterionResults#result(int, int, boolean, List)}. */
  CriterionResult result(int i, int status, boolean accepted, List<FactReading> facts) {
    return results.result(i, status, accepted, facts);
  }

  /** See {@link CriterionResults#reason(int, int, Lead)}. */
  CriterionResult reason(int i, int status, Lead lead) {
    return results.reason(i, status, lead);
  }

  /** See {@link CriterionResults#readings(int, Lead)}. */
  List<FactReading> readings(int i, Lead lead) {
    return results.readings(i, lead);
  }

  Optional<Money> price(TableResult[] classified) {
    return pricing.price(classified);
  }

  // ---------------------------------------------------------------- what prepared results ask

  LeadSlots newSlots() {
    return layout.newSlots();
  }

  Binder binder(int slot) {
    return layout.binder(slot);
  }

  FieldKind kind(int slot) {
    return layout.kind(slot);
  }

  Field field(int slot) {
    return layout.field(slot);
  }

  @Nullable StringTable codeIndex(int slot) {
    return layout.codeIndex(slot);
  }

  CompiledCondition criterion(int i) {
    return criteria[i];
  }

  private static final Status[] STATUSES = Status.values();

  static Status status(int code) {
    return STATUSES[code];
  }
}
