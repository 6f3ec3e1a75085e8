package dev.leadspec.test.scenario;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a set of verdicts exercised in a contract (or in each version of a history): for each
 * criterion whether it was seen {@code MET}, {@code NOT_MET} and {@code UNKNOWN} (the last only
 * when its condition can be unknown at all); for each bound of a range, in criteria and table
 * rows alike, whether a fact was seen on both sides of it at the boundary: at the literal, and
 * at its nearest neighbour across (±1 for integers, ±1 day for dates, any value across for
 * decimals); for each table row whether it matched. Items are named so a person can find them:
 * {@code TA-SIZE NOT_MET}, {@code TA-SIZE: employees >= 50 at 49}, {@code price/SMB matched},
 * each prefixed by the version ({@code v2 }) when the history has several.
 *
 * <pre>{@code
 * Coverage coverage = report.coverage();
 * coverage.percent();  // 95.5
 * coverage.missing();  // [TA-SIZE: employees <= 5000 at 5001, price/ENTERPRISE matched]
 * }</pre>
 */
public final class Coverage {
  private final Map<String, Boolean> items;

  private Coverage(Map<String, Boolean> items) {
    this.items = items;
  }

  /**
   * The coverage of a contract history by the given verdicts (each under a version of it).
   *
   * <pre>{@code
   * Coverage coverage = Coverage.of(ContractHistory.of(contract), verdicts);
   * }</pre>
   *
   * @param history the contract history (one version for a single contract)
   * @param verdicts the verdicts the scenarios received
   * @return the coverage
   * @throws NullPointerException if an argument is null
   */
  public static Coverage of(ContractHistory history, List<Verdict> verdicts) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(verdicts, "verdicts");
    Map<String, Boolean> items = new LinkedHashMap<>();
    Map<Integer, List<Owner>> owners = new LinkedHashMap<>();
    boolean several = history.versions().size() > 1;
    for (Contract contract : history.versions()) {
      String prefix = several ? "v" + contract.version() + " " : "";
      List<Owner> list = owners(contract, prefix);
      owners.put(contract.version(), list);
      for (Owner owner : list) {
        for (String item : owner.items()) {
          items.put(item, false);
        }
      }
    }
    for (Verdict verdict : verdicts) {
      List<Owner> list = owners.get(verdict.contractVersion());
      if (list == null || !verdict.contractId().equals(history.contractId())) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (Owner owner : list) {
        owner.observe(verdict, seen);
      }
      for (String item : seen) {
        items.replace(item, true);
      }
    }
    return new Coverage(Collections.unmodifiableMap(items));
  }

  private static List<Owner> owners(Contract contract, String prefix) {
    List<Owner> owners = new ArrayList<>();
    for (Criterion criterion : contract.criteria()) {
      owners.add(new Owner(prefix + criterion.id(), criterion.id(), null, null, canBeUnknown(criterion.condition()),
          bounds(criterion.condition(), contract)));
    }
    for (Table table : contract.tables()) {
      for (Row row : table.rows()) {
        owners.add(new Owner(prefix + table.id() + "/" + row.id(), null, table.id(), row.id(), false, bounds(row.condition(), contract)));
      }
    }
    return owners;
  }

  /** Whether the condition can come out UNKNOWN: not when it only asks whether facts are known. */
  static boolean canBeUnknown(Condition condition) {
    return condition.accept(CanBeUnknown.INSTANCE);
  }

  /** A leaf that reads a fact can be UNKNOWN, {@code isKnown} cannot; a composite can when a part can. */
  private static final class CanBeUnknown implements Condition.Visitor<Boolean> {
    static final CanBeUnknown INSTANCE = new CanBeUnknown();

    @Override
    public Boolean visit(Condition.Compare compare) {
      return true;
    }

    @Override
    public Boolean visit(Condition.Between between) {
      return true;
    }

    @Override
    public Boolean visit(Condition.In in) {
      return true;
    }

    @Override
    public Boolean visit(Condition.Contains contains) {
      return true;
    }

    @Override
    public Boolean visit(Condition.Known known) {
      return false;
    }

    @Override
    public Boolean visit(Condition.All all) {
      return anyPart(all);
    }

    @Override
    public Boolean visit(Condition.Any any) {
      return anyPart(any);
    }

    @Override
    public Boolean visit(Condition.Not not) {
      return anyPart(not);
    }

    @Override
    public Boolean visit(Condition.AtLeast atLeast) {
      return anyPart(atLeast);
    }

    private Boolean anyPart(Condition composite) {
      for (Condition part : composite.parts()) {
        if (part.accept(this)) {
          return true;
        }
      }
      return false;
    }
  }

  static List<Bound> bounds(Condition condition, Contract contract) {
    Set<Bound> bounds = new LinkedHashSet<>();
    new ComparisonBounds(contract, bounds).walk(condition);
    return new ArrayList<>(bounds);
  }

  /** Adds the bounds of a condition's comparisons and ranges, parts included. */
  private static final class ComparisonBounds extends Condition.LeafVisitor {
    private final Contract contract;
    private final Set<Bound> into;

    ComparisonBounds(Contract contract, Set<Bound> into) {
      this.contract = contract;
      this.into = into;
    }

    @Override
    protected void visit(Condition.Compare compare) {
      Operator op = compare.operator();
      if (op == Operator.LT || op == Operator.LE || op == Operator.GT || op == Operator.GE) {
        into.add(new Bound(compare.field(), op, compare.value(), kind(contract, compare.field())));
      }
    }

    @Override
    protected void visit(Condition.Between between) {
      FieldKind kind = kind(contract, between.field());
      into.add(new Bound(between.field(), between.lowInclusive() ? Operator.GE : Operator.GT, between.low(), kind));
      into.add(new Bound(between.field(), between.highInclusive() ? Operator.LE : Operator.LT, between.high(), kind));
    }

    @Override
    protected void visit(Condition.In in) {
      // codes have no boundary
    }

    @Override
    protected void visit(Condition.Contains contains) {
      // codes have no boundary
    }

    @Override
    protected void visit(Condition.Known known) {
      // no literal, no boundary
    }
  }

  /**
   * One comparison of a field with a literal, such as {@code employees >= 50}, and its two sides
   * at the boundary: the literal itself, and its nearest neighbour across (±1 for an integer field,
   * ±1 day for a date; for a decimal field any value across, as decimals have no neighbour).
   */
  record Bound(String field, Operator operator, Value literal, FieldKind kind) {
    /** Whether the nearest value across lies below the literal (≥ and <) or above it (> and ≤). */
    private boolean acrossBelow() {
      return operator == Operator.GE || operator == Operator.LT;
    }

    String text() {
      String symbol = operator == Operator.LT ? "<" : operator == Operator.LE ? "<=" : operator == Operator.GT ? ">" : ">=";
      return field + " " + symbol + " " + literal;
    }

    /** The item names of the two sides: at the literal, then across it. */
    List<String> sides() {
      return List.of(text() + " at " + literal, text() + " " + across());
    }

    private String across() {
      int step = acrossBelow() ? -1 : 1;
      if (stepped(literal)) {
        long n = literal.orderingKey().getAsLong();
        if (kind == FieldKind.DATE) {
          return "at " + LocalDate.ofEpochDay(n).plusDays(step);
        }
        boolean overflow = step < 0 ? n == Long.MIN_VALUE : n == Long.MAX_VALUE;
        return overflow ? "(no value across)" : "at " + (n + step);
      }
      return (acrossBelow() ? "below " : "above ") + literal;
    }

    /** Whether a value of an integer or date field has a nearest neighbour (±1, ±1 day): one of the field's kind. */
    private boolean stepped(Value value) {
      return (kind == FieldKind.INTEGER || kind == FieldKind.DATE) && kind.admits(value);
    }

    /** The side a known fact shows, if it is at the literal or its nearest neighbour across. */
    Optional<String> side(Value fact) {
      Integer order = compare(fact, literal);
      if (order == null) {
        return Optional.empty();
      }
      if (order == 0) {
        return Optional.of(sides().get(0));
      }
      boolean across = acrossBelow() ? order < 0 : order > 0;
      if (!across) {
        return Optional.empty();
      }
      if (stepped(literal) && stepped(fact)) {
        long distance = Math.abs(fact.orderingKey().getAsLong() - literal.orderingKey().getAsLong());
        return distance == 1 ? Optional.of(sides().get(1)) : Optional.empty();
      }
      return Optional.of(sides().get(1));
    }
  }

  private static FieldKind kind(Contract contract, String field) {
    return contract.field(field).map(Field::kind).orElse(FieldKind.DECIMAL);
  }

  /** Orders two numbers ({@link Value#decimal()}) or two dates; nothing for any other pair. */
  private static @Nullable Integer compare(Value a, Value b) {
    if (FieldKind.DATE.admits(a) && FieldKind.DATE.admits(b)) {
      return Long.compare(a.orderingKey().getAsLong(), b.orderingKey().getAsLong());
    }
    Optional<BigDecimal> x = a.decimal();
    Optional<BigDecimal> y = b.decimal();
    return x.isEmpty() || y.isEmpty() ? null : x.get().compareTo(y.get());
  }

  /** A criterion or a table row and the coverage items it owns. */
  private static final class Owner {
    private final String name;
    private final @Nullable String criterionId;
    private final @Nullable String tableId;
    private final @Nullable String rowId;
    private final boolean unknown;
    private final List<Bound> bounds;

    Owner(String name, @Nullable String criterionId, @Nullable String tableId, @Nullable String rowId, boolean unknown, List<Bound> bounds) {
      this.name = name;
      this.criterionId = criterionId;
      this.tableId = tableId;
      this.rowId = rowId;
      this.unknown = unknown;
      this.bounds = bounds;
    }

    List<String> items() {
      List<String> items = new ArrayList<>();
      if (criterionId != null) {
        items.add(name + " " + Status.MET);
        items.add(name + " " + Status.NOT_MET);
        if (unknown) {
          items.add(name + " " + Status.UNKNOWN);
        }
      } else {
        items.add(name + " matched");
      }
      for (Bound bound : bounds) {
        for (String side : bound.sides()) {
          items.add(name + ": " + side);
        }
      }
      return items;
    }

    void observe(Verdict verdict, Set<String> seen) {
      if (criterionId != null) {
        Optional<CriterionResult> result = verdict.result(criterionId);
        result.ifPresent(r -> seen.add(name + " " + r.status()));
      } else {
        Optional<TableResult> result = verdict.table(tableId);
        if (result.isPresent() && (result.get().status() == TableResult.RowMatch.MATCHED
            || result.get().status() == TableResult.RowMatch.CONFLICT) && result.get().rowIds().contains(rowId)) {
          seen.add(name + " matched");
        }
      }
      for (Bound bound : bounds) {
        Optional<Value> fact = verdict.lead().fact(bound.field());
        if (fact.isPresent()) {
          bound.side(fact.get()).ifPresent(side -> seen.add(name + ": " + side));
        }
      }
    }
  }

  /**
   * Every item, in contract order: criteria first (statuses, then bounds), then table rows.
   *
   * <pre>{@code
   * coverage.items(); // [TA-IND MET, TA-IND NOT_MET, TA-IND UNKNOWN, ...]
   * }</pre>
   *
   * @return the item names
   */
  public List<String> items() {
    return List.copyOf(items.keySet());
  }

  /**
   * The items some verdict exercised.
   *
   * <pre>{@code
   * coverage.covered().size(); // 43
   * }</pre>
   *
   * @return their names, in contract order
   */
  public List<String> covered() {
    return select(true);
  }

  /**
   * The items no verdict exercised, by name.
   *
   * <pre>{@code
   * coverage.missing(); // [TA-SIZE: employees <= 5000 at 5001]
   * }</pre>
   *
   * @return their names, in contract order
   */
  public List<String> missing() {
    return select(false);
  }

  private List<String> select(boolean covered) {
    List<String> selected = new ArrayList<>();
    items.forEach((item, seen) -> {
      if (seen == covered) {
        selected.add(item);
      }
    });
    return selected;
  }

  /**
   * The share of items covered, in percent, rounded down to one decimal (so that 100.0 means
   * every item); 100 for a contract with no items.
   *
   * <pre>{@code
   * coverage.percent(); // 95.5
   * }</pre>
   *
   * @return the percentage
   */
  public BigDecimal percent() {
    if (items.isEmpty()) {
      return BigDecimal.valueOf(1000, 1);
    }
    return BigDecimal.valueOf(covered().size() * 100L).divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.FLOOR);
  }

  /**
   * Whether at least the given share of items is covered, compared exactly (not on the rounded
   * percentage).
   *
   * <pre>{@code
   * if (!coverage.atLeast(new BigDecimal("90"))) fail();
   * }</pre>
   *
   * @param percent the threshold, from 0 to 100
   * @return true when covered / items &ge; percent / 100
   * @throws IllegalArgumentException if the threshold is outside 0 to 100
   */
  public boolean atLeast(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("coverage threshold " + percent.toPlainString() + " is not a percentage from 0 to 100");
    }
    return BigDecimal.valueOf(covered().size() * 100L).compareTo(percent.multiply(BigDecimal.valueOf(items.size()))) >= 0;
  }

  /**
   * The report a person reads: the totals, then every item never exercised.
   *
   * <pre>{@code
   * coverage: 43 of 45 items (95.5%)
   * never exercised:
   *   TA-SIZE: employees <= 5000 at 5001
   *   price/ENTERPRISE matched
   * }</pre>
   *
   * @return lines separated by {@code \n}, ending with one
   */
  public String text() {
    StringBuilder text = new StringBuilder("coverage: ").append(covered().size()).append(" of ").append(items.size())
        .append(" items (").append(percent().toPlainString()).append("%)\n");
    List<String> missing = missing();
    if (!missing.isEmpty()) {
      text.append("never exercised:\n");
      for (String item : missing) {
        text.append("  ").append(item).append('\n');
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "Coverage{" + covered().size() + "/" + items.size() + "}";
  }
}
