package dev.leadspec.json;

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
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random contracts and leads from a seed whose every name, id, title, code and text may hold
 * what JSON must escape or encode: quotes, backslashes, control characters, Latin-1, Cyrillic,
 * CJK, emoji (surrogate pairs) and lone surrogates; integers at the edges of the exact range.
 * The fixture of the fast writers' and readers' equivalence properties.
 */
final class WeirdContracts {
  private static final String[] PIECES = {"a", "Z", "-", "_", "1", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u001f", "\u007f",
      "é", "«", "Д", "ж", "中", "\u2028", "😀", "\ud83d", "\ude00", "€", "\u00a0", "'", "{", "}", "[", "]", ":", ","};
  private static final FieldKind[] KINDS = FieldKind.values();
  private static final long[] INTEGERS = {0, 1, -1, 49, 50, 5000, 9_007_199_254_740_991L, 9_007_199_254_740_992L,
      -9_007_199_254_740_991L, -9_007_199_254_740_992L, Long.MAX_VALUE, Long.MIN_VALUE, 123_456_789_012L};
  private static final String[] DECIMALS = {"0", "0.50", "1.0", "-2.25", "1500000.00", "1E+3", "0.000001", "123456789.123456789"};

  private final SplittableRandom random;
  private final List<Field> fields = new ArrayList<>();

  WeirdContracts(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A text of a few pieces, odd ones often; plain ASCII when {@code plain}. */
  String text(boolean plain) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      text.append(plain ? PIECES[random.nextInt(5)] : PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString().isBlank() ? text + "x" : text.toString();
  }

  private String name(int i) {
    return (random.nextInt(3) == 0 ? text(false) : "f") + i;
  }

  Contract contract() {
    fields.clear();
    int n = 2 + random.nextInt(KINDS.length);
    for (int i = 0; i < n; i++) {
      FieldKind kind = i < KINDS.length ? KINDS[i] : KINDS[random.nextInt(KINDS.length)];
      Field.Builder field = Field.builder().name(name(i)).kind(kind).label(text(false));
      if (kind == FieldKind.CHOICE || kind == FieldKind.CHOICES) {
        for (int c = 0; c < 2 + random.nextInt(4); c++) {
          field.addCodes(text(random.nextBoolean()) + c);
        }
      }
      fields.add(field.build());
    }
    Contract.Builder contract = Contract.builder().id(text(false)).version(1 + random.nextInt(1000)).title(text(false))
        .effectiveFrom(LocalDate.of(2026, 1, 1)).addAllFields(fields);
    int criteria = 1 + random.nextInt(8);
    for (int i = 0; i < criteria; i++) {
      contract.addCriteria(Criterion.builder().id(text(random.nextBoolean()) + "#" + i).title(text(false))
          .condition(condition(2)).role(random.nextBoolean() ? Role.REQUIRED : Role.DISQUALIFIER)
          .unknownAs(random.nextBoolean() ? Status.MET : Status.NOT_MET).build());
    }
    int tables = random.nextInt(3);
    boolean priced = false;
    for (int t = 0; t < tables; t++) {
      boolean money = random.nextBoolean();
      Currency currency = Currency.getInstance(random.nextBoolean() ? "RUB" : "EUR");
      Table.Builder table = Table.builder().id(text(false) + "#" + t).hitPolicy(random.nextBoolean() ? HitPolicy.FIRST : HitPolicy.UNIQUE)
          .complete(random.nextBoolean());
      int rows = 1 + random.nextInt(3);
      for (int r = 0; r < rows; r++) {
        Output output = money ? Money.of(new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(4)),
            currency) : Output.code(text(false));
        table.addRows(Row.of(text(false) + "#" + r, condition(1), output));
      }
      Table built = table.build();
      contract.addTables(built);
      if (money && !priced && random.nextBoolean()) {
        contract.terms(Terms.builder().priceTable(built.id()).build());
        priced = true;
      }
    }
    if (!priced && random.nextBoolean()) {
      contract.terms(Terms.builder().price(Money.of("12.50", "EUR")).build());
    }
    return contract.build();
  }

  /** A lead for the last contract: each fact known or not, of its field's kind, with odd texts, plus an undeclared one now and then. */
  Lead lead(int i) {
    Lead.Builder lead = Lead.builder().id(text(random.nextBoolean()) + i)
        .deliveredAt(Instant.parse("2026-03-02T10:15:00Z").plusMillis(random.nextInt(4) == 0 ? random.nextInt(1_000_000) : 0));
    for (Field field : fields) {
      if (random.nextInt(4) > 0) {
        lead.fact(field.name(), value(field));
      }
    }
    if (random.nextInt(5) == 0) {
      lead.fact(text(false) + "!", Value.of(text(false)));
    }
    return lead.build();
  }

  private Value value(Field field) {
    switch (field.kind()) {
      case CHOICE:
        return Value.of(field.codes().get(random.nextInt(field.codes().size())));
      case CHOICES: {
        List<String> codes = new ArrayList<>();
        for (String code : field.codes()) {
          if (random.nextBoolean()) {
            codes.add(code);
          }
        }
        return Value.codes(codes);
      }
      default:
        return literal(field.kind());
    }
  }

  private Value literal(FieldKind kind) {
    switch (kind) {
      case INTEGER:
        return Value.of(random.nextBoolean() ? INTEGERS[random.nextInt(INTEGERS.length)] : random.nextInt(10_000) - 5000);
      case DECIMAL:
        return Value.of(new BigDecimal(DECIMALS[random.nextInt(DECIMALS.length)]));
      case DATE:
        return Value.of(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1000) - 500));
      case FLAG:
        return Value.of(random.nextBoolean());
      case ANSWER:
        return Value.of(random.nextBoolean() ? Answer.YES : Answer.NO);
      default:
        return Value.of(text(false));
    }
  }

  private Condition condition(int depth) {
    Field field = fields.get(random.nextInt(fields.size()));
    int choice = random.nextInt(depth > 0 ? 6 : 3);
    switch (choice) {
      case 0:
        return random.nextInt(4) == 0 ? new Condition.Known(field.name(), random.nextBoolean()) : leaf(field);
      case 1:
      case 2:
        return leaf(field);
      case 3:
        return new Condition.Not(condition(depth - 1));
      case 4:
        return new Condition.All(List.of(condition(depth - 1), condition(depth - 1)));
      default:
        return new Condition.AtLeast(1, List.of(condition(depth - 1), condition(depth - 1)));
    }
  }

  private Condition leaf(Field field) {
    switch (field.kind()) {
      case INTEGER:
      case DECIMAL:
      case DATE: {
        Operator[] operators = Operator.values();
        return new Condition.Compare(field.name(), operators[random.nextInt(operators.length)], literal(field.kind()));
      }
      case CHOICE:
        return new Condition.In(field.name(), List.of(field.codes().get(random.nextInt(field.codes().size()))), random.nextBoolean());
      case CHOICES:
        return new Condition.Contains(field.name(), List.of(field.codes().get(0)), random.nextBoolean());
      default:
        return new Condition.Compare(field.name(), random.nextBoolean() ? Operator.EQ : Operator.NE, literal(field.kind()));
    }
  }
}
