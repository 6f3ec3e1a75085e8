package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadJsonTest {
  private final LeadSpecJson json = LeadSpecJson.standard();
  private final Contract contract = RichContract.contract();

  @Test
  void every_sample_lead_survives_model_to_json_to_model() {
    for (Lead lead : RichContract.leads()) {
      // when
      Lead read = json.readLead(json.writeLead(lead), contract);

      // then
      assertThat(read).isEqualTo(lead);
    }
  }

  @Test
  void a_fact_name_that_is_not_unicode_text_is_refused_when_written_while_names_with_emoji_and_texts_round_trip() {
    // given
    Lead.Builder base = Lead.builder().id("L-1").deliveredAt(java.time.Instant.parse("2026-03-02T10:00:00Z"));
    Lead lone = Lead.builder().id("L-1").deliveredAt(java.time.Instant.parse("2026-03-02T10:00:00Z")).fact("x\uDE00", "v").build();
    Lead fine = base.fact("note\uD83D\uDE00", "v\uDE00").build();

    // then
    assertThatThrownBy(() -> json.writeLead(lone)).isInstanceOf(LeadSpecException.class)
        .hasMessage("lead L-1: field name \"x\uDE00\" holds a lone surrogate (U+DE00) at 1, which JSON readers refuse; "
            + "it cannot be written");
    assertThat(json.readLead(json.writeLead(fine), contract)).isEqualTo(fine);
  }

  @Test
  void facts_are_typed_by_the_fields_the_contract_declares() {
    // given
    String line = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-9\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{"
        + "\"plans_upgrade\":\"YES\",\"decision_date\":\"2026-05-15\",\"budget\":1500000.50,\"employees\":120,"
        + "\"brands\":[\"HP\"],\"has_it_staff\":true,\"phone_status\":\"OK\",\"crm_note\":\"2026-05-15\"}}";

    // when
    Lead lead = json.readLead(line, contract);

    // then
    assertThat(lead.fact("plans_upgrade")).contains(Value.of(Answer.YES));
    assertThat(lead.fact("decision_date")).contains(Value.of(LocalDate.of(2026, 5, 15)));
    assertThat(lead.fact("budget")).contains(Value.of(new BigDecimal("1500000.5")));
    assertThat(lead.fact("employees")).contains(Value.of(120));
    assertThat(lead.fact("brands")).contains(Value.codes("HP"));
    assertThat(lead.fact("crm_note")).contains(Value.of("2026-05-15"));
  }

  @Test
  void a_fact_that_does_not_fit_its_field_is_kept_and_reported_as_lead_input_when_evaluated() {
    // given
    String line = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-7\",\"deliveredAt\":\"2026-03-10T09:00:00Z\","
        + "\"facts\":{\"employees\":6.5}}";
    Lead lead = json.readLead(line, contract);

    // then
    assertThatThrownBy(() -> Evaluator.of(contract).evaluate(lead))
        .isInstanceOf(LeadInputException.class)
        .hasMessage("lead L-7: field \"employees\" expects an integer, but was given a decimal 6.5");
  }

  @Test
  void a_lead_with_an_unknown_property_is_an_error() {
    String line = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-7\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"fact\":{}}";
    assertThatThrownBy(() -> json.readLead(line, contract))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("at $.fact: unknown property \"fact\" (did you mean \"facts\"?)");
  }

  @Test
  void a_jsonl_stream_gives_one_record_per_line_and_keeps_bad_lines_as_errors_with_their_line_numbers() {
    // given
    List<Lead> leads = RichContract.leads();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (LeadWriter out = json.leadWriter(written)) {
      out.write(leads.get(0));
      out.write(leads.get(1));
    }
    String stream = written.toString(StandardCharsets.UTF_8)
        + "\n"
        + "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-BAD\",\"deliveredAt\":\"yesterday\",\"facts\":{}}\n"
        + "{not json\n"
        + new String(json.writeLead(leads.get(2)), StandardCharsets.UTF_8);

    // when
    List<LeadRecord> records = new ArrayList<>();
    try (LeadReader reader = json.leadReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), contract)) {
      reader.forEach(records::add);
    }

    // then
    assertThat(records).extracting(LeadRecord::line).containsExactly(1, 2, 4, 5, 6);
    assertThat(records.get(0).lead()).contains(leads.get(0));
    assertThat(records.get(1).lead()).contains(leads.get(1));
    assertThat(records.get(2).error()).get().asString()
        .contains("line 4, column ", "at $.deliveredAt: expected an ISO instant");
    assertThat(records.get(3).error()).get().asString().contains("line 5, column ", "malformed JSON");
    assertThat(records.get(4).lead()).contains(leads.get(2));
  }

  @Test
  void a_verdict_stream_has_one_line_per_record_with_error_records_for_bad_ones() {
    // given
    Evaluator evaluator = Evaluator.of(contract);
    Lead lead = RichContract.leads().get(0);
    ByteArrayOutputStream written = new ByteArrayOutputStream();

    // when
    try (VerdictWriter out = json.verdictWriter(written)) {
      out.write(evaluator.evaluate(lead));
      out.writeError(2, "L-7", new LeadSpecException("lead L-7: field \"employees\" expects an integer"));
    }

    // then
    String[] lines = written.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("{\"format\":\"lead-spec.verdict/1\",\"contract\":{\"id\":\"it-integrator\",\"version\":3,\"fingerprint\":\""
        + evaluator.fingerprint() + "\"}");
    assertThat(lines[1]).isEqualTo("{\"format\":\"lead-spec.error/1\",\"line\":2,\"lead\":\"L-7\","
        + "\"error\":\"lead L-7: field \\\"employees\\\" expects an integer\"}");
    assertThat(lines[2]).isEmpty();
  }

  @Test
  void equal_verdicts_give_identical_bytes_and_an_unknown_fact_is_written_as_not_known() {
    // given
    Lead lead = RichContract.leads().get(2);

    // when
    Verdict first = Evaluator.of(contract).evaluate(lead);
    Verdict second = Evaluator.of(RichContract.contract()).evaluate(json.readLead(json.writeLead(lead), contract));

    // then
    assertThat(json.writeVerdict(second)).isEqualTo(json.writeVerdict(first));
    assertThat(new String(json.writeVerdict(first), StandardCharsets.UTF_8))
        .contains("{\"field\":\"plans_upgrade\",\"known\":false}")
        .contains("{\"field\":\"employees\",\"known\":true,\"value\":700}");
  }
}
