package dev.leadspec.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * Camunda 7.24's DMN engine, either with its legacy FEEL (JUEL input expressions, legacy FEEL
 * unary tests) or as shipped (the FEEL Scala engine throughout): the contract as a RULE ORDER
 * decision table whose output entries are the failed criterion ids, the engine built and the
 * decision parsed once. The host's record becomes a variable map of the decision's nine inputs
 * and nothing else (an unanswered question is null).
 */
final class CamundaDmnEngine {
  private final DmnEngine engine;
  private final DmnDecision decision;

  CamundaDmnEngine(boolean legacyFeel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    engine = configuration.enableFeelLegacyBehavior(legacyFeel).buildEngine();
    try (InputStream dmn = Objects.requireNonNull(
        CamundaDmnEngine.class.getResourceAsStream("lead-qualification-camunda.dmn"), "lead-qualification-camunda.dmn")) {
      decision = engine.parseDecision("failed", dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void evaluate(HostLead host, DecisionSink sink) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, host.inputs());
    List<String> failed = result.collectEntries("criterion");
    for (String id : failed) {
      sink.failed(id);
    }
    sink.decided(failed.isEmpty());
  }
}
