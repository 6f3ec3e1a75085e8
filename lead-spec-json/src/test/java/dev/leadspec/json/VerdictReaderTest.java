package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictReaderTest {
  private final LeadSpecJson json = LeadSpecJson.standard();
  private final Evaluator evaluator = Evaluator.of(RichContract.contract());

  @Test
  void a_verdict_read_back_names_the_contract_version_fingerprint_lead_outcome_reasons_and_price() {
    // given
    Verdict verdict = evaluator.evaluate(RichContract.leads().get(0));

    // when
    StoredVerdict stored = json.readVerdict(json.writeVerdict(verdict));

    // then
    assertThat(stored.contractId()).isEqualTo("it-integrator");
    assertThat(stored.contractVersion()).isEqualTo(3);
    assertThat(stored.contractFingerprint()).isEqualTo(evaluator.fingerprint());
    assertThat(stored.leadId()).isEqualTo("L-001");
    assertThat(stored.deliveredAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    assertThat(stored.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(stored.reasons()).containsExactly("TA-IND", "TA-SIZE", "TA-BUDGET", "Q-UPGRADE", "BANT", "Q-CONTACT");
    assertThat(stored.price()).contains(Money.of("800", "RUB"));
  }

  @Test
  void a_verdict_stream_reads_back_with_error_records_and_unreadable_lines_as_errors() {
    // given
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VerdictWriter writer = json.verdictWriter(out)) {
      writer.write(evaluator.evaluate(RichContract.leads().get(1)));
      writer.writeError(2, "L-X", "lead L-X: field \"employees\" expects an integer");
    }
    byte[] stream = (out.toString(StandardCharsets.UTF_8) + "\n{\"format\":\"lead-spec.verdict/1\"}\n")
        .getBytes(StandardCharsets.UTF_8);

    // when
    List<VerdictRecord> records = new ArrayList<>();
    try (VerdictReader reader = json.verdictReader(new ByteArrayInputStream(stream))) {
      reader.forEach(records::add);
    }

    // then
    assertThat(records).extracting(VerdictRecord::line).containsExactly(1, 2, 4);
    assertThat(records.get(0).verdict()).get().extracting(StoredVerdict::outcome).isEqualTo(Outcome.REJECTED);
    assertThat(records.get(1).leadId()).contains("L-X");
    assertThat(records.get(1).error()).contains("lead L-X: field \"employees\" expects an integer");
    assertThat(records.get(2).error()).get().asString().startsWith("line 4, column ").contains("missing required property \"contract\"");
  }

  @Test
  void every_golden_verdict_reads_back_and_is_confirmed_by_recomputing_it() {
    // given
    List<Lead> leads = RichContract.leads();
    List<VerdictRecord> records = new ArrayList<>();
    try (VerdictReader reader = json.verdictReader(new ByteArrayInputStream(GoldenTest.golden("rich-verdicts.jsonl")))) {
      reader.forEach(records::add);
    }

    // then
    assertThat(records).hasSize(leads.size());
    for (int i = 0; i < leads.size(); i++) {
      StoredVerdict stored = records.get(i).verdict().orElseThrow();
      Verdict recomputed = evaluator.evaluate(leads.get(i));
      assertThat(stored.leadId()).isEqualTo(recomputed.leadId());
      assertThatCode(() -> json.verifyVerdict(stored.json().getBytes(StandardCharsets.UTF_8), recomputed))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void a_verdict_with_an_unknown_property_is_a_format_error() {
    String line = new String(json.writeVerdict(evaluator.evaluate(RichContract.leads().get(2))), StandardCharsets.UTF_8)
        .replace("\"outcome\":", "\"verdict\":\"x\",\"outcome\":");
    assertThatThrownBy(() -> json.readVerdict(line.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JsonFormatException.class)
        .isInstanceOf(LeadSpecException.class)
        .hasMessageContaining("at $.verdict: unknown property \"verdict\"");
  }
}
