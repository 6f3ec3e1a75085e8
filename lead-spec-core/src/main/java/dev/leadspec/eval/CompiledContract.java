package dev.leadspec.eval;

import dev.leadspec.internal.ArrayMap;
import dev.leadspec.internal.StringTable;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contract compiled for evaluation: fields resolved to slots, codes to indexes or bit masks,
 * bounds to primitives; criteria and table rows to {@link Node} trees; the words of each
 * criterion prepared once. Immutable after construction.
 */
final class CompiledContract {
  private static final Object[] NO_REFS = new Object[0];
  private static final TableResult[] NO_TABLES = new TableResult[0];
  /** Bit {@code 2i} of every criterion in statuses packed two bits each. */
  private static final long EVEN_BITS = 0x5555_5555_5555_5555L;

  final Contract contract;
  private final FieldKind[] kinds;
  private final StringTable[] codeIndexes;
  private final Binder[] binders;
  private final boolean hasRefs;
  private final Map<String, Integer> slots = new HashMap<>();

  private final Node[] criteria;
  private final boolean[] disqualifier;
  private final int[] unknownAs;
  final Criterion[] criterionModels;
  final String[] expected;
  final String[][] readFields;
  /** The slots of {@link #readFields}. */
  final int[][] readSlots;

  final CompiledTable[] tables;
  private final Optional<Money> fixedPrice;
  private final int priceTable;
  private volatile @Nullable String fingerprint;

  /**
   * For statuses packed two bits per criterion (see {@link Verdict}): bit {@code 2i} set for
   * every criterion, for each disqualifier, for each criterion whose UNKNOWN counts as MET.
   */
  private final long packedCriteria;
  private final long packedDisqualifiers;
  private final long packedUnknownMet;

  /** Per criterion, its results prepared for every reading when the fields it reads have few values; else null. */
  private final FiniteResults[] finiteResults;

  /**
   * Each thread's slots, reused from lead to lead: binding a lead allocates nothing. A verdict
   * never holds them; it re-reads the few facts its reasons need from the lead.
   */
  private final ThreadLocal<Bound> scratch;

  CompiledContract(Contract contract) {
    this.contract = contract;
    List<Field> fields = contract.fields();
    int n = fields.size();
    kinds = new FieldKind[n];
    codeIndexes = new StringTable[n];
    binders = new Binder[n];
    boolean refs = false;
    for (int i = 0; i < n; i++) {
      Field field = fields.get(i);
      kinds[i] = field.kind();
      slots.put(field.name(), i);
      if (!field.codes().isEmpty()) {
        codeIndexes[i] = StringTable.of(field.codes());
      }
      binders[i] = Binder.of(field, i, codeIndexes[i]);
      refs |= field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.TEXT;
    }
    hasRefs = refs;

    List<Criterion> list = contract.criteria();
    int m = list.size();
    criteria = new Node[m];
    disqualifier = new boolean[m];
    unknownAs = new int[m];
    criterionModels = list.toArray(new Criterion[0]);
    expected = new String[m];
    readFields = new String[m][];
    readSlots = new int[m][];
    for (int i = 0; i < m; i++) {
      Criterion criterion = list.get(i);
      criteria[i] = compile(criterion.condition());
      disqualifier[i] = criterion.role() == Role.DISQUALIFIER;
      unknownAs[i] = criterion.unknownAs().ordinal();
      String condition = criterion.condition().toString();
      expected[i] = disqualifier[i] ? "not (" + condition + ")" : condition;
      readFields[i] = criterion.condition().fields().toArray(new String[0]);
      readSlots[i] = new int[readFields[i].length];
      for (int j = 0; j < readFields[i].length; j++) {
        readSlots[i][j] = slots.get(readFields[i][j]);
      }
    }

    List<Table> tableList = contract.tables();
    tables = new CompiledTable[tableList.size()];
    int price = -1;
    for (int t = 0; t < tables.length; t++) {
      tables[t] = new CompiledTable(tableList.get(t));
      if (contract.terms().priceTable().map(tableList.get(t).id()::equals).orElse(false)) {
        price = t;
      }
    }
    priceTable = price;
    fixedPrice = contract.terms().price();

    long all = 0;
    long disqualifiers = 0;
    long unknownMet = 0;
    for (int i = 0; i < m && i < Verdict.PACKED_CRITERIA; i++) {
      all |= 1L << (2 * i);
      disqualifiers |= disqualifier[i] ? 1L << (2 * i) : 0;
      unknownMet |= unknownAs[i] == Node.MET ? 1L << (2 * i) : 0;
    }
    packedCriteria = all;
    packedDisqualifiers = disqualifiers;
    packedUnknownMet = unknownMet;

    finiteResults = new FiniteResults[m];
    for (int i = 0; i < m; i++) {
      finiteResults[i] = FiniteResults.prepare(this, i);
    }
    scratch = ThreadLocal.withInitial(this::newBound);
  }

