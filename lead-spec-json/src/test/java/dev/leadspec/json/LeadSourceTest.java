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
}
