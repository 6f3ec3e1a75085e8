package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.ColumnMapping;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.LeadMapping;
import dev.leadspec.model.MappingException;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSourceTest {
  private static final Contract CONTRACT = Contract.builder().id("c").version(1).title("t")
      .effectiveFrom(LocalDate.of(2026, 1, 1))
      .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build())
      .addCriteria(Criterion.builder().id("SIZE").title("Size").role(Role.REQUIRED)
          .condition(new Condition.Compare("employees", Operator.GE, Value.of(50))).build())
      .build();

  private static List<String> read(LeadSource source, String text) {
    Iterator<LeadSource.Record> records = source.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    while (records.hasNext()) {
      LeadSource.Record record = records.next();
      out.add(record.line() + " " + record.leadId().orElse("-") + " " + record.lead().map(lead -> "lead " + lead.facts())
          .orElseGet(() -> "error " + record.error().orElseThrow()));
    }
    return out;
  }

  @Test
  void a_jsonl_file_and_a_csv_file_give_a_lead_or_an_error_with_its_line_and_lead_id_for_every_record() {
    // given
    String jsonl = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"employees\":120}}\n"
        + "{\"format\":\"lead-spec.lead/1\",\"id\":\n";
    String csv = "Lead;Staff\nL-1;120\nL-2;many\n";
    LeadMapping mapping = LeadMapping.builder().separator(';').idColumn("Lead").deliveredAt(Instant.parse("2026-03-02T10:00:00Z"))
        .addColumns(ColumnMapping.of("Staff", "employees")).build();
    // when
    List<String> fromJsonl = read(LeadSource.jsonl(LeadSpecJson.standard(), CONTRACT), jsonl);
    List<String> fromCsv = read(LeadSource.csv(CONTRACT, mapping), csv);
    // then
    assertThat(fromJsonl).hasSize(2).first().asString().isEqualTo("1 L-1 lead {employees=120}");
    assertThat(fromJsonl.get(1)).startsWith("2 - error line 2");
    assertThat(fromCsv).hasSize(2).first().asString().isEqualTo("2 L-1 lead {employees=120}");
    assertThat(fromCsv.get(1)).startsWith("3 L-2 error lead L-2: ").contains("\"employees\"");
  }

  @Test
  void a_csv_header_the_mapping_does_not_fit_is_a_mapping_exception_before_the_first_record() {
    // given
    LeadMapping mapping = LeadMapping.builder().deliveredAt(Instant.parse("2026-03-02T10:00:00Z"))
        .addColumns(ColumnMapping.of("Staff", "employees")).build();
    LeadSource source = LeadSource.csv(CONTRACT, mapping);
    // then
    assertThatThrownBy(() -> source.read(new ByteArrayInputStream("id,Stuff\nL-1,120\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(MappingException.class).hasMessageContaining("\"Staff\"");
    assertThat(LeadSource.isCsv("leads.CSV")).isTrue();
    assertThat(LeadSource.isCsv("leads.jsonl")).isFalse();
  }

  @Test
  void a_second_lead_with_an_id_already_seen_in_the_file_is_an_error_record_in_jsonl_and_in_csv() {
    // given: L-1 twice, and L-2 first as a record that is no lead but names it, then as a lead
    String lead1 = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"employees\":120}}\n";
    String jsonl = lead1 + "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-2\",\"deliveredAt\":\"soon\",\"facts\":{}}\n" + lead1
        + lead1.replace("L-1", "L-2");
    String csv = "Lead;Staff\nL-1;120\nL-2;120;extra\nL-1;7\nL-2;120\n";
    LeadMapping mapping = LeadMapping.builder().separator(';').idColumn("Lead").deliveredAt(Instant.parse("2026-03-02T10:00:00Z"))
        .addColumns(ColumnMapping.of("Staff", "employees")).build();
    // when
    List<String> fromJsonl = read(LeadSource.jsonl(LeadSpecJson.standard(), CONTRACT), jsonl);
    List<String> fromCsv = read(LeadSource.csv(CONTRACT, mapping), csv);
    // then
    assertThat(fromJsonl).hasSize(4);
    assertThat(fromJsonl.get(0)).isEqualTo("1 L-1 lead {employees=120}");
    assertThat(fromJsonl.get(1)).startsWith("2 L-2 error ");
    assertThat(fromJsonl.subList(2, 4)).containsExactly("3 L-1 error lead L-1: duplicate lead id: an earlier record has it",
        "4 L-2 error lead L-2: duplicate lead id: an earlier record has it");
    assertThat(fromCsv).hasSize(4);
    assertThat(fromCsv.get(0)).isEqualTo("2 L-1 lead {employees=120}");
    assertThat(fromCsv.get(1)).startsWith("3 L-2 error ");
    assertThat(fromCsv.subList(2, 4)).containsExactly("4 L-1 error lead L-1: duplicate lead id: an earlier record has it",
        "5 L-2 error lead L-2: duplicate lead id: an earlier record has it");
  }

  @Test
  void a_jsonl_integer_written_as_a_string_is_an_error_record_naming_the_lead_and_the_field_as_a_csv_cell_that_does_not_parse() {
    // given
    String jsonl = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-02T10:00:00Z\","
        + "\"facts\":{\"employees\":\"120\"}}\n";
    // when
    List<String> records = read(LeadSource.jsonl(LeadSpecJson.standard(), CONTRACT), jsonl);
    // then
    assertThat(records).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("1 L-1 error line 1, ")
        .contains("$.facts.employees").contains("integer 120 is written as a string");
  }

  @Test
  void a_jsonl_fact_of_another_kind_is_kept_as_written_and_checking_the_lead_names_the_lead_and_the_field() {
    // given: a decimal and a flag for an integer field; kept as read (docs/lead.md), so that a version
    // that types the field otherwise can read them, and refused when the lead is checked against this one
    String jsonl = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-02T10:00:00Z\","
        + "\"facts\":{\"employees\":6.5}}\n"
        + "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-2\",\"deliveredAt\":\"2026-03-02T10:00:00Z\","
        + "\"facts\":{\"employees\":true}}\n";
    // when
    Iterator<LeadSource.Record> records = LeadSource.jsonl(LeadSpecJson.standard(), CONTRACT)
        .read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
    dev.leadspec.model.Lead decimal = records.next().lead().orElseThrow();
    dev.leadspec.model.Lead flag = records.next().lead().orElseThrow();
    // then
    assertThat(decimal.facts().get("employees")).isEqualTo(Value.of(new java.math.BigDecimal("6.5")));
    assertThatThrownBy(() -> dev.leadspec.eval.Evaluator.of(CONTRACT).evaluate(decimal))
        .isInstanceOf(dev.leadspec.model.LeadInputException.class)
        .hasMessage("lead L-1: field \"employees\" expects an integer, but was given a decimal 6.5");
    assertThatThrownBy(() -> dev.leadspec.eval.Evaluator.of(CONTRACT).evaluate(flag))
        .isInstanceOf(dev.leadspec.model.LeadInputException.class)
        .hasMessageStartingWith("lead L-2: field \"employees\" expects an integer, but was given ");
  }

  @Test
  void a_mapping_file_is_read_into_a_mapping_and_its_problems_into_a_mapping_exception_naming_the_file(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    // given
    java.nio.file.Path good = dir.resolve("good.json");
    java.nio.file.Files.writeString(good, "{\"format\": \"lead-spec.mapping/1\", \"separator\": \";\"}\n");
    java.nio.file.Path typo = dir.resolve("typo.json");
    java.nio.file.Files.writeString(typo, "{\"format\": \"lead-spec.mapping/1\", \"separatr\": \";\"}\n");
    // when
    LeadMapping mapping = LeadSpecJson.readMappingFile(good);
    // then
    assertThat(mapping.separator()).isEqualTo(';');
    assertThatThrownBy(() -> LeadSpecJson.readMappingFile(typo)).isInstanceOf(MappingException.class)
        .satisfies(e -> assertThat(((MappingException) e).problems()).singleElement(
            org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith(typo + ": ").contains("separatr"));
    assertThatThrownBy(() -> LeadSpecJson.readMappingFile(dir.resolve("none.json"))).isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot read mapping " + dir.resolve("none.json") + ": no such file or directory");
  }
}
