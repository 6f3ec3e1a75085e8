package dev.leadspec.hostcompat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadRecord;
import dev.leadspec.json.LeadReader;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.json.StoredVerdict;
import dev.leadspec.json.VerdictWriter;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Lead;
import dev.leadspec.text.Language;
import dev.leadspec.text.Markdown;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * lead-spec in a Spring Boot 3 host: the host's BOM pins Jackson 2 (jackson-databind and
 * jackson-annotations {@code 2.18.2}, as Boot 3.4 does; Boot 3.3 and 3.5 pin 2.17.x and 2.19.x),
 * and lead-spec-core and lead-spec-json must work beside it, at first use and not only at start.
 *
 * <p>This test would have failed before lead-spec-json existed: core then reached Jackson 3's
 * databind for JSON and for the contract fingerprint, and databind 3 needs jackson-annotations
 * 2.20 or later; with the host's 2.18 on the class path, {@code Evaluator.fingerprint()} and all of
 * {@code LeadSpecJson} failed with {@code NoClassDefFoundError:
 * com/fasterxml/jackson/annotation/JsonSerializeAs}. Now core needs nothing at run time and
 * lead-spec-json only Jackson 3's streaming core ({@code tools.jackson.core}), which shares no
 * class with Jackson 2. Jackson 3's databind is on this test's class path only as the canary that
 * shows the failure is reproduced here; lead-spec does not use it.
 */
class SpringBootJacksonHostTest {
  private static final String CONTRACT = """
      {"format": "lead-spec.contract/1", "id": "it-integrator", "version": 1, "title": "Hardware upgrade leads",
       "effectiveFrom": "2026-03-01", "zone": "Europe/Moscow",
       "fields": [{"name": "employees", "kind": "INTEGER", "label": "Employees"},
                  {"name": "agreed_meeting", "kind": "ANSWER", "question": "May our engineer visit you?"}],
       "criteria": [
         {"id": "TA-SIZE", "title": "Company size", "role": "REQUIRED",
          "condition": {"kind": "between", "field": "employees", "low": 50, "high": 5000}},
         {"id": "Q-MEETING", "title": "Agreed to a meeting", "role": "REQUIRED",
          "condition": {"kind": "compare", "field": "agreed_meeting", "operator": "EQ", "value": "YES"}}],
       "terms": {"price": {"amount": "1500.00", "currency": "RUB"}}}
      """;
  private static final String LEADS = """
      {"format":"lead-spec.lead/1","id":"L-1","deliveredAt":"2026-03-02T10:15:00Z","facts":{"employees":120,"agreed_meeting":"YES"}}
      {"format":"lead-spec.lead/1","id":"L-2","deliveredAt":"2026-03-02T10:16:00Z","facts":{"employees":49}}
      """;

  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void the_host_really_has_jackson_2_18_without_the_annotation_that_jackson_3_databind_needs() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.18.");
    assertThat(com.fasterxml.jackson.annotation.JsonProperty.class.getPackage()).isNotNull();
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void jackson_3_databind_which_core_used_to_need_fails_in_this_host_at_first_use() {
    // the canary: the environment reproduces the failure lead-spec had, so the test above means something
    assertThatThrownBy(() -> tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(List.of(1)))
        .isInstanceOf(NoClassDefFoundError.class)
        .hasMessageContaining("com/fasterxml/jackson/annotation/JsonSerializeAs");
  }

  @Test
  void contracts_and_leads_are_read_evaluated_fingerprinted_and_written_beside_the_hosts_jackson_2() throws Exception {
    // given: the host's own Jackson 2 at work
    ObjectMapper hostMapper = new ObjectMapper();
    String hostJson = hostMapper.writeValueAsString(Map.of("employees", 120));

    // when: lead-spec reads a contract and a JSONL stream of leads, evaluates, writes verdicts
    Contract contract = json.readContract(CONTRACT);
    Evaluator evaluator = Evaluator.of(contract);
    List<Verdict> verdicts = new ArrayList<>();
    try (LeadReader leads = json.leadReader(new ByteArrayInputStream(LEADS.getBytes(StandardCharsets.UTF_8)), contract)) {
      for (LeadRecord record : leads) {
        Lead lead = record.lead().orElseThrow();
        verdicts.add(evaluator.evaluate(lead));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VerdictWriter writer = json.verdictWriter(out)) {
      verdicts.forEach(writer::write);
    }

    // then
    assertThat(hostMapper.readTree(hostJson).get("employees").asInt()).isEqualTo(120);
    assertThat(verdicts).extracting(Verdict::outcome).containsExactly(Outcome.ACCEPTED, Outcome.REJECTED);
    String fingerprint = evaluator.fingerprint();
    assertThat(fingerprint).matches("[0-9a-f]{64}").isEqualTo(Fingerprint.of(contract)).isEqualTo(json.fingerprint(contract));
    assertThat(Markdown.contract(contract, Language.EN)).contains(fingerprint);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    StoredVerdict stored = json.readVerdict(lines[1].getBytes(StandardCharsets.UTF_8));
    assertThat(stored.contractFingerprint()).isEqualTo(fingerprint);
    assertThat(stored.reasons()).containsExactly("TA-SIZE", "Q-MEETING");
    assertThat(json.writeVerdict(verdicts.get(0))).asString(StandardCharsets.UTF_8).isEqualTo(lines[0] + "\n");
    json.verifyVerdict(lines[0].getBytes(StandardCharsets.UTF_8), verdicts.get(0));
    // and the host's Jackson 2 reads what lead-spec wrote
    assertThat(hostMapper.readTree(lines[0]).get("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(json.readContract(json.writeContract(contract))).isEqualTo(contract);
  }
}