  Bound newBound() {
    int n = kinds.length;
    return new Bound(new long[n], hasRefs ? new Object[n] : NO_REFS, new boolean[n]);
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
    Bound bound = scratch.get();
    bind(lead, bound);
    int m = criteria.length;
    long statusBits = 0;
    byte[] statuses = null;
    boolean accepted;
    if (m <= Verdict.PACKED_CRITERIA) {
      // no branch on a criterion's outcome, which the processor cannot predict from lead to lead:
      // the statuses are packed first and acceptance read from them in a few bit operations
      for (int i = 0; i < m; i++) {
        statusBits |= (long) criteria[i].eval(bound) << (2 * i);
      }
      accepted = failing(statusBits) == 0;
    } else {
      statuses = new byte[m];
      accepted = true;
      for (int i = 0; i < m; i++) {
        int status = criteria[i].eval(bound);
        statuses[i] = (byte) status;
        int counted = countedAs(i, status);
        if (disqualifier[i] ? counted == Node.MET : counted != Node.MET) {
          accepted = false;
        }
      }
    }
    TableResult[] results = NO_TABLES;
    if (accepted && tables.length > 0) {
      results = new TableResult[tables.length];
      for (int t = 0; t < tables.length; t++) {
        results[t] = tables[t].classify(bound);
      }
    }
    return new Verdict(this, lead, statusBits, statuses, accepted, results);
  }

  /**
   * The verdict for statuses packed by generated code ({@link GeneratedEvaluation}): acceptance,
   * and for an accepted lead the tables classified from which of their rows hold, as
   * {@link #evaluate} does from the bound lead.
   */
  Verdict verdict(Lead lead, long statusBits, boolean @Nullable [] rowsMet) {
    boolean accepted = failing(statusBits) == 0;
    TableResult[] results = NO_TABLES;
    if (accepted && tables.length > 0) {
      boolean[] met = java.util.Objects.requireNonNull(rowsMet, "rowsMet");
      results = new TableResult[tables.length];
      int offset = 0;
      for (int t = 0; t < tables.length; t++) {
        results[t] = tables[t].classify(met, offset);
        offset += tables[t].rows.length;
      }
    }
    return new Verdict(this, lead, statusBits, null, accepted, results);
  }

  Binder binder(int slot) {
    return binders[slot];
  }

  int criteriaCount() {
    return criteria.length;
  }

  /**
   * The reasons of a verdict whose statuses are packed, as bit {@code 2i} for criterion
   * {@code i}: every required criterion of an accepted lead; for a rejected one, each required
   * criterion not counted as MET and each disqualifier counted as MET. Branch-free, so reading
   * a rejection's reasons does not walk every criterion's role.
   */
  long decisive(long statusBits, boolean accepted) {
    return accepted ? packedCriteria & ~packedDisqualifiers : failing(statusBits);
  }

