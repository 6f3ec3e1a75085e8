package dev.leadspec.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Compilation;
import dev.leadspec.model.Lead;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check the benchmarks run before measuring, runnable without JMH. */
class EnginesAgreeTest {
  private final HostLead[] hosts = LeadData.leads();

  @Test
  void lead_spec_on_leads_built_beforehand_agrees_with_hand_written_java_on_every_lead() {
    // given
    LeadSpecEngine engine = new LeadSpecEngine();
    Lead[] leads = new Lead[hosts.length];
    for (int i = 0; i < hosts.length; i++) {
      leads[i] = ReferenceContract.toLead(hosts[i]);
    }

    // when / then
    assertThatCode(() -> Agreement.check("lead-spec", hosts, (i, sink) -> engine.evaluate(leads[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void hand_written_java_over_lead_spec_leads_agrees_with_hand_written_java_on_every_lead() {
    // when / then
    assertThatCode(() -> Agreement.check("hand-written over leads", hosts,
        (i, sink) -> HandWrittenOverLead.evaluate(ReferenceContract.toLead(hosts[i]), sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void lead_spec_including_conversion_agrees_with_hand_written_java_on_every_lead() {
    // given
    LeadSpecEngine engine = new LeadSpecEngine();

    // when / then
    assertThatCode(() -> Agreement.check("lead-spec", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void lead_spec_through_generated_code_agrees_with_hand_written_java_on_every_lead_both_ways() {
    // given
    LeadSpecEngine engine = new LeadSpecEngine(Compilation.GENERATED);
    Lead[] leads = new Lead[hosts.length];
    for (int i = 0; i < hosts.length; i++) {
      leads[i] = ReferenceContract.toLead(hosts[i]);
    }

    // when / then
    assertThatCode(() -> Agreement.check("lead-spec generated", hosts, (i, sink) -> engine.evaluate(leads[i], sink)))
        .doesNotThrowAnyException();
    assertThatCode(() -> Agreement.check("lead-spec generated", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
    assertThatCode(() -> Agreement.check("lead-spec generated, conversion with the host's layout", hosts,
        (i, sink) -> engine.evaluateWithLayout(hosts[i], sink)))
        .doesNotThrowAnyException();
    assertThatCode(() -> Agreement.check("lead-spec generated, leads built with the host's layout", hosts,
        (i, sink) -> engine.evaluate(ReferenceContract.toLeadWithLayout(hosts[i]), sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void easy_rules_with_the_record_as_one_fact_agrees_with_hand_written_java_on_every_lead() {
    // given
    EasyRulesEngine engine = EasyRulesEngine.hostFact();

    // when / then
    assertThatCode(() -> Agreement.check("easy rules", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void easy_rules_with_a_fact_per_field_agrees_with_hand_written_java_on_every_lead() {
    // given
    EasyRulesEngine engine = EasyRulesEngine.factPerField();

    // when / then
    assertThatCode(() -> Agreement.check("easy rules", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void kie_dmn_agrees_with_hand_written_java_on_every_lead() {
    // given
    KieDmnEngine engine = new KieDmnEngine();

    // when / then
    assertThatCode(() -> Agreement.check("kie dmn", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void camunda_with_legacy_feel_agrees_with_hand_written_java_on_every_lead() {
    // given
    CamundaDmnEngine engine = new CamundaDmnEngine(true);

    // when / then
    assertThatCode(() -> Agreement.check("camunda legacy", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void camunda_as_shipped_agrees_with_hand_written_java_on_every_lead() {
    // given
    CamundaDmnEngine engine = new CamundaDmnEngine(false);

    // when / then
    assertThatCode(() -> Agreement.check("camunda", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void json_logic_agrees_with_hand_written_java_on_every_lead() {
    // given
    JsonLogicEngine engine = new JsonLogicEngine();

    // when / then
    assertThatCode(() -> Agreement.check("json-logic", hosts, (i, sink) -> engine.evaluate(hosts[i], sink)))
        .doesNotThrowAnyException();
  }

  @Test
  void an_implementation_that_forgets_a_reason_fails_the_check() {
    // given: hand-written Java that never reports DUP
    Agreement.Implementation forgetful = (i, sink) -> HandWritten.evaluate(hosts[i], new DecisionSink() {
      @Override
      public void failed(String criterionId) {
        if (!criterionId.equals("DUP")) {
          sink.failed(criterionId);
        }
      }

      @Override
      public void decided(boolean accepted) {
        sink.decided(accepted);
      }
    });

    // when / then
    assertThatThrownBy(() -> Agreement.check("forgetful", hosts, forgetful))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forgetful disagrees with hand-written java")
        .hasMessageContaining("DUP");
  }
}
