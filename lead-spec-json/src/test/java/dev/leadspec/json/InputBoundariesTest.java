package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Limits;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile input at every boundary of the JSON readers: a typed error with its path and line, fast, never a crash. */
class InputBoundariesTest {
  private static final Duration QUICK = Duration.ofSeconds(10);
  private final LeadSpecJson json = LeadSpecJson.standard();

  private static Contract revenueContract() {
    return Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("revenue").kind(FieldKind.DECIMAL).build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).build())
        .addCriteria(Criterion.builder().id("R").title("Revenue").role(Role.REQUIRED)
            .condition(new Condition.Compare("revenue", Operator.GE, Value.of(new java.math.BigDecimal("10.5")))).build())
        .build();
  }

  private static String leadWith(String fact, String number) {
    return "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{\"" + fact + "\":"
        + number + "}}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-999999999", "1e9999999999", "1e2147483647", "1e999999", "1e-999999", "1e-9999999", "\"10000000000000000000000000000000000000000000000000000000000000000000000.5\"", "-1.5e-60"})
  void a_lead_fact_with_a_huge_exponent_or_too_many_digits_is_one_error_record_naming_the_limit_from_either_reader(
      String number) {
    // a string is a decimal only for a decimal field; elsewhere it is a text
    List<String> facts = number.startsWith("\"") ? List.of("revenue") : List.of("revenue", "employees", "undeclared");
    for (String fact : facts) {
      // given
      String line = leadWith(fact, number);
      byte[] stream = ("\n" + line + "\n" + leadWith(fact, "12") + "\n").getBytes(StandardCharsets.UTF_8);

      // when
      List<LeadRecord> records = new ArrayList<>();
      String strict = assertTimeoutPreemptively(QUICK, () -> {
        try (LeadReader reader = json.leadReader(new ByteArrayInputStream(stream), revenueContract())) {
          reader.forEach(records::add);
        }
        try {
          json.readLead(line, revenueContract());
          return "read";
        } catch (JsonFormatException e) {
          return e.getMessage();
        }
      });

      // then: one error record at line 2, the next lead read, the same message from the fast and the strict reader
      assertThat(records).hasSize(2);
      assertThat(records.get(0).line()).isEqualTo(2);
      JsonFormatException error = (JsonFormatException) records.get(0).error().orElseThrow();
      assertThat(error.limit()).as(fact + " " + number).contains("decimal digits");
      assertThat(error.path()).isEqualTo("$.facts." + fact);
      assertThat(error.getMessage()).hasSizeLessThan(400).isEqualTo(strict.replace("line 1,", "line 2,"));
      assertThat(records.get(1).lead()).isPresent();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e2147483647", "1e999999", "1e-999999", "1e9999999999", "-1e-999999999"})
  void a_contract_amount_or_literal_with_a_huge_exponent_fails_fast_naming_its_path_and_the_limit(String number) {
    // given
    String price = ContractJsonTest.minimal().replace("  ]\n}", "  ],\n  \"terms\": {\"price\": {\"amount\": " + number
        + ", \"currency\": \"RUB\"}}\n}");
    String literal = ContractJsonTest.minimal().replace("\"kind\": \"INTEGER\"", "\"kind\": \"DECIMAL\"")
        .replace("\"value\": 50", "\"value\": " + number);

    // then
    assertTimeoutPreemptively(QUICK, () -> {
      assertThatThrownBy(() -> json.readContract(price)).isInstanceOfSatisfying(JsonFormatException.class, e -> {
        assertThat(e.path()).isEqualTo("$.terms.price.amount");
        assertThat(e.limit()).contains("decimal digits");
      });
      assertThatThrownBy(() -> json.readContract(literal)).isInstanceOfSatisfying(JsonFormatException.class, e -> {
        assertThat(e.path()).isEqualTo("$.criteria[0].condition.value");
        assertThat(e.limit()).contains("decimal digits");
      });
    });
  }

  @Test
  void a_zero_with_any_exponent_is_zero() {
    assertThat(Limits.decimal("0e-999999999")).isZero();
    assertThat(Limits.decimal("0.000e99999999999")).isZero();
  }

  @Test
  void a_negative_price_or_price_table_amount_is_refused_where_it_is_written() {
    // given
    String price = ContractJsonTest.minimal().replace("  ]\n}", "  ],\n  \"terms\": {\"price\": {\"amount\": \"-500\", "
        + "\"currency\": \"RUB\"}}\n}");

    // then
    assertThatThrownBy(() -> json.readContract(price)).isInstanceOfSatisfying(JsonFormatException.class, e -> {
      assertThat(e.path()).isEqualTo("$.terms.price.amount");
      assertThat(e.problem()).contains("-500").contains("negative");
    });
    assertThatThrownBy(() -> Money.of("-0.01", "RUB")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Money.of("1", "RUB").minus(Money.of("2", "RUB"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_contract_at_every_count_limit_is_written_and_read_back_and_its_verdicts_read_back() {
    // given
    Contract atLimits = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> contract(Limits.MAX_CRITERIA - 1,
        Limits.MAX_CODES, 8_000, Limits.MAX_ROWS));
    Lead lead = Lead.builder().id("L-1").deliveredAt(Instant.parse("2026-03-10T09:00:00Z")).fact("n", Value.of(3))
        .fact("region", Value.of("R9999")).build();

    // when
    byte[] written = json.writeContract(atLimits);
    Verdict verdict = Evaluator.of(atLimits).evaluate(lead);
    byte[] line = json.writeVerdict(verdict);

    // then
    assertThat(json.readContract(written)).isEqualTo(atLimits);
    assertThat(json.readVerdict(line).leadId()).isEqualTo("L-1");
  }

  @Test
  void a_contract_over_a_count_limit_fails_at_build_naming_the_limit() {
    assertLimit(() -> contract(Limits.MAX_CRITERIA, 3, 3, 1), "criteria");
    assertLimit(() -> contract(1, Limits.MAX_CODES + 1, 3, 1), "codes");
    assertLimit(() -> contract(1, Limits.MAX_CODES, Limits.MAX_CODES + 1, 1), "codes");
    assertLimit(() -> contract(1, 3, 3, Limits.MAX_ROWS + 1), "rows");
    // an "in" whose words, stated as expected in every verdict, would exceed a string's length
    assertLimit(() -> contract(1, Limits.MAX_CODES, Limits.MAX_CODES, 1), "string length");
  }

  @Test
  void a_contract_that_written_out_would_exceed_the_document_size_fails_at_build() {
    // given: every string within its limit, but many of them
    String title = "x".repeat(Limits.MAX_STRING_LENGTH);
    Contract.Builder builder = base(1, 3);
    for (int i = 0; i < 70; i++) {
      builder.addCriteria(Criterion.builder().id("C" + i).title(title).role(Role.REQUIRED)
          .condition(new Condition.Compare("n", Operator.GE, Value.of(1))).build());
    }

    // then
    assertLimit(builder::build, "document size");
  }

  @Test
  void a_code_list_is_checked_in_linear_time_and_unknown_codes_are_listed_briefly() {
    // given: an "in" of 10 000 codes, 2 000 of them unknown
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < Limits.MAX_CODES; i++) {
      codes.add(i < 2_000 ? "X" + i : "R" + i);
    }
    Contract.Builder builder = base(0, Limits.MAX_CODES).addCriteria(Criterion.builder().id("IN").title("in").role(Role.REQUIRED)
        .condition(new Condition.In("region", codes, false)).build());

    // when
    ContractValidationException error = assertTimeoutPreemptively(QUICK,
        () -> org.junit.jupiter.api.Assertions.assertThrows(ContractValidationException.class, builder::build));

    // then
    assertThat(error.getMessage()).hasSizeLessThan(2_000).contains("2000 codes are not among").contains("and 1990 more")
        .contains("R0, R1");
  }

  @Test
  void a_bad_array_element_or_member_is_reported_at_its_own_path_not_the_previous_ones() {
    // given
    String element = ContractJsonTest.minimal().replace("{\"name\": \"employees\", \"kind\": \"INTEGER\"}",
        "{\"name\": \"employees\", \"kind\": \"INTEGER\"}, {\"name\": \"r\", \"kind\": \"CHOICE\", \"codes\": [\"a\", tru]}");
    String member = ContractJsonTest.minimal().replace("\"title\": \"Upgrade leads\",", "\"title\": \"Upgrade leads\", 7: 1,");

    // then
    assertThatThrownBy(() -> json.readContract(element)).isInstanceOfSatisfying(JsonFormatException.class,
        e -> assertThat(e.path()).isEqualTo("$.fields[1].codes[1]"));
    assertThatThrownBy(() -> json.readContract(member)).isInstanceOfSatisfying(JsonFormatException.class,
        e -> assertThat(e.path()).isEqualTo("$"));
  }

  @Test
  void a_lone_carriage_return_inside_a_jsonl_record_keeps_the_records_line_number_and_counts_the_column_from_its_start() {
    // given: line 3 holds a carriage return, then a malformed value
    String bad = "{\"format\":\"lead-spec.lead/1\",\r\"id\": nope}";
    byte[] stream = (leadWith("employees", "1") + "\n" + leadWith("employees", "2") + "\n" + bad + "\n")
        .getBytes(StandardCharsets.UTF_8);

    // when
    List<LeadRecord> records = new ArrayList<>();
    try (LeadReader reader = json.leadReader(new ByteArrayInputStream(stream), revenueContract())) {
      reader.forEach(records::add);
    }

    // then
    JsonFormatException error = (JsonFormatException) records.get(2).error().orElseThrow();
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(bad.indexOf("nope") + 1);
  }

  private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable build, String limit) {
    assertThatThrownBy(build).isInstanceOfSatisfying(ContractValidationException.class,
        e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.limit()).contains(limit);
          assertThat(p.message()).contains(limit + " limit exceeded");
        }));
  }

  private static Contract.Builder base(int criteria, int fieldCodes) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < fieldCodes; i++) {
      codes.add("R" + i);
    }
    Contract.Builder builder = Contract.builder().id("limits").version(1).title("At the limits")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("n").kind(FieldKind.INTEGER).build(),
            Field.builder().name("region").kind(FieldKind.CHOICE).addAllCodes(codes).build());
    for (int i = 0; i < criteria; i++) {
      builder.addCriteria(Criterion.builder().id("C-" + i).title("Criterion " + i).role(Role.REQUIRED)
          .condition(new Condition.Compare("n", Operator.GE, Value.of(i % 5))).build());
    }
    return builder;
  }

  private static Contract contract(int criteria, int fieldCodes, int inCodes, int rows) {
    List<String> in = new ArrayList<>();
    for (int i = 0; i < inCodes; i++) {
      in.add("R" + (i % Math.max(fieldCodes, 1)) + (i >= fieldCodes ? "-" + i : ""));
    }
    Table.Builder table = Table.builder().id("price").hitPolicy(HitPolicy.FIRST);
    for (int i = 0; i < rows; i++) {
      Output output = Money.of(Integer.toString(100 + i), "RUB");
      table.addRows(Row.of("P" + i, new Condition.Compare("n", Operator.EQ, Value.of(i)), output));
    }
    return base(criteria, fieldCodes)
        .addCriteria(Criterion.builder().id("IN").title("Region").role(Role.DISQUALIFIER)
            .condition(new Condition.In("region", in, true)).build())
        .addTables(table.build())
        .terms(Terms.builder().priceTable("price").build())
        .build();
  }
}