  /**
   * For statuses packed two bits per criterion, bit {@code 2i} set for each criterion that stands
   * against acceptance: a required criterion not counted as MET, a disqualifier counted as MET.
   * The lead is accepted when there is none.
   */
  long failing(long statusBits) {
    long notMet = statusBits & EVEN_BITS;
    long unknown = (statusBits >>> 1) & EVEN_BITS;
    long countedMet = (~(notMet | unknown) | (unknown & packedUnknownMet)) & packedCriteria;
    return (countedMet ^ ~packedDisqualifiers) & packedCriteria;
  }

  /** Whether criterion {@code i}, with this status, is one of the verdict's reasons. */
  boolean decisive(int i, int status, boolean accepted) {
    int counted = countedAs(i, status);
    return disqualifier[i] ? counted == Node.MET : accepted || counted != Node.MET;
  }

  /**
   * Criterion {@code i}'s result for a lead: a shared, prepared one when the fields it reads have
   * few values (a writer meeting it again may reuse what it wrote), else one that reads its facts
   * from the lead when asked.
   */
  CriterionResult result(int i, int status, boolean accepted, Lead lead) {
    FiniteResults finite = finiteResults[i];
    if (finite != null) {
      return finite.result(lead, accepted);
    }
    return CriterionResult.of(this, i, status, decisive(i, status, accepted), lead);
  }

  /** Criterion {@code i}'s result as one of a verdict's reasons: nothing is read from the lead until asked. */
  CriterionResult reason(int i, int status, Lead lead) {
    return CriterionResult.of(this, i, status, true, lead);
  }

  /** The facts criterion {@code i} reads, as the lead holds them. */
  List<FactReading> readings(int i, Lead lead) {
    String[] fields = readFields[i];
    ArrayMap<Value> known = facts(lead);
    if (fields.length == 1) {
      return List.of(reading(known, fields[0], readSlots[i][0]));
    }
    FactReading[] readings = new FactReading[fields.length];
    for (int j = 0; j < fields.length; j++) {
      readings[j] = reading(known, fields[j], readSlots[i][j]);
    }
    return List.of(readings);
  }

  /** What a lead holds for a field, looked for first where a lead in the contract's order holds it. */
  private static FactReading reading(ArrayMap<Value> facts, String field, int slot) {
    int at = facts.indexOf(field, slot);
    return FactReading.reading(field, at < 0 ? Optional.empty() : Optional.of(facts.valueAt(at)));
  }

  CriterionResult result(int i, int status, boolean accepted, List<FactReading> facts) {
    return CriterionResult.of(this, i, status, decisive(i, status, accepted), facts);
  }

  FieldKind kind(int slot) {
    return kinds[slot];
  }

  Field field(int slot) {
    return contract.fields().get(slot);
  }

  @Nullable StringTable codeIndex(int slot) {
    return codeIndexes[slot];
  }

  Node criterion(int i) {
    return criteria[i];
  }

  int countedAs(int criterion, int status) {
    return status == Node.UNKNOWN ? unknownAs[criterion] : status;
  }

  Optional<Money> price(TableResult[] results) {
    if (priceTable >= 0) {
      TableResult result = results[priceTable];
      return result.output().map(Money.class::cast);
    }
    return fixedPrice;
  }

  /**
   * Places the lead's facts in the slots, overwriting every slot, and checks each against its
   * field. A host usually gives facts in the contract's order, so each field is looked for first
   * just after the previous one found: one comparison per field, not a hash look-up.
   */
  private void bind(Lead lead, Bound bound) {
    ArrayMap<Value> facts = facts(lead);
    int likely = 0;
    for (Binder field : binders) {
      likely = field.bind(facts, likely, bound, lead);
    }
  }

  /** A lead's facts as the array map they always are. */
  static ArrayMap<Value> facts(Lead lead) {
    return (ArrayMap<Value>) lead.facts();
  }

  // ---------------------------------------------------------------- compilation

