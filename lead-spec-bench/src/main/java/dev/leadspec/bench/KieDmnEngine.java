package dev.leadspec.bench;

import java.util.List;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * Apache KIE DMN 10.2.0: the contract as a RULE ORDER decision table whose output is the list of
 * failed criterion ids, FEEL interpreted (KIE's default), the runtime and model built once and
 * the decision looked up once. The host's record becomes a {@link DMNContext} holding the
 * decision's nine inputs and nothing else (an unanswered question is null).
 *
 * <p>KIE's option to compile decision tables into an alpha network
 * ({@code org.kie.dmn.compiler.alphanetwork}) was tried and is not a usable formulation in
 * 10.2.0: the compiled table keeps a state between evaluations, and once a lead matches no rule
 * (an accepted lead) it answers null, that is accepted, for every later lead.
 */
final class KieDmnEngine {
  private final DMNRuntime runtime;
  private final DMNModel model;
  private final DecisionNode decision;

  KieDmnEngine() {
    runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromClasspathResource("lead-qualification-kie.dmn", KieDmnEngine.class)
        .getOrElseThrow(e -> new IllegalStateException("kie: cannot build the dmn runtime", e));
    model = runtime.getModels().get(0);
    if (model.hasErrors()) {
      throw new IllegalStateException("kie: model has errors: " + model.getMessages());
    }
    decision = model.getDecisionByName("failed");
  }

  void evaluate(HostLead host, DecisionSink sink) {
    DMNContext context = runtime.newContext();
    context.set("industry", host.industry());
    context.set("region", host.region());
    context.set("employees", host.employees());
    context.set("computers", host.computers());
    context.set("role", host.role());
    context.set("plans_upgrade", host.plansUpgrade());
    context.set("agreed_to_meeting", host.agreedToMeeting());
    context.set("phone_valid", host.phoneValid());
    context.set("duplicate", host.duplicate());
    DMNResult result = runtime.evaluateAll(model, context); // the model has this one decision
    DMNDecisionResult outcome = result.getDecisionResultById(decision.getId());
    if (outcome.hasErrors()) {
      throw new IllegalStateException("kie: lead " + host.id() + ": " + outcome.getMessages());
    }
    Object output = outcome.getResult();
    List<?> failed = output == null ? List.of() : (List<?>) output;
    for (Object id : failed) {
      sink.failed((String) id);
    }
    sink.decided(failed.isEmpty());
  }
}
