package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random contracts, from fixed seeds, survive model → JSON → model and JSON → model → JSON exactly. */
class ContractJsonProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261125L);
  private static final int CONTRACTS = 300;
  private static final String[] CODES = {"A", "B", "C", "Д", "E-1", "f_2"};

  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void random_contracts_round_trip_exactly_and_keep_their_fingerprint() {
    for (int i = 0; i < CONTRACTS; i++) {
      long seed = SEED + i;
      Contract contract = new Generator(new Random(seed)).contract();
      byte[] document = json.writeContract(contract);
      Contract read = json.readContract(document);
      assertThat(read).as("seed %s (rerun with -Dleadspec.seed=%s)", seed, seed).isEqualTo(contract);
      assertThat(json.writeContract(read)).as("seed %s", seed).isEqualTo(document);
      assertThat(json.fingerprint(read)).as("seed %s", seed).isEqualTo(json.fingerprint(contract));
    }
  }

  private static final class Generator {
    private final Random random;
    private final List<Field> fields = new ArrayList<>();

    Generator(Random random) {
      this.random = random;
    }

    Contract contract() {
      FieldKind[] kinds = FieldKind.values();
      for (int i = 0; i < kinds.length; i++) {
        Field.Builder field = Field.builder().name("f" + i).kind(kinds[i]);
        if (kinds[i] == FieldKind.CHOICE || kinds[i] == FieldKind.CHOICES) {
          field.addCodes(CODES);
        }
        if (kinds[i] == FieldKind.ANSWER && random.nextBoolean()) {
          field.question("Q " + random.nextInt(100) + "?");
        }
        if (random.nextBoolean()) {
          field.label("Label «" + i + "» \"quoted\" \\ \n\t\u0001");
        }
        if (random.nextBoolean()) {
          field.unit("u" + i);
        }
        fields.add(field.build());
      }
      Contract.Builder contract = Contract.builder().id("c-" + random.nextInt(1000)).version(1 + random.nextInt(9))
          .title("T " + random.nextLong()).effectiveFrom(LocalDate.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1))
          .addAllFields(fields);
      if (random.nextBoolean()) {
        contract.zone(ZoneId.of(random.nextBoolean() ? "Europe/Moscow" : "+03:00")).language("ru");
      }
      int criteria = 1 + random.nextInt(5);
      for (int i = 0; i < criteria; i++) {
        contract.addCriteria(Criterion.builder().id("C-" + i).title("criterion " + i).condition(condition(3))
            .role(random.nextBoolean() ? Role.REQUIRED : Role.DISQUALIFIER)
            .unknownAs(random.nextBoolean() ? Status.MET : Status.NOT_MET).admitsLaterEvidence(random.nextBoolean()).build());
      }
      if (random.nextBoolean()) {
        Table.Builder table = Table.builder().id("price").hitPolicy(random.nextBoolean() ? HitPolicy.FIRST : HitPolicy.UNIQUE)
            .complete(random.nextBoolean());
        int rows = 1 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
          table.addRows(Row.of("R" + r, condition(2), Money.of(new BigDecimal(random.nextInt(100000)).movePointLeft(random.nextInt(4)),
              java.util.Currency.getInstance("RUB"))));
        }
        contract.addTables(table.build());
        contract.terms(Terms.builder().priceTable("price").challengeWindow(Duration.ofHours(1 + random.nextInt(1000))).build());
      } else if (random.nextBoolean()) {
        contract.addTables(Table.builder().id("tier").title("Tier").hitPolicy(HitPolicy.FIRST)
            .addRows(Row.of("X", condition(1), Output.code("GOLD"))).build());
        contract.terms(Terms.builder().price(Money.of("12.50", "EUR")).build());
      }
      return contract.build();
    }

    private Condition condition(int depth) {
      int choice = random.nextInt(depth > 0 ? 9 : 5);
      switch (choice) {
        case 0:
        case 1:
          return compare();
        case 2:
          return between();
        case 3: {
          Field field = field(FieldKind.CHOICE, FieldKind.TEXT);
          return new Condition.In(field.name(), codes(), random.nextBoolean());
        }
        case 4:
          return random.nextBoolean() ? new Condition.Known(field().name(), random.nextBoolean())
              : new Condition.Contains(field(FieldKind.CHOICES).name(), codes(), random.nextBoolean());
        case 5:
          return new Condition.Not(condition(depth - 1));
        case 6:
          return new Condition.All(parts(depth));
        case 7:
          return new Condition.Any(parts(depth));
        default: {
          List<Condition> parts = parts(depth);
          return new Condition.AtLeast(1 + random.nextInt(parts.size()), parts);
        }
      }
    }

    private List<Condition> parts(int depth) {
      List<Condition> parts = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        parts.add(condition(depth - 1));
      }
      return parts;
    }

    private Condition compare() {
      Field field = field();
      boolean ordered = field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.DATE;
      Operator[] operators = Operator.values();
      Operator operator = ordered ? operators[random.nextInt(operators.length)] : random.nextBoolean() ? Operator.EQ : Operator.NE;
      return new Condition.Compare(field.name(), operator, literal(field.kind()));
    }

    private Condition between() {
      Field field = field(FieldKind.INTEGER, FieldKind.DECIMAL, FieldKind.DATE);
      if (field.kind() == FieldKind.DATE) {
        LocalDate low = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(100));
        return new Condition.Between(field.name(), Value.of(low), Value.of(low.plusDays(1 + random.nextInt(100))),
            random.nextBoolean(), random.nextBoolean());
      }
      long low = random.nextInt(1000) - 500;
      long high = low + 1 + random.nextInt(1000);
      if (field.kind() == FieldKind.DECIMAL && random.nextBoolean()) {
        return new Condition.Between(field.name(), Value.of(BigDecimal.valueOf(low, 1)), Value.of(BigDecimal.valueOf(high * 10, 2)),
            random.nextBoolean(), random.nextBoolean());
      }
      return new Condition.Between(field.name(), Value.of(low), Value.of(high), random.nextBoolean(), random.nextBoolean());
    }

    private Value literal(FieldKind kind) {
      switch (kind) {
        case INTEGER:
          return Value.of(random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(10000) - 5000);
        case DECIMAL:
          return random.nextBoolean() ? Value.of(random.nextInt(100))
              : Value.of(new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(30)).setScale(30 + random.nextInt(5)));
        case DATE:
          return Value.of(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1000)));
        case FLAG:
          return Value.of(random.nextBoolean());
        case ANSWER:
          return Value.of(random.nextBoolean() ? Answer.YES : Answer.NO);
        case CHOICES:
          return Value.codes(codes());
        case CHOICE:
          return Value.of(CODES[random.nextInt(CODES.length)]);
        default:
          return Value.of("text " + random.nextInt(10) + " \u00e9\u4e2d\ud83d\ude00");
      }
    }

    private List<String> codes() {
      List<String> codes = new ArrayList<>();
      int n = 1 + random.nextInt(CODES.length);
      for (int i = 0; i < n; i++) {
        codes.add(CODES[random.nextInt(CODES.length)]);
      }
      return codes;
    }

    private Field field(FieldKind... kinds) {
      List<Field> candidates = new ArrayList<>();
      for (Field field : fields) {
        if (kinds.length == 0 || List.of(kinds).contains(field.kind())) {
          candidates.add(field);
        }
      }
      return candidates.get(random.nextInt(candidates.size()));
    }
  }
}
