package dev.leadspec.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One spelling per meaning: an integer literal compared with a decimal field ({@code 50} where
 * the field is decimal) becomes the decimal it means, when the contract is built. So a bound
 * written {@code 50}, {@code 50.0} or {@code "50"}, by the DSL, the model or a JSON document,
 * gives one contract, one canonical document and one fingerprint.
 */
final class DecimalLiterals {
  private final Set<String> decimals = new HashSet<>();
  private boolean changed;
  private final Normalizer normalizer = new Normalizer();

  private DecimalLiterals(Contract contract) {
    for (Field field : contract.fields()) {
      if (field.kind() == FieldKind.DECIMAL) {
        decimals.add(field.name());
      }
    }
  }

  /** The contract itself when every literal of a decimal field is a decimal, else the contract with them made so. */
  static Contract normalized(Contract contract) {
    DecimalLiterals literals = new DecimalLiterals(contract);
    if (literals.decimals.isEmpty()) {
      return contract;
    }
    List<Criterion> criteria = new ArrayList<>(contract.criteria().size());
    for (Criterion criterion : contract.criteria()) {
      Condition condition = literals.condition(criterion.condition());
      criteria.add(condition == criterion.condition() ? criterion : Criterion.builder().id(criterion.id())
          .title(criterion.title()).role(criterion.role()).unknownAs(criterion.unknownAs())
          .admitsLaterEvidence(criterion.admitsLaterEvidence()).condition(condition).build());
    }
    List<Table> tables = new ArrayList<>(contract.tables().size());
    for (Table table : contract.tables()) {
      List<Row> rows = new ArrayList<>(table.rows().size());
      boolean rowChanged = false;
      for (Row row : table.rows()) {
        Condition condition = literals.condition(row.condition());
        rowChanged |= condition != row.condition();
        rows.add(condition == row.condition() ? row : Row.of(row.id(), condition, row.output()));
      }
      tables.add(!rowChanged ? table : Table.builder().id(table.id()).title(table.title()).hitPolicy(table.hitPolicy())
          .complete(table.complete()).addAllRows(rows).build());
    }
    if (!literals.changed) {
      return contract;
    }
    return Contract.builder().id(contract.id()).version(contract.version()).title(contract.title())
        .language(contract.language()).effectiveFrom(contract.effectiveFrom()).zone(contract.zone())
        .addAllFields(contract.fields()).addAllCriteria(criteria).addAllTables(tables).terms(contract.terms()).build();
  }

  /** The condition with its decimal fields' integer literals made decimals; the same instance when there are none. */
  private Condition condition(Condition condition) {
    return condition.accept(normalizer);
  }

  /** Rebuilds a condition whose decimal fields have integer literals; returns any other as it is. */
  private final class Normalizer implements Condition.Visitor<Condition> {
    @Override
    public Condition visit(Condition.Compare compare) {
      if (!decimals.contains(compare.field())) {
        return compare;
      }
      Value value = decimal(compare.value());
      return value == compare.value() ? compare : new Condition.Compare(compare.field(), compare.operator(), value);
    }

    @Override
    public Condition visit(Condition.Between between) {
      if (!decimals.contains(between.field())) {
        return between;
      }
      Value low = decimal(between.low());
      Value high = decimal(between.high());
      return low == between.low() && high == between.high() ? between
          : new Condition.Between(between.field(), low, high, between.lowInclusive(), between.highInclusive());
    }

    @Override
    public Condition visit(Condition.In in) {
      return in;
    }

    @Override
    public Condition visit(Condition.Contains contains) {
      return contains;
    }

    @Override
    public Condition visit(Condition.Known known) {
      return known;
    }

    @Override
    public Condition visit(Condition.All all) {
      List<Condition> parts = parts(all.parts());
      return parts == all.parts() ? all : new Condition.All(parts);
    }

    @Override
    public Condition visit(Condition.Any any) {
      List<Condition> parts = parts(any.parts());
      return parts == any.parts() ? any : new Condition.Any(parts);
    }

    @Override
    public Condition visit(Condition.Not not) {
      Condition part = condition(not.part());
      return part == not.part() ? not : new Condition.Not(part);
    }

    @Override
    public Condition visit(Condition.AtLeast atLeast) {
      List<Condition> parts = parts(atLeast.parts());
      return parts == atLeast.parts() ? atLeast : new Condition.AtLeast(atLeast.count(), parts);
    }
  }

  private List<Condition> parts(List<Condition> parts) {
    List<Condition> normal = new ArrayList<>(parts.size());
    boolean any = false;
    for (Condition part : parts) {
      Condition made = condition(part);
      any |= made != part;
      normal.add(made);
    }
    return any ? normal : parts;
  }

  /**
   * The number as the decimal it means ({@link Value#decimal()}): an integer becomes a decimal
   * (and the contract changes); a decimal, or any other value, stays the same instance.
   */
  private Value decimal(Value value) {
    Value made = value.decimal().<Value>map(Value::of).orElse(value);
    if (made.equals(value)) {
      return value;
    }
    changed = true;
    return made;
  }
}
