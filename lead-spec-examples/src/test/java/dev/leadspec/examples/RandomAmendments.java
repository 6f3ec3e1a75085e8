package dev.leadspec.examples;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Money;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import dev.leadspec.test.RandomContracts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Amendments of several edits each, as negotiators make them: a threshold moved, a code admitted
 * or dropped, a criterion added, removed, redrawn, its role or unknown rule flipped, a table's
 * rows redrawn, the price, price table or challenge window changed, a later-evidence rule
 * flipped. Each edit that would not build is skipped; the result always builds.
 */
final class RandomAmendments {
  private RandomAmendments() {}

  /** The next version of {@code contract} with {@code 1 + random.nextInt(4)} edits. */
  static Contract amend(Contract contract, SplittableRandom random) {
    Contract current = contract;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      try {
        current = edit(current, random);
      } catch (LeadSpecException | IllegalArgumentException | IllegalStateException skipped) {
        // an edit that does not build (a between turned upside down) is not an amendment anyone signs
      }
    }
    return copy(current, new ArrayList<>(current.criteria()), current.tables(), current.terms(), contract.version() + 1);
  }

  private static Contract edit(Contract contract, SplittableRandom random) {
    List<Criterion> criteria = new ArrayList<>(contract.criteria());
    int what = random.nextInt(8);
    if (what == 0) {
      return RandomContracts.amend(contract, random);
    }
    if (what <= 2 && !criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      criteria.set(i, with(old, shift(contract, old.condition(), random)));
      return copy(contract, criteria, contract.tables(), contract.terms(), contract.version());
    }
    if (what == 3 && !criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      Criterion.Builder flipped = Criterion.builder().id(old.id()).title(old.title()).condition(old.condition())
          .admitsLaterEvidence(old.admitsLaterEvidence());
      if (random.nextBoolean()) {
        flipped.role(old.role() == Role.REQUIRED ? Role.DISQUALIFIER : Role.REQUIRED).unknownAs(old.unknownAs());
      } else {
        flipped.role(old.role()).unknownAs(old.unknownAs() == Status.MET ? Status.NOT_MET : Status.MET);
      }
      criteria.set(i, flipped.build());
      return copy(contract, criteria, contract.tables(), contract.terms(), contract.version());
    }
    if (what == 4 && !criteria.isEmpty()) {
      criteria.remove(random.nextInt(criteria.size()));
      return copy(contract, criteria, contract.tables(), contract.terms(), contract.version());
    }
    if (what == 5) {
      return copy(contract, criteria, contract.tables(), price(contract, random), contract.version());
    }
    if (what == 6) {
      Terms terms = contract.terms();
      Terms.Builder changed = Terms.builder();
      terms.price().ifPresent(changed::price);
      terms.priceTable().ifPresent(changed::priceTable);
      if (random.nextBoolean()) {
        changed.challengeWindow(Duration.ofDays(1 + random.nextInt(30)));
      }
      return copy(contract, criteria, contract.tables(), changed.build(), contract.version());
    }
    if (!criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      criteria.set(i, Criterion.builder().id(old.id()).title(old.title()).condition(old.condition()).role(old.role())
          .unknownAs(old.unknownAs()).admitsLaterEvidence(!old.admitsLaterEvidence()).build());
    }
    return copy(contract, criteria, contract.tables(), contract.terms(), contract.version());
  }

  private static Terms price(Contract contract, SplittableRandom random) {
    Terms.Builder terms = Terms.builder();
    contract.terms().challengeWindow().ifPresent(terms::challengeWindow);
    int pick = random.nextInt(4);
    List<String> moneyTables = new ArrayList<>();
    for (Table table : contract.tables()) {
      if (table.rows().get(0).output() instanceof Money) {
        moneyTables.add(table.id());
      }
    }
    if (pick == 0 && !moneyTables.isEmpty()) {
      terms.priceTable(moneyTables.get(random.nextInt(moneyTables.size())));
    } else if (pick == 1) {
      terms.price(Money.of(BigDecimal.valueOf(random.nextInt(2000), 2), java.util.Currency.getInstance(random.nextBoolean() ? "RUB" : "BRL")));
    } else if (pick == 2) {
      terms.price(Money.of("500.00", "RUB"));
    }
    return terms.build();
  }

  private static Criterion with(Criterion old, Condition condition) {
    return Criterion.builder().id(old.id()).title(old.title()).condition(condition).role(old.role()).unknownAs(old.unknownAs())
        .admitsLaterEvidence(old.admitsLaterEvidence()).build();
  }

  /** The condition with one of its literals moved or one code admitted or dropped, chosen at random. */
  private static Condition shift(Contract contract, Condition condition, SplittableRandom random) {
    return condition.accept(new Shift(contract, random));
  }

  /** Shifts one part of a composite; a leaf draws its move first, whatever its kind, then makes it. */
  private static final class Shift implements Condition.Visitor<Condition> {
    private final Contract contract;
    private final SplittableRandom random;

    Shift(Contract contract, SplittableRandom random) {
      this.contract = contract;
      this.random = random;
    }

    @Override
    public Condition visit(Condition.All all) {
      return new Condition.All(shiftedParts(all));
    }

    @Override
    public Condition visit(Condition.Any any) {
      return new Condition.Any(shiftedParts(any));
    }

    @Override
    public Condition visit(Condition.AtLeast atLeast) {
      return new Condition.AtLeast(atLeast.count(), shiftedParts(atLeast));
    }

    @Override
    public Condition visit(Condition.Not not) {
      return new Condition.Not(shiftedParts(not).get(0));
    }

    @Override
    public Condition visit(Condition.Compare compare) {
      long delta = delta();
      return move(compare.value(), delta).<Condition>map(moved -> new Condition.Compare(compare.field(), compare.operator(), moved))
          .orElse(compare);
    }

    @Override
    public Condition visit(Condition.Between between) {
      long delta = delta();
      boolean low = random.nextBoolean();
      return move(low ? between.low() : between.high(), delta).<Condition>map(moved -> low
          ? new Condition.Between(between.field(), moved, between.high(), between.lowInclusive(), between.highInclusive())
          : new Condition.Between(between.field(), between.low(), moved, between.lowInclusive(), between.highInclusive()))
          .orElse(between);
    }

    @Override
    public Condition visit(Condition.In in) {
      delta();
      Field field = contract.field(in.field()).orElseThrow();
      List<String> codes = toggle(in.codes(), field.codes(), random);
      return codes.isEmpty() ? in : new Condition.In(in.field(), codes, in.negated());
    }

    @Override
    public Condition visit(Condition.Contains contains) {
      delta();
      Field field = contract.field(contains.field()).orElseThrow();
      List<String> codes = toggle(contains.codes(), field.codes(), random);
      return codes.isEmpty() ? contains : new Condition.Contains(contains.field(), codes, contains.all());
    }

    @Override
    public Condition visit(Condition.Known known) {
      delta();
      return known;
    }

    private List<Condition> shiftedParts(Condition composite) {
      List<Condition> parts = composite.parts();
      int k = random.nextInt(parts.size());
      List<Condition> changed = new ArrayList<>(parts);
      changed.set(k, parts.get(k).accept(this));
      return changed;
    }

    /** How far a literal moves: 1 to 3 units (days, tenths) either way. */
    private long delta() {
      return random.nextBoolean() ? 1 + random.nextInt(3) : -1 - random.nextInt(3);
    }
  }

  private static List<String> toggle(List<String> codes, List<String> domain, SplittableRandom random) {
    if (domain.isEmpty()) {
      return List.of();
    }
    List<String> changed = new ArrayList<>(codes);
    String code = domain.get(random.nextInt(domain.size()));
    if (!changed.remove(code)) {
      changed.add(code);
    }
    return changed;
  }

  /** An integer, decimal (by tenths) or date literal moved; nothing for another kind or an integer that would overflow. */
  private static Optional<Value> move(Value value, long delta) {
    return value.accept(new Value.Visitor<Optional<Value>>() {
      @Override
      public Optional<Value> visit(Value.TextValue text) {
        return Optional.empty();
      }

      @Override
      public Optional<Value> visit(Value.CodesValue codes) {
        return Optional.empty();
      }

      @Override
      public Optional<Value> visit(Value.IntegerValue integer) {
        long n = integer.number();
        boolean overflow = (delta > 0 && n > Long.MAX_VALUE - delta) || (delta < 0 && n < Long.MIN_VALUE - delta);
        return overflow ? Optional.empty() : Optional.of(Value.of(n + delta));
      }

      @Override
      public Optional<Value> visit(Value.DecimalValue decimal) {
        return Optional.of(Value.of(decimal.number().add(BigDecimal.valueOf(delta, 1))));
      }

      @Override
      public Optional<Value> visit(Value.FlagValue flag) {
        return Optional.empty();
      }

      @Override
      public Optional<Value> visit(Value.AnswerValue answer) {
        return Optional.empty();
      }

      @Override
      public Optional<Value> visit(Value.DateValue date) {
        return Optional.of(Value.of(date.date().plusDays(delta)));
      }
    });
  }

  private static Contract copy(Contract contract, List<Criterion> criteria, List<Table> tables, Terms terms, int version) {
    return Contract.builder().id(contract.id()).version(version).title(contract.title()).language(contract.language())
        .effectiveFrom(contract.effectiveFrom()).zone(contract.zone()).addAllFields(contract.fields()).addAllCriteria(criteria)
        .addAllTables(tables).terms(terms).build();
  }
}
