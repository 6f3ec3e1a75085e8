package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VerifyVerdictTest {
  private final LeadSpecJson json = LeadSpecJson.standard();
  private final Evaluator evaluator = Evaluator.of(RichContract.contract());
  private final Lead accepted = RichContract.leads().get(0);
  private final Verdict verdict = evaluator.evaluate(accepted);
  private final String stored = new String(json.writeVerdict(verdict), StandardCharsets.UTF_8);

  @Test
  void a_stored_verdict_recomputed_from_the_same_lead_and_contract_is_confirmed() {
    assertThatCode(() -> json.verifyVerdict(bytes(stored), evaluator.evaluate(accepted))).doesNotThrowAnyException();
    assertThatCode(() -> json.verifyVerdict(bytes(stored.strip()), verdict)).doesNotThrowAnyException();
  }

  @Test
  void a_tampered_outcome_is_named_by_its_path() {
    String tampered = stored.replace("\"outcome\":\"ACCEPTED\"", "\"outcome\":\"REJECTED\"");
    assertThatThrownBy(() -> json.verifyVerdict(bytes(tampered), verdict))
        .isInstanceOf(LeadSpecException.class)
        .hasMessage("lead L-001: the stored verdict differs from the recomputed one at $.outcome: "
            + "stored the string \"REJECTED\", recomputed the string \"ACCEPTED\"");
  }

  @Test
  void a_verdict_stored_under_another_fingerprint_is_named_by_its_path() {
    String other = stored.replace(evaluator.fingerprint(), "0".repeat(64));
    assertThatThrownBy(() -> json.verifyVerdict(bytes(other), verdict))
        .hasMessageContaining("differs from the recomputed one at $.contract.fingerprint: stored the string \"000");
  }

  @Test
  void a_reading_that_changed_is_named_by_its_path() {
    String line = new String(json.writeLead(accepted), StandardCharsets.UTF_8).replace("\"employees\":120", "\"employees\":121");
    Lead changed = json.readLead(line, RichContract.contract());
    assertThatThrownBy(() -> json.verifyVerdict(bytes(stored), evaluator.evaluate(changed)))
        .hasMessageContaining("at $.results[1].facts[0].value: stored the integer 120, recomputed the integer 121");
  }

  @Test
  void an_equal_verdict_in_another_layout_is_not_canonical() {
    String spaced = stored.replace("\"outcome\":", "\"outcome\": ");
    assertThatThrownBy(() -> json.verifyVerdict(bytes(spaced), verdict))
        .hasMessage("lead L-001: the stored verdict differs from the recomputed one in its bytes: it is not in canonical form");
    String reordered = stored.replace("{\"id\":\"L-001\",\"deliveredAt\":\"2026-03-10T09:00:00Z\"}",
        "{\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"id\":\"L-001\"}");
    assertThatThrownBy(() -> json.verifyVerdict(bytes(reordered), verdict))
        .hasMessageContaining("at $.lead.deliveredAt: properties are in another order");
  }

  @Test
  void a_line_that_is_not_a_verdict_is_a_format_error() {
    assertThatThrownBy(() -> json.verifyVerdict(json.writeLead(accepted), verdict))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("unsupported format \"lead-spec.lead/1\"; expected \"lead-spec.verdict/1\"");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