  private Node compile(Condition condition) {
    if (condition instanceof Condition.Compare compare) {
      return compare(compare);
    }
    if (condition instanceof Condition.Between between) {
      return between(between);
    }
    if (condition instanceof Condition.In in) {
      int slot = slot(in.field());
      Node node = kinds[slot] == FieldKind.TEXT
          ? new Node.TextIn(slot, in.codes().toArray(new String[0]))
          : new Node.CodeIn(slot, members(slot, in.codes()));
      return in.negated() ? new Node.Not(node) : node;
    }
    if (condition instanceof Condition.Contains contains) {
      int slot = slot(contains.field());
      return new Node.Mask(slot, mask(slot, contains.codes()), contains.all() ? Node.Mask.ALL : Node.Mask.ANY);
    }
    if (condition instanceof Condition.Known known) {
      return new Node.Known(slot(known.field()), known.known());
    }
    if (condition instanceof Condition.Not not) {
      return new Node.Not(compile(not.part()));
    }
    if (condition instanceof Condition.All all) {
      return new Node.All(compileAll(all.parts()));
    }
    if (condition instanceof Condition.Any any) {
      return new Node.Any(compileAll(any.parts()));
    }
    Condition.AtLeast atLeast = (Condition.AtLeast) condition;
    return new Node.AtLeast(atLeast.count(), compileAll(atLeast.parts()));
  }

  private Node[] compileAll(List<Condition> parts) {
    Node[] nodes = new Node[parts.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(parts.get(i));
    }
    return nodes;
  }

  private Node compare(Condition.Compare compare) {
    int slot = slot(compare.field());
    Operator op = compare.operator();
    Value value = compare.value();
    Node equal;
    switch (kinds[slot]) {
      case DECIMAL:
        BigDecimal number = decimal(value);
        switch (op) {
          case LT: return new Node.DecimalRange(slot, null, false, number, false);
          case LE: return new Node.DecimalRange(slot, null, false, number, true);
          case GT: return new Node.DecimalRange(slot, number, false, null, false);
          case GE: return new Node.DecimalRange(slot, number, true, null, false);
          default: equal = new Node.DecimalRange(slot, number, true, number, true);
        }
        break;
      case INTEGER:
      case DATE:
        long x = longOf(value);
        switch (op) {
          case LT: return x == Long.MIN_VALUE ? new Node.LongRange(slot, 1, 0) : new Node.LongRange(slot, Long.MIN_VALUE, x - 1);
          case LE: return new Node.LongRange(slot, Long.MIN_VALUE, x);
          case GT: return x == Long.MAX_VALUE ? new Node.LongRange(slot, 1, 0) : new Node.LongRange(slot, x + 1, Long.MAX_VALUE);
          case GE: return new Node.LongRange(slot, x, Long.MAX_VALUE);
          default: equal = new Node.LongRange(slot, x, x);
        }
        break;
      case FLAG:
      case ANSWER:
        long bit = longOf(value);
        equal = new Node.LongRange(slot, bit, bit);
        break;
      case CHOICE:
        equal = new Node.CodeIn(slot, members(slot, List.of(((Value.TextValue) value).text())));
        break;
      case CHOICES:
        equal = new Node.Mask(slot, mask(slot, ((Value.CodesValue) value).codes()), Node.Mask.EQUAL);
        break;
      case TEXT:
        equal = new Node.TextIn(slot, new String[] {((Value.TextValue) value).text()});
        break;
      default:
        throw new AssertionError(kinds[slot]);
    }
    return op == Operator.NE ? new Node.Not(equal) : equal;
  }

  private Node between(Condition.Between between) {
    int slot = slot(between.field());
    if (kinds[slot] == FieldKind.DECIMAL) {
      return new Node.DecimalRange(slot, decimal(between.low()), between.lowInclusive(), decimal(between.high()), between.highInclusive());
    }
    long lo = longOf(between.low());
    long hi = longOf(between.high());
    if (!between.lowInclusive()) {
      if (lo == Long.MAX_VALUE) {
        return new Node.LongRange(slot, 1, 0);
      }
      lo++;
    }
    if (!between.highInclusive()) {
      if (hi == Long.MIN_VALUE) {
        return new Node.LongRange(slot, 1, 0);
      }
      hi--;
    }
    return new Node.LongRange(slot, lo, hi);
  }

