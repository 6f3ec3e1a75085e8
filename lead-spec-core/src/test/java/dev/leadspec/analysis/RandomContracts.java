package dev.leadspec.analysis;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random contracts and leads from a seed, with literals drawn from tiny pools so that
 * boundaries collide, ranges touch and overlap, and gaps are common. Temporary: the soundness
 * properties move to the test module's public generator once it exists.
 */
final class RandomContracts {
  private static final FieldKind[] KINDS = FieldKind.values();
  private static final String[] DECIMALS = {"0", "0.5", "1", "2", "2.5", "3"};
  private static final String[] LEAD_DECIMALS = {"-0.5", "0", "0.25", "0.5", "0.75", "1", "1.5", "2", "2.25", "2.5", "2.75", "3", "3.5"};
  private static final String[] TEXTS = {"a", "b", "c"};
  private static final String[] CODES = {"A", "B", "C"};
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private final SplittableRandom random;
  private final List<Field> fields = new ArrayList<>();

  RandomContracts(long seed) {
    this.random = new SplittableRandom(seed);
  }

  Contract contract() {
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      FieldKind kind = KINDS[random.nextInt(KINDS.length)];
      Field.Builder field = Field.builder().name("f" + i).kind(kind);
      if (kind == FieldKind.CHOICE || kind == FieldKind.CHOICES) {
        field.addCodes(List.of(CODES).subList(0, 2 + random.nextInt(2)).toArray(new String[0]));
      }
      fields.add(field.build());
    }
    Contract.Builder contract = Contract.builder().id("random").version(1).title("random").effectiveFrom(DAY).addAllFields(fields);
    int criteria = random.nextInt(4);
    for (int i = 0; i < criteria; i++) {
      contract.addCriteria(criterion("C" + i));
    }
    int tables = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
    for (int t = 0; t < tables; t++) {
      contract.addTables(table("T" + t));
    }
    return contract.build();
  }

  /** A variation of the contract: one criterion or row changed, added or dropped. */
  Contract mutate(Contract contract) {
    List<Criterion> criteria = new ArrayList<>(contract.criteria());
    List<Table> tables = new ArrayList<>(contract.tables());
    int what = random.nextInt(5);
    if (what == 0 && !criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      criteria.set(i, Criterion.builder().id(old.id()).title(old.title()).condition(condition(2))
          .role(old.role()).unknownAs(old.unknownAs()).build());
    } else if (what == 1 && !criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      criteria.set(i, Criterion.builder().id(old.id()).title(old.title()).condition(old.condition())
          .role(old.role()).unknownAs(old.unknownAs() == Status.MET ? Status.NOT_MET : Status.MET).build());
    } else if (what == 2 && !criteria.isEmpty()) {
      criteria.remove(random.nextInt(criteria.size()));
    } else if (what == 3 && !tables.isEmpty()) {
      int t = random.nextInt(tables.size());
      tables.set(t, table(tables.get(t).id()));
    } else {
      criteria.add(criterion("N" + criteria.size()));
    }
    return Contract.builder().id(contract.id()).version(contract.version() + 1).title(contract.title())
        .effectiveFrom(contract.effectiveFrom()).addAllFields(contract.fields()).addAllCriteria(criteria)
        .addAllTables(tables).build();
  }

  Lead lead(int index) {
    Lead.Builder lead = Lead.builder().id("L-" + index).deliveredAt(Instant.parse("2026-02-01T10:00:00Z"));
    for (Field field : fields) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      lead.fact(field.name(), leadValue(field));
    }
    return lead.build();
  }

  private Value leadValue(Field field) {
    switch (field.kind()) {
      case INTEGER:
        return Value.of(random.nextInt(-1, 8));
      case DECIMAL:
        return Value.of(new BigDecimal(LEAD_DECIMALS[random.nextInt(LEAD_DECIMALS.length)]));
      case DATE:
        return Value.of(DAY.plusDays(random.nextInt(-1, 7)));
      case FLAG:
        return Value.of(random.nextBoolean());
      case ANSWER:
        return Value.of(random.nextBoolean() ? Answer.YES : Answer.NO);
      case TEXT:
        return Value.of(random.nextInt(4) == 0 ? "zz" : TEXTS[random.nextInt(TEXTS.length)]);
      case CHOICE:
        return Value.of(field.codes().get(random.nextInt(field.codes().size())));
      default:
        List<String> codes = new ArrayList<>();
        for (String code : field.codes()) {
          if (random.nextBoolean()) {
            codes.add(code);
          }
        }
        return Value.codes(codes);
    }
  }

  private Criterion criterion(String id) {
    return Criterion.builder().id(id).title(id).condition(condition(2))
        .role(random.nextInt(3) == 0 ? Role.DISQUALIFIER : Role.REQUIRED)
        .unknownAs(random.nextInt(4) == 0 ? Status.MET : Status.NOT_MET).build();
  }

  private Table table(String id) {
    Table.Builder table = Table.builder().id(id)
        .hitPolicy(random.nextBoolean() ? HitPolicy.UNIQUE : HitPolicy.FIRST).complete(random.nextInt(3) != 0);
    int rows = 1 + random.nextInt(4);
    boolean money = random.nextInt(4) == 0;
    for (int r = 0; r < rows; r++) {
      int out = random.nextInt(3);
      Output output = money ? Money.of(out == 0 ? "500" : out == 1 ? "500.00" : "800", "RUB") : Output.code("O" + out);
      table.addRows(Row.of("R" + r, condition(random.nextInt(2) + 1), output));
    }
    return table.build();
  }

  private Condition condition(int depth) {
    if (depth == 0 || random.nextInt(3) != 0) {
      return leaf();
    }
    int parts = 1 + random.nextInt(3);
    List<Condition> list = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      list.add(condition(depth - 1));
    }
    switch (random.nextInt(4)) {
      case 0:
        return new Condition.All(list);
      case 1:
        return new Condition.Any(list);
      case 2:
        return new Condition.Not(list.get(0));
      default:
        return new Condition.AtLeast(1 + random.nextInt(parts), list);
    }
  }

  private Condition leaf() {
    Field field = fields.get(random.nextInt(fields.size()));
    String name = field.name();
    if (random.nextInt(8) == 0) {
      return new Condition.Known(name, random.nextBoolean());
    }
    Operator[] ops = Operator.values();
    switch (field.kind()) {
      case INTEGER:
      case DECIMAL:
      case DATE:
        if (random.nextBoolean()) {
          return new Condition.Compare(name, ops[random.nextInt(ops.length)], ordered(field));
        }
        Value a = ordered(field);
        Value b = ordered(field);
        if (compare(a, b) > 0) {
          Value swap = a;
          a = b;
          b = swap;
        }
        boolean lowInclusive = random.nextBoolean();
        boolean highInclusive = random.nextBoolean();
        if (compare(a, b) == 0) {
          lowInclusive = true;
          highInclusive = true;
        }
        return new Condition.Between(name, a, b, lowInclusive, highInclusive);
      case FLAG:
        return new Condition.Compare(name, random.nextBoolean() ? Operator.EQ : Operator.NE, Value.of(random.nextBoolean()));
      case ANSWER:
        return new Condition.Compare(name, random.nextBoolean() ? Operator.EQ : Operator.NE,
            Value.of(random.nextBoolean() ? Answer.YES : Answer.NO));
      case TEXT:
      case CHOICE:
        List<String> pool = field.kind() == FieldKind.TEXT ? List.of(TEXTS) : field.codes();
        if (random.nextBoolean()) {
          return new Condition.Compare(name, random.nextBoolean() ? Operator.EQ : Operator.NE, Value.of(pool.get(random.nextInt(pool.size()))));
        }
        return new Condition.In(name, someOf(pool), random.nextBoolean());
      default:
        List<String> codes = someOf(field.codes());
        switch (random.nextInt(3)) {
          case 0:
            return new Condition.Contains(name, codes, false);
          case 1:
            return new Condition.Contains(name, codes, true);
          default:
            return new Condition.Compare(name, random.nextBoolean() ? Operator.EQ : Operator.NE, Value.codes(codes));
        }
    }
  }

  private List<String> someOf(List<String> pool) {
    List<String> some = new ArrayList<>();
    for (String item : pool) {
      if (random.nextBoolean()) {
        some.add(item);
      }
    }
    if (some.isEmpty()) {
      some.add(pool.get(random.nextInt(pool.size())));
    }
    return some;
  }

  private Value ordered(Field field) {
    switch (field.kind()) {
      case INTEGER:
        return Value.of(random.nextInt(0, 7));
      case DECIMAL:
        return random.nextInt(4) == 0 ? Value.of(random.nextInt(0, 4)) : Value.of(new BigDecimal(DECIMALS[random.nextInt(DECIMALS.length)]));
      default:
        return Value.of(DAY.plusDays(random.nextInt(0, 6)));
    }
  }

  private static int compare(Value a, Value b) {
    if (a instanceof Value.DateValue x && b instanceof Value.DateValue y) {
      return x.date().compareTo(y.date());
    }
    return Space.decimal(a).compareTo(Space.decimal(b));
  }
}
