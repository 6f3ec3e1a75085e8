package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomContractsProperties {
  private static final long SEED = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);

  @Test
  void random_contracts_cover_every_field_kind_condition_operator_role_policy_and_table_shape() {
    // given
    Set<String> seen = new LinkedHashSet<>();
    SplittableRandom random = new SplittableRandom(SEED);
    // when
    for (int i = 0; i < 2000; i++) {
      Contract contract = RandomContracts.next(random);
      for (Field field : contract.fields()) {
        seen.add("kind " + field.kind());
        if (field.codes().size() > 8) {
          seen.add("long code list " + field.kind());
        }
        if (field.codes().size() == Field.MAX_CHOICES_CODES) {
          seen.add("64 codes");
        }
      }
      for (Criterion criterion : contract.criteria()) {
        seen.add("role " + criterion.role());
        seen.add("unknownAs " + criterion.unknownAs());
        collect(criterion.condition(), seen);
      }
      for (Table table : contract.tables()) {
        seen.add("table " + table.hitPolicy() + (table.complete() ? " complete" : " partial"));
        seen.add("outputs " + (table.isPriceTable() ? "money" : "codes"));
        for (Row row : table.rows()) {
          collect(row.condition(), seen);
        }
      }
      contract.terms().priceTable().ifPresent(id -> seen.add("price table"));
      contract.terms().price().ifPresent(price -> seen.add("fixed price"));
    }
    // then
    Set<String> expected = new LinkedHashSet<>();
    for (FieldKind kind : FieldKind.values()) {
      expected.add("kind " + kind);
    }
    for (Operator operator : Operator.values()) {
      for (String kind : List.of("INTEGER", "DECIMAL", "DATE")) {
        expected.add("compare " + operator + " " + kind);
      }
    }
    for (String kind : List.of("CHOICE", "CHOICES", "TEXT", "FLAG", "ANSWER")) {
      expected.add("compare EQ " + kind);
      expected.add("compare NE " + kind);
    }
    for (String kind : List.of("INTEGER", "DECIMAL", "DATE")) {
      for (String ends : List.of("[]", "[)", "(]", "()")) {
        expected.add("between " + ends + " " + kind);
      }
    }
    expected.addAll(List.of("in CHOICE", "notIn CHOICE", "in TEXT", "notIn TEXT", "containsAny", "containsAll", "isKnown", "isUnknown",
        "all", "any", "not", "atLeast", "atLeast n<parts", "role REQUIRED", "role DISQUALIFIER", "unknownAs MET", "unknownAs NOT_MET",
        "table UNIQUE complete", "table UNIQUE partial", "table FIRST complete", "table FIRST partial", "outputs money", "outputs codes",
        "price table", "fixed price", "long code list CHOICE", "long code list CHOICES", "64 codes", "literal Long.MAX_VALUE", "literal Long.MIN_VALUE"));
    assertThat(seen).containsAll(expected);
  }

  @Test
  void the_same_seed_draws_the_same_contracts_and_each_builds_evaluates_and_generates_leads() {
    // then
    SplittableRandom first = new SplittableRandom(SEED);
    SplittableRandom again = new SplittableRandom(SEED);
    for (int i = 0; i < 200; i++) {
      Contract contract = RandomContracts.next(first);
      assertThat(RandomContracts.next(again)).isEqualTo(contract);
      Leads leads = Leads.of(contract);
      assertThat(leads.covering()).isNotEmpty();
      dev.leadspec.eval.Evaluator.of(contract).evaluate(leads.random().next(new SplittableRandom(i)));
    }
  }

  private static void collect(Condition condition, Set<String> seen) {
    condition.accept(new Shapes(seen));
    for (Condition part : condition.parts()) {
      collect(part, seen);
    }
  }

  /** Names the shape of one condition, without its parts: its kind, operator, ends and literal kind. */
  private static final class Shapes implements Condition.Visitor<Set<String>> {
    private final Set<String> seen;

    Shapes(Set<String> seen) {
      this.seen = seen;
    }

    @Override
    public Set<String> visit(Condition.Compare compare) {
      seen.add("compare " + compare.operator() + " " + kindOf(compare.value()));
      literal(compare.value(), seen);
      return seen;
    }

    @Override
    public Set<String> visit(Condition.Between between) {
      seen.add("between " + (between.lowInclusive() ? "[" : "(") + (between.highInclusive() ? "]" : ")") + " " + kindOf(between.low()));
      literal(between.low(), seen);
      literal(between.high(), seen);
      return seen;
    }

    @Override
    public Set<String> visit(Condition.In in) {
      seen.add((in.negated() ? "notIn " : "in ") + (in.codes().contains("alpha") || in.codes().contains("beta")
          || in.codes().contains("Gamma") || in.codes().contains("gamma") ? "TEXT" : "CHOICE"));
      return seen;
    }

    @Override
    public Set<String> visit(Condition.Contains contains) {
      seen.add(contains.all() ? "containsAll" : "containsAny");
      return seen;
    }

    @Override
    public Set<String> visit(Condition.Known known) {
      seen.add(known.known() ? "isKnown" : "isUnknown");
      return seen;
    }

    @Override
    public Set<String> visit(Condition.All all) {
      seen.add("all");
      return seen;
    }

    @Override
    public Set<String> visit(Condition.Any any) {
      seen.add("any");
      return seen;
    }

    @Override
    public Set<String> visit(Condition.Not not) {
      seen.add("not");
      return seen;
    }

    @Override
    public Set<String> visit(Condition.AtLeast atLeast) {
      seen.add("atLeast");
      if (atLeast.count() < atLeast.parts().size()) {
        seen.add("atLeast n<parts");
      }
      return seen;
    }
  }

  private static void literal(Value value, Set<String> seen) {
    if (FieldKind.INTEGER.admits(value) && value.orderingKey().getAsLong() == Long.MAX_VALUE) {
      seen.add("literal Long.MAX_VALUE");
    }
    if (FieldKind.INTEGER.admits(value) && value.orderingKey().getAsLong() == Long.MIN_VALUE) {
      seen.add("literal Long.MIN_VALUE");
    }
  }

  private static String kindOf(Value value) {
    return value.accept(KindName.INSTANCE);
  }

  /** The kind of field a literal is for; a code of one of the generator's text fields is TEXT. */
  private static final class KindName implements Value.Visitor<String> {
    static final KindName INSTANCE = new KindName();

    @Override
    public String visit(Value.TextValue value) {
      return List.of("alpha", "beta", "Gamma", "gamma").contains(value.text()) ? "TEXT" : "CHOICE";
    }

    @Override
    public String visit(Value.CodesValue value) {
      return "CHOICES";
    }

    @Override
    public String visit(Value.IntegerValue value) {
      return "INTEGER";
    }

    @Override
    public String visit(Value.DecimalValue value) {
      return "DECIMAL";
    }

    @Override
    public String visit(Value.FlagValue value) {
      return "FLAG";
    }

    @Override
    public String visit(Value.AnswerValue value) {
      return "ANSWER";
    }

    @Override
    public String visit(Value.DateValue value) {
      return "DATE";
    }
  }
}
