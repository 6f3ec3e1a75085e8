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
    List<Condition> parts = condition.parts();
    if (!parts.isEmpty()) {
      int k = random.nextInt(parts.size());
      List<Condition> changed = new ArrayList<>(parts);
      changed.set(k, shift(contract, parts.get(k), random));
      if (condition instanceof Condition.All) {
        return new Condition.All(changed);
      }
      if (condition instanceof Condition.Any) {
        return new Condition.Any(changed);
      }
      if (condition instanceof Condition.AtLeast atLeast) {
        return new Condition.AtLeast(atLeast.count(), changed);
      }
      return new Condition.Not(changed.get(0));
    }
    long delta = random.nextBoolean() ? 1 + random.nextInt(3) : -1 - random.nextInt(3);
    if (condition instanceof Condition.Compare compare) {
      Value moved = move(compare.value(), delta);
      return moved == null ? compare : new Condition.Compare(compare.field(), compare.operator(), moved);
    }
    if (condition instanceof Condition.Between between) {
      boolean low = random.nextBoolean();
      Value moved = move(low ? between.low() : between.high(), delta);
      if (moved == null) {
        return between;
      }
      return low ? new Condition.Between(between.field(), moved, between.high(), between.lowInclusive(), between.highInclusive())
          : new Condition.Between(between.field(), between.low(), moved, between.lowInclusive(), between.highInclusive());
    }
    if (condition instanceof Condition.In in) {
      Field field = contract.field(in.field()).orElseThrow();
      List<String> codes = toggle(in.codes(), field.codes(), random);
      return codes.isEmpty() ? in : new Condition.In(in.field(), codes, in.negated());
    }
    if (condition instanceof Condition.Contains contains) {
      Field field = contract.field(contains.field()).orElseThrow();
      List<String> codes = toggle(contains.codes(), field.codes(), random);
      return codes.isEmpty() ? contains : new Condition.Contains(contains.field(), codes, contains.all());
    }
    return condition;
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

  private static Value move(Value value, long delta) {
    if (value instanceof Value.IntegerValue integer) {
      long n = integer.number();
      return (delta > 0 && n > Long.MAX_VALUE - delta) || (delta < 0 && n < Long.MIN_VALUE - delta) ? null : Value.of(n + delta);
    }
    if (value instanceof Value.DecimalValue decimal) {
      return Value.of(decimal.number().add(BigDecimal.valueOf(delta, 1)));
    }
    if (value instanceof Value.DateValue date) {
      return Value.of(date.date().plusDays(delta));
    }
    return null;
  }

  private static Contract copy(Contract contract, List<Criterion> criteria, List<Table> tables, Terms terms, int version) {
    return Contract.builder().id(contract.id()).version(version).title(contract.title()).language(contract.language())
        .effectiveFrom(contract.effectiveFrom()).zone(contract.zone()).addAllFields(contract.fields()).addAllCriteria(criteria)
        .addAllTables(tables).terms(terms).build();
  }
}
