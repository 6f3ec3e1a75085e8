package dev.leadspec.bench;

import java.util.List;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * Apache KIE DMN 10.2.0, interpreted FEEL (its default): the contract as a RULE ORDER decision
 * table whose output is the list of failed criterion ids. The host's record becomes a
 * {@link DMNContext} (an unanswered question is null).
 */
final class KieDmnEngine {
  private final DMNRuntime runtime;
  private final DMNModel model;

  KieDmnEngine() {
    runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
        .fromClasspathResource("lead-qualification-kie.dmn", KieDmnEngine.class)
        .getOrElseThrow(e -> new IllegalStateException("kie: cannot build the dmn runtime", e));
    model = runtime.getModels().get(0);
    if (model.hasErrors()) {
      throw new IllegalStateException("kie: model has errors: " + model.getMessages());
    }
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
    context.set("source", host.source());
    context.set("call_seconds", host.callSeconds());
    DMNResult result = runtime.evaluateByName(model, context, "failed");
    DMNDecisionResult decision = result.getDecisionResultByName("failed");
    if (decision.hasErrors()) {
      throw new IllegalStateException("kie: lead " + host.id() + ": " + decision.getMessages());
    }
    Object output = decision.getResult();
    List<?> failed = output == null ? List.of() : (List<?>) output;
    for (Object id : failed) {
      sink.failed((String) id);
    }
    sink.decided(failed.isEmpty());
  }
}