  int slot(String field) {
    return slots.get(field);
  }

  private boolean[] members(int slot, List<String> codes) {
    boolean[] member = new boolean[codeIndexes[slot].size()];
    for (String code : codes) {
      member[codeIndexes[slot].indexOf(code)] = true;
    }
    return member;
  }

  private long mask(int slot, List<String> codes) {
    long mask = 0;
    for (String code : codes) {
      mask |= 1L << codeIndexes[slot].indexOf(code);
    }
    return mask;
  }

  private static BigDecimal decimal(Value value) {
    return value instanceof Value.IntegerValue i ? BigDecimal.valueOf(i.number()) : ((Value.DecimalValue) value).number();
  }

  private static long longOf(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return i.number();
    }
    if (value instanceof Value.DateValue d) {
      return d.date().toEpochDay();
    }
    if (value instanceof Value.FlagValue f) {
      return f.flag() ? 1 : 0;
    }
    return ((Value.AnswerValue) value).answer() == dev.leadspec.model.Answer.YES ? 1 : 0;
  }

  /** A table's rows compiled, with its ordinary results prepared so classifying allocates nothing. */
  final class CompiledTable {
    final Table table;
    private final Node[] rows;
    private final TableResult[] matched;
    private final TableResult empty;

    CompiledTable(Table table) {
      this.table = table;
      List<Row> list = table.rows();
      rows = new Node[list.size()];
      matched = new TableResult[list.size()];
      for (int r = 0; r < rows.length; r++) {
        Row row = list.get(r);
        rows[r] = compile(row.condition());
        matched[r] = TableResult.result(table.id(), TableResult.Status.MATCHED, List.of(row.id()), Optional.of(row.output()));
      }
      empty = TableResult.result(table.id(), table.complete() ? TableResult.Status.NO_MATCH : TableResult.Status.NONE, List.of(), Optional.empty());
    }

    /** As {@link #classify(Bound)}, from whether each row holds: {@code met[offset + r]} for row {@code r}. */
    TableResult classify(boolean[] met, int offset) {
      int first = -1;
      List<String> conflict = null;
      for (int r = 0; r < rows.length; r++) {
        if (!met[offset + r]) {
          continue;
        }
        if (table.hitPolicy() == HitPolicy.FIRST) {
          return matched[r];
        }
        if (first < 0) {
          first = r;
        } else {
          if (conflict == null) {
            conflict = new ArrayList<>();
            conflict.add(table.rows().get(first).id());
          }
          conflict.add(table.rows().get(r).id());
        }
      }
      if (conflict != null) {
        return TableResult.result(table.id(), TableResult.Status.CONFLICT, conflict, Optional.empty());
      }
      return first >= 0 ? matched[first] : empty;
    }

    TableResult classify(Bound bound) {
      int first = -1;
      List<String> conflict = null;
      for (int r = 0; r < rows.length; r++) {
        if (rows[r].eval(bound) != Node.MET) {
          continue;
        }
        if (table.hitPolicy() == HitPolicy.FIRST) {
          return matched[r];
        }
        if (first < 0) {
          first = r;
        } else {
          if (conflict == null) {
            conflict = new ArrayList<>();
            conflict.add(table.rows().get(first).id());
          }
          conflict.add(table.rows().get(r).id());
        }
      }
      if (conflict != null) {
        return TableResult.result(table.id(), TableResult.Status.CONFLICT, conflict, Optional.empty());
      }
      return first >= 0 ? matched[first] : empty;
    }
  }

  private static final Status[] STATUSES = Status.values();

  static Status status(int ordinal) {
    return STATUSES[ordinal];
  }
}
