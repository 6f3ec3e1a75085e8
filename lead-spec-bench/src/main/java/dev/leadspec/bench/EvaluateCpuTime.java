package dev.leadspec.bench;

import dev.leadspec.eval.Compilation;
import dev.leadspec.model.Lead;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per lead of the evaluate benchmark's implementations, read from the measuring
 * thread's own CPU clock, so that other load on a shared machine does not enter the figures as
 * it enters JMH's throughput. Each implementation is checked equal to hand-written Java first;
 * then every round runs each in turn, and the lowest CPU time per lead over the rounds after the
 * first (the warm-up) is reported, with ratios between implementations of the same run.
 *
 * <pre>{@code
 * java -cp lead-spec-bench/target/benchmarks.jar dev.leadspec.bench.EvaluateCpuTime
 * }</pre>
 */
public final class EvaluateCpuTime {
  private static final int ROUNDS = 6;

  private EvaluateCpuTime() {}

  /** One implementation: how to evaluate lead {@code i}, and how many leads a round takes. */
  private record Implementation(Agreement.Implementation code, int leadsPerRound) {}

  /**
   * Prints CPU nanoseconds per lead of each implementation and the ratios the issue asks for.
   *
   * <pre>{@code
   * EvaluateCpuTime.main(new String[0]);
   * }</pre>
   *
   * @param args none
   */
  public static void main(String[] args) {
    HostLead[] hosts = LeadData.leads();
    Lead[] leads = new Lead[hosts.length];
    Lead[] laidOut = new Lead[hosts.length];
    for (int i = 0; i < hosts.length; i++) {
      leads[i] = ReferenceContract.toLead(hosts[i]);
      laidOut[i] = ReferenceContract.toLeadWithLayout(hosts[i]);
    }
    LeadSpecEngine interpreted = new LeadSpecEngine(Compilation.INTERPRETED);
    LeadSpecEngine generated = new LeadSpecEngine(Compilation.GENERATED);
    EasyRulesEngine oneFact = EasyRulesEngine.hostFact();
    EasyRulesEngine factPerField = EasyRulesEngine.factPerField();
    int fast = 4096 * 200;
    int slow = 4096 * 10;
    Map<String, Implementation> all = new LinkedHashMap<>();
    all.put("handWritten", new Implementation((i, sink) -> HandWritten.evaluate(hosts[i], sink), fast));
    all.put("handWrittenOverLead", new Implementation((i, sink) -> HandWrittenOverLead.evaluate(leads[i], sink), fast));
    all.put("leadSpecPrebuilt", new Implementation((i, sink) -> interpreted.evaluate(leads[i], sink), fast));
    all.put("leadSpecGeneratedPrebuilt", new Implementation((i, sink) -> generated.evaluate(leads[i], sink), fast));
    all.put("leadSpecConverting", new Implementation((i, sink) -> interpreted.evaluate(hosts[i], sink), fast));
    all.put("leadSpecGeneratedConverting", new Implementation((i, sink) -> generated.evaluate(hosts[i], sink), fast));
    all.put("handWrittenOverLaidOutLead", new Implementation((i, sink) -> HandWrittenOverLead.evaluate(laidOut[i], sink), fast));
    all.put("leadSpecGeneratedPrebuiltLayout", new Implementation((i, sink) -> generated.evaluate(laidOut[i], sink), fast));
    all.put("leadSpecGeneratedConvertingLayout", new Implementation((i, sink) -> generated.evaluateWithLayout(hosts[i], sink), fast));
    all.put("easyRulesOneFact", new Implementation((i, sink) -> oneFact.evaluate(hosts[i], sink), slow));
    all.put("easyRules", new Implementation((i, sink) -> factPerField.evaluate(hosts[i], sink), slow));
    for (Map.Entry<String, Implementation> entry : all.entrySet()) {
      Agreement.check(entry.getKey(), hosts, entry.getValue().code());
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Map<String, Double> best = new LinkedHashMap<>();
    Counter sink = new Counter();
    for (int round = 1; round <= ROUNDS; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Map.Entry<String, Implementation> entry : all.entrySet()) {
        Implementation implementation = entry.getValue();
        long before = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < implementation.leadsPerRound(); i++) {
          implementation.code().evaluate(i & (LeadData.SIZE - 1), sink);
        }
        double ns = (bean.getCurrentThreadCpuTime() - before) / (double) implementation.leadsPerRound();
        line.append(String.format(Locale.ROOT, " %s %.1f", entry.getKey(), ns));
        if (round > 1) {
          best.merge(entry.getKey(), ns, Math::min);
        }
      }
      System.out.println(line);
    }
    System.out.println("\nbest CPU ns per lead over rounds 2.." + ROUNDS + ":");
    for (Map.Entry<String, Double> entry : best.entrySet()) {
      System.out.println(String.format(Locale.ROOT, "  %-34s %8.1f  (%.2f× hand-written, %.2f× hand-written over Lead)", entry.getKey(),
          entry.getValue(), entry.getValue() / best.get("handWritten"), entry.getValue() / best.get("handWrittenOverLead")));
    }
    double peer = Math.min(best.get("easyRulesOneFact"), best.get("easyRules"));
    System.out.println(String.format(Locale.ROOT,
        "fastest peer (Easy Rules) %.1f ns: interpreted %.1f× / %.1f× (prebuilt / converting), generated %.1f× / %.1f×,"
            + " generated with the host's layout %.1f× / %.1f×",
        peer, peer / best.get("leadSpecPrebuilt"), peer / best.get("leadSpecConverting"), peer / best.get("leadSpecGeneratedPrebuilt"),
        peer / best.get("leadSpecGeneratedConverting"), peer / best.get("leadSpecGeneratedPrebuiltLayout"),
        peer / best.get("leadSpecGeneratedConvertingLayout")));
    System.out.println("(sink " + sink.count + ")");
  }

  /** Counts what it is given, so that nothing evaluated can be optimised away. */
  private static final class Counter implements DecisionSink {
    long count;

    @Override
    public void failed(String criterionId) {
      count += criterionId.length();
    }

    @Override
    public void decided(boolean accepted) {
      count += accepted ? 1 : 2;
    }
  }
}
