package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One fingerprint per meaning: a decimal field's bound, however it is spelled, gives one contract. */
@Tag("golden")
class DecimalFingerprintTest {
  /** The fingerprint of the contract below, pinned: it must not change with how the bound is written. */
  private static final String GOLDEN = "f472f1fcde09b9e2fa7b263b0625cbc4cb9945a253767d4656d6d8f1e9293252";

  private final LeadSpecJson json = LeadSpecJson.standard();

  private static String document(String bound) {
    return ContractJsonTest.minimal().replace("\"kind\": \"INTEGER\"", "\"kind\": \"DECIMAL\"")
        .replace("\"value\": 50", "\"value\": " + bound);
  }

  private static Contract model(Value bound) {
    return Contract.builder().id("it-integrator").version(1).title("Upgrade leads").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.DECIMAL).build())
        .addCriteria(Criterion.builder().id("TA-SIZE").title("Size").role(Role.REQUIRED)
            .condition(new Condition.Compare("employees", Operator.GE, bound)).build())
        .build();
  }

  @Test
  void a_decimal_bound_written_50_or_50_point_0_or_as_a_string_or_built_as_an_integer_gives_one_fingerprint() {
    // given
    List<Contract> spellings = List.of(json.readContract(document("50")), json.readContract(document("50.0")),
        json.readContract(document("\"50\"")), json.readContract(document("5E+1")), model(Value.of(50)),
        model(Value.of(new BigDecimal("50.00"))));

    // then
    for (Contract contract : spellings) {
      assertThat(contract).isEqualTo(spellings.get(0));
      assertThat(Evaluator.of(contract).fingerprint()).isEqualTo(GOLDEN);
      assertThat(json.fingerprint(contract)).isEqualTo(GOLDEN);
      assertThat(json.readContract(json.writeContract(contract))).isEqualTo(contract);
    }
    assertThat(new String(json.writeContract(spellings.get(0)), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"value\": \"50\"");
  }
}
