package dev.leadspec.test;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.HitPolicy;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Random valid contracts, seeded and engine-neutral, for properties of lead-spec itself (the
 * evaluator against a reference, the analyzer's soundness). Over many draws they cover every
 * field kind, every condition kind and operator (inclusive and exclusive ranges, {@code in} and
 * {@code notIn}, {@code containsAny} and {@code containsAll}, {@code isKnown} and
 * {@code isUnknown}, {@code all}, {@code any}, {@code not}, {@code atLeast}), short and long
 * code lists (up to the 64 codes of a choices field), both roles, both
 * unknown policies, and tables of both hit policies, complete or not, with code or money outputs
 * (sometimes the terms' price table). Literals come from small domains so that random leads hit
 * them, with now and then an extreme ({@code Long.MIN_VALUE}, {@code Long.MAX_VALUE}, a decimal of
 * another scale). One contract in three has titles, labels and units in other languages.
 *
 * <pre>{@code
 * SplittableRandom random = new SplittableRandom(42);
 * Contract contract = RandomContracts.next(random);
 * Lead lead = Leads.of(contract).random().next(random);
 * }</pre>
 */
public final class RandomContracts {
  private static final LocalDate BASE_DATE = LocalDate.of(2026, 1, 1);
  private static final List<String> CODES = codes();
  private static final String[] TEXTS = {"alpha", "beta", "Gamma", "gamma"};

  private RandomContracts() {}

  /** A, B, ..., Z, then K26 ... K63: enough for the largest choices field. */
  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (int c = 0; c < Field.MAX_CHOICES_CODES; c++) {
      codes.add(c < 26 ? String.valueOf((char) ('A' + c)) : "K" + c);
    }
    return List.copyOf(codes);
  }

  /** Mostly a handful of codes; now and then more than a short list scans (9 to 12), or a full 64 for a choices field. */
  private static int codeCount(SplittableRandom random, FieldKind kind) {
    int pick = random.nextInt(10);
    if (pick == 0 && kind == FieldKind.CHOICES) {
      return Field.MAX_CHOICES_CODES;
    }
    if (pick == 1) {
      return 9 + random.nextInt(4);
    }
    return 1 + random.nextInt(5);
  }

  /**
   * Draws a valid contract.
   *
   * <pre>{@code
   * Contract contract = RandomContracts.next(new SplittableRandom(seed));
   * }</pre>
   *
   * @param random the only source of randomness
   * @return a contract that builds (validates) without error
   * @throws NullPointerException if {@code random} is null
   */
  public static Contract next(SplittableRandom random) {
    Objects.requireNonNull(random, "random");
    List<Field> fields = new ArrayList<>();
    int fieldCount = 1 + random.nextInt(6);
    FieldKind[] kinds = FieldKind.values();
    for (int i = 0; i < fieldCount; i++) {
      FieldKind kind = kinds[random.nextInt(kinds.length)];
      Field.Builder field = Field.builder().name("f" + i).kind(kind);
      if (kind == FieldKind.CHOICE || kind == FieldKind.CHOICES) {
        field.addAllCodes(CODES.subList(0, codeCount(random, kind)));
      }
      if (kind == FieldKind.ANSWER) {
        field.question("Question " + i + "?");
      }
      fields.add(field.build());
    }
    Contract.Builder contract = Contract.builder().id("random").version(1 + random.nextInt(3)).title("Random contract")
        .effectiveFrom(BASE_DATE).addAllFields(fields);
    int criteria = random.nextInt(6);
    for (int i = 1; i <= criteria; i++) {
      contract.addCriteria(Criterion.builder().id("C" + i).title("Criterion " + i)
          .condition(condition(random, fields, 3))
          .role(random.nextInt(3) == 0 ? Role.DISQUALIFIER : Role.REQUIRED)
          .unknownAs(random.nextInt(4) == 0 ? Status.MET : Status.NOT_MET)
          .admitsLaterEvidence(random.nextBoolean())
          .build());
    }
    int tables = random.nextInt(3);
    String priceTable = null;
    for (int t = 1; t <= tables; t++) {
      boolean money = random.nextInt(3) == 0;
      contract.addTables(table(random, fields, "T" + t, money));
      if (money && priceTable == null && random.nextBoolean()) {
        priceTable = "T" + t;
      }
    }
    if (priceTable != null) {
      contract.terms(Terms.builder().priceTable(priceTable).build());
    } else if (random.nextInt(3) == 0) {
      contract.terms(Terms.builder().price(Money.of("500", "RUB")).build());
    }
    return translated(contract.build());
  }

  /** Tags a translation is drawn under: languages, a region, a script, a numeric region. */
  private static final String[] TAGS = {"ru", "de", "pt-BR", "sr-Latn", "es-419", "zh-Hant-TW"};
  /** Texts a translation is drawn from: Cyrillic, a quote and a backslash, a control character, an emoji. */
  private static final String[] TRANSLATIONS = {"Размер компании", "Größe «groß»", "say \"yes\" \\ no", "tab\tend", "😀 ok",
      "中文", "Ёлка"};

  /**
   * The contract, or one in three of them the same contract with titles, labels and units in other
   * languages, drawn from a generator seeded by its fingerprint: the caller's generator is not
   * touched, so the same seeds draw the same decisions as before contracts had translations.
   */
  private static Contract translated(Contract contract) {
    String fingerprint = Fingerprint.of(contract);
    SplittableRandom random = new SplittableRandom(Long.parseUnsignedLong(fingerprint.substring(0, 16), 16));
    if (random.nextInt(3) != 0) {
      return contract;
    }
    Contract.Builder builder = Contract.builder().id(contract.id()).version(contract.version()).title(contract.title())
        .putAllTitles(translations(random, contract.language(), contract.title())).language(contract.language())
        .effectiveFrom(contract.effectiveFrom()).zone(contract.zone()).terms(contract.terms());
    for (Field field : contract.fields()) {
      Field.Builder translated = Field.builder().name(field.name()).kind(field.kind()).label(field.label())
          .putAllLabels(translations(random, contract.language(), field.label())).addAllCodes(field.codes()).question(field.question());
      if (field.unit().isPresent() || random.nextBoolean()) {
        String unit = field.unit().orElse("units");
        translated.unit(unit).putAllUnits(translations(random, contract.language(), unit));
      }
      builder.addFields(translated.build());
    }
    for (Criterion criterion : contract.criteria()) {
      builder.addCriteria(copy(criterion).putAllTitles(translations(random, contract.language(), criterion.title()))
          .condition(criterion.condition()).unknownAs(criterion.unknownAs()).build());
    }
    for (Table table : contract.tables()) {
      builder.addTables(Table.builder().id(table.id()).title(table.title())
          .putAllTitles(translations(random, contract.language(), table.title())).hitPolicy(table.hitPolicy())
          .complete(table.complete()).addAllRows(table.rows()).build());
    }
    return builder.build();
  }

  /** None, one or more translations; now and then the text again under the contract's own language, which is allowed. */
  private static Map<String, String> translations(SplittableRandom random, String language, String text) {
    Map<String, String> translations = new LinkedHashMap<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      translations.put(TAGS[random.nextInt(TAGS.length)], TRANSLATIONS[random.nextInt(TRANSLATIONS.length)] + " " + i);
    }
    if (random.nextInt(8) == 0) {
      translations.put(language, text);
    }
    return translations;
  }

  private static Table table(SplittableRandom random, List<Field> fields, String id, boolean money) {
    Table.Builder table = Table.builder().id(id).hitPolicy(random.nextBoolean() ? HitPolicy.UNIQUE : HitPolicy.FIRST)
        .complete(random.nextBoolean());
    int rows = 1 + random.nextInt(4);
    for (int r = 1; r <= rows; r++) {
      Output output = money ? Money.of(BigDecimal.valueOf(random.nextInt(100_000), 2), java.util.Currency.getInstance("RUB"))
          : Output.code("O" + (1 + random.nextInt(3)));
      table.addRows(Row.of("R" + r, condition(random, fields, 2), output));
    }
    return table.build();
  }

  /**
   * Draws the next version of a contract, as an amendment would make it: the same fields and one
   * change to what it decides (a criterion's condition redrawn, its unknown policy flipped, a
   * criterion dropped or added, or a table's rows redrawn), for properties of the semantic diff.
   * Leads of the one are leads of the other.
   *
   * <pre>{@code
   * Contract v1 = RandomContracts.next(random);
   * Contract v2 = RandomContracts.amend(v1, random);
   * SemanticDiff diff = SemanticDiff.between(v1, v2);
   * }</pre>
   *
   * @param contract the version to amend
   * @param random the only source of randomness
   * @return a contract of the same id and fields, one version later; it builds without error
   * @throws NullPointerException if an argument is null
   */
  public static Contract amend(Contract contract, SplittableRandom random) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(random, "random");
    List<Field> fields = contract.fields();
    List<Criterion> criteria = new ArrayList<>(contract.criteria());
    List<Table> tables = new ArrayList<>(contract.tables());
    int what = random.nextInt(5);
    if (what == 0 && !criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      criteria.set(i, copy(old).condition(condition(random, fields, 2)).unknownAs(old.unknownAs()).build());
    } else if (what == 1 && !criteria.isEmpty()) {
      int i = random.nextInt(criteria.size());
      Criterion old = criteria.get(i);
      criteria.set(i, copy(old).condition(old.condition()).unknownAs(old.unknownAs() == Status.MET ? Status.NOT_MET : Status.MET).build());
    } else if (what == 2 && !criteria.isEmpty()) {
      criteria.remove(random.nextInt(criteria.size()));
    } else if (what == 3 && !tables.isEmpty()) {
      int t = random.nextInt(tables.size());
      Table old = tables.get(t);
      boolean money = old.rows().get(0).output() instanceof Money;
      tables.set(t, table(random, fields, old.id(), money));
    } else {
      criteria.add(Criterion.builder().id("N" + contract.version()).title("New criterion")
          .condition(condition(random, fields, 2))
          .role(random.nextInt(3) == 0 ? Role.DISQUALIFIER : Role.REQUIRED)
          .unknownAs(random.nextInt(4) == 0 ? Status.MET : Status.NOT_MET)
          .build());
    }
    Contract.Builder amended = Contract.builder().id(contract.id()).version(contract.version() + 1).title(contract.title())
        .putAllTitles(contract.titles()).language(contract.language()).effectiveFrom(contract.effectiveFrom()).zone(contract.zone()).addAllFields(fields)
        .addAllCriteria(criteria).addAllTables(tables);
    return amended.terms(contract.terms()).build();
  }

  private static Criterion.Builder copy(Criterion criterion) {
    return Criterion.builder().id(criterion.id()).title(criterion.title()).putAllTitles(criterion.titles()).role(criterion.role())
        .admitsLaterEvidence(criterion.admitsLaterEvidence());
  }

  private static Condition condition(SplittableRandom random, List<Field> fields, int depth) {
    if (depth == 0 || random.nextInt(10) < 6) {
      return leaf(random, fields.get(random.nextInt(fields.size())));
    }
    int kind = random.nextInt(4);
    if (kind == 2) {
      return new Condition.Not(condition(random, fields, depth - 1));
    }
    int count = 1 + random.nextInt(kind == 3 ? 4 : 3);
    List<Condition> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parts.add(condition(random, fields, depth - 1));
    }
    switch (kind) {
      case 0:
        return new Condition.All(parts);
      case 1:
        return new Condition.Any(parts);
      default:
        return new Condition.AtLeast(1 + random.nextInt(count), parts);
    }
  }

  private static Condition leaf(SplittableRandom random, Field field) {
    String name = field.name();
    if (random.nextInt(10) == 0) {
      return new Condition.Known(name, random.nextBoolean());
    }
    Operator[] operators = Operator.values();
    switch (field.kind()) {
      case INTEGER:
      case DECIMAL:
      case DATE: {
        if (random.nextBoolean()) {
          return new Condition.Compare(name, operators[random.nextInt(operators.length)], literal(random, field.kind()));
        }
        Value low = literal(random, field.kind());
        Value high = literal(random, field.kind());
        if (order(low, high) > 0) {
          Value swap = low;
          low = high;
          high = swap;
        }
        if (order(low, high) == 0) {
          return new Condition.Between(name, low, high, true, true);
        }
        return new Condition.Between(name, low, high, random.nextBoolean(), random.nextBoolean());
      }
      case CHOICE:
        if (random.nextBoolean()) {
          return new Condition.In(name, someCodes(random, field.codes()), random.nextBoolean());
        }
        return new Condition.Compare(name, equality(random), Value.of(field.codes().get(random.nextInt(field.codes().size()))));
      case CHOICES:
        if (random.nextInt(3) > 0) {
          return new Condition.Contains(name, someCodes(random, field.codes()), random.nextBoolean());
        }
        return new Condition.Compare(name, equality(random), Value.codes(someCodes(random, field.codes())));
      case TEXT:
        if (random.nextBoolean()) {
          List<String> texts = new ArrayList<>();
          for (String text : TEXTS) {
            if (texts.isEmpty() || random.nextBoolean()) {
              texts.add(text);
            }
          }
          return new Condition.In(name, texts, random.nextBoolean());
        }
        return new Condition.Compare(name, equality(random), Value.of(TEXTS[random.nextInt(TEXTS.length)]));
      case FLAG:
        return new Condition.Compare(name, equality(random), Value.of(random.nextBoolean()));
      case ANSWER:
        return new Condition.Compare(name, equality(random), Value.of(random.nextBoolean() ? Answer.YES : Answer.NO));
      default:
        throw new AssertionError(field.kind());
    }
  }

  private static Operator equality(SplittableRandom random) {
    return random.nextInt(4) == 0 ? Operator.NE : Operator.EQ;
  }

  private static List<String> someCodes(SplittableRandom random, List<String> codes) {
    List<String> some = new ArrayList<>();
    int odds = codes.size() > 12 ? 12 : 3;
    for (String code : codes) {
      if (random.nextInt(odds) == 0) {
        some.add(code);
      }
    }
    if (some.isEmpty()) {
      some.add(codes.get(random.nextInt(codes.size())));
    }
    return some;
  }

  private static Value literal(SplittableRandom random, FieldKind kind) {
    switch (kind) {
      case INTEGER: {
        int pick = random.nextInt(40);
        if (pick == 0) {
          return Value.of(Long.MAX_VALUE);
        }
        if (pick == 1) {
          return Value.of(Long.MIN_VALUE);
        }
        if (pick == 2) {
          return Value.of(random.nextLong());
        }
        return Value.of(random.nextLong(-3, 13));
      }
      case DECIMAL: {
        int pick = random.nextInt(10);
        if (pick == 0) {
          return Value.of(random.nextLong(-3, 13));
        }
        int scale = random.nextInt(3);
        BigDecimal number = BigDecimal.valueOf(random.nextLong(-30, 130), scale);
        if (pick == 1) {
          number = number.setScale(scale + 2);
        }
        if (pick == 2) {
          number = new BigDecimal("1E+20").add(number);
        }
        return Value.of(number);
      }
      case DATE:
        return Value.of(BASE_DATE.plusDays(random.nextLong(-5, 6)));
      default:
        throw new AssertionError(kind);
    }
  }

  private static int order(Value low, Value high) {
    if (low instanceof Value.DateValue l && high instanceof Value.DateValue h) {
      return l.date().compareTo(h.date());
    }
    return FieldDomain.decimal(low).compareTo(FieldDomain.decimal(high));
  }
}
