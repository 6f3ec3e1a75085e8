package dev.leadspec.bench;

import dev.leadspec.eval.Compilation;
import dev.leadspec.model.Lead;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One op = one lead, taken in turn from the 4096 seeded leads, evaluated by one implementation
 * of the reference contract; the outcome and every failed criterion id go to the blackhole.
 * Each implementation is checked equal to hand-written Java on all 4096 leads in its trial
 * set-up, before it is measured: a disagreement fails the run.
 *
 * <pre>{@code
 * java -jar lead-spec-bench/target/benchmarks.jar EvaluateBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmark {

  /**
   * The leads, as host records and as lead-spec leads built beforehand (with {@code
   * Lead.builder()} and with the host's layout), and a cursor.
   */
  @State(Scope.Thread)
  public static class Leads {
    HostLead[] hosts;
    Lead[] leads;
    Lead[] laidOut;
    DecisionSink sink;
    int index;

    /**
     * Generates the leads.
     *
     * <pre>{@code
     * leads.setUp(blackhole);
     * }</pre>
     *
     * @param blackhole where decisions go
     */
    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole) {
      hosts = LeadData.leads();
      leads = new Lead[hosts.length];
      laidOut = new Lead[hosts.length];
      for (int i = 0; i < hosts.length; i++) {
        leads[i] = ReferenceContract.toLead(hosts[i]);
        laidOut[i] = ReferenceContract.toLeadWithLayout(hosts[i]);
      }
      sink = new BlackholeSink(blackhole);
    }

    int next() {
      int i = index;
      index = (i + 1) & (LeadData.SIZE - 1);
      return i;
    }
  }

  /** Hand-written Java over lead-spec leads, checked. */
  @State(Scope.Benchmark)
  public static class OverLead {
    /**
     * Checks the hand-written code over leads built beforehand.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      HostLead[] hosts = LeadData.leads();
      Agreement.check("hand-written over lead-spec leads", hosts,
          (i, sink) -> HandWrittenOverLead.evaluate(ReferenceContract.toLead(hosts[i]), sink));
      Agreement.check("hand-written over lead-spec leads built with a layout", hosts,
          (i, sink) -> HandWrittenOverLead.evaluate(ReferenceContract.toLeadWithLayout(hosts[i]), sink));
    }
  }

  /** lead-spec, compiled and checked. */
  @State(Scope.Benchmark)
  public static class LeadSpec {
    LeadSpecEngine engine;

    /**
     * Compiles the contract and checks both ways of feeding it.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new LeadSpecEngine();
      HostLead[] hosts = LeadData.leads();
      Lead[] leads = new Lead[hosts.length];
      for (int i = 0; i < hosts.length; i++) {
        leads[i] = ReferenceContract.toLead(hosts[i]);
      }
      Agreement.check("lead-spec (leads built beforehand)", hosts, (i, sink) -> engine.evaluate(leads[i], sink));
      Agreement.check("lead-spec (including conversion)", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
      Agreement.check("lead-spec (including conversion with a layout)", hosts, (i, sink) -> engine.evaluateWithLayout(hosts[i], sink));
    }
  }

  /** lead-spec through code generated for the contract ({@code lead-spec-codegen}), checked. */
  @State(Scope.Benchmark)
  public static class LeadSpecGenerated {
    LeadSpecEngine engine;

    /**
     * Generates the contract's class and checks both ways of feeding it.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new LeadSpecEngine(Compilation.GENERATED);
      HostLead[] hosts = LeadData.leads();
      Lead[] leads = new Lead[hosts.length];
      for (int i = 0; i < hosts.length; i++) {
        leads[i] = ReferenceContract.toLead(hosts[i]);
      }
      Agreement.check("lead-spec generated (leads built beforehand)", hosts, (i, sink) -> engine.evaluate(leads[i], sink));
      Agreement.check("lead-spec generated (including conversion)", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
      Agreement.check("lead-spec generated (including conversion with a layout)", hosts,
          (i, sink) -> engine.evaluateWithLayout(hosts[i], sink));
    }
  }

  /** Easy Rules, the host's record as one fact, built and checked. */
  @State(Scope.Benchmark)
  public static class EasyRulesOneFact {
    EasyRulesEngine engine;

    /**
     * Registers the rules and checks them.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = EasyRulesEngine.hostFact();
      HostLead[] hosts = LeadData.leads();
      Agreement.check("easy rules", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
    }
  }

  /** Easy Rules, each field its own fact (as measured until 2026-12), built and checked. */
  @State(Scope.Benchmark)
  public static class EasyRules {
    EasyRulesEngine engine;

    /**
     * Registers the rules and checks them.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = EasyRulesEngine.factPerField();
      HostLead[] hosts = LeadData.leads();
      Agreement.check("easy rules (a fact per field)", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
    }
  }

  /** KIE DMN, compiled and checked. */
  @State(Scope.Benchmark)
  public static class Kie {
    KieDmnEngine engine;

    /**
     * Builds the DMN runtime and checks it.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new KieDmnEngine();
      HostLead[] hosts = LeadData.leads();
      Agreement.check("kie dmn", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
    }
  }

  /** Camunda with its legacy FEEL, parsed and checked. */
  @State(Scope.Benchmark)
  public static class CamundaLegacy {
    CamundaDmnEngine engine;

    /**
     * Parses the decision and checks it.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new CamundaDmnEngine(true);
      HostLead[] hosts = LeadData.leads();
      Agreement.check("camunda (legacy feel)", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
    }
  }

  /** Camunda as shipped, parsed and checked. */
  @State(Scope.Benchmark)
  public static class Camunda {
    CamundaDmnEngine engine;

    /**
     * Parses the decision and checks it.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new CamundaDmnEngine(false);
      HostLead[] hosts = LeadData.leads();
      Agreement.check("camunda (feel scala)", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
    }
  }

  /** json-logic, checked. */
  @State(Scope.Benchmark)
  public static class JsonLogic {
    JsonLogicEngine engine;

    /**
     * Parses the rule and checks it.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new JsonLogicEngine();
      HostLead[] hosts = LeadData.leads();
      Agreement.check("json-logic", hosts, (i, sink) -> engine.evaluate(hosts[i], sink));
    }
  }

  /**
   * Hand-written Java on the host's record: the limit.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   */
  @Benchmark
  public void handWritten(Leads leads) {
    HandWritten.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * Hand-written Java reading lead-spec leads built beforehand: the floor for any evaluator of
   * such leads.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the agreement check, run once
   */
  @Benchmark
  public void handWrittenOverLead(Leads leads, OverLead state) {
    HandWrittenOverLead.evaluate(leads.leads[leads.next()], leads.sink);
  }

  /**
   * Hand-written Java reading lead-spec leads built beforehand with the host's layout: the
   * floor for such leads.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the agreement check, run once
   */
  @Benchmark
  public void handWrittenOverLaidOutLead(Leads leads, OverLead state) {
    HandWrittenOverLead.evaluate(leads.laidOut[leads.next()], leads.sink);
  }

  /**
   * lead-spec on leads built beforehand.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the compiled contract
   */
  @Benchmark
  public void leadSpecPrebuilt(Leads leads, LeadSpec state) {
    state.engine.evaluate(leads.leads[leads.next()], leads.sink);
  }

  /**
   * lead-spec including the conversion from the host's record.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the compiled contract
   */
  @Benchmark
  public void leadSpecConverting(Leads leads, LeadSpec state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * lead-spec on leads built beforehand with the host's layout.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the compiled contract
   */
  @Benchmark
  public void leadSpecPrebuiltLayout(Leads leads, LeadSpec state) {
    state.engine.evaluate(leads.laidOut[leads.next()], leads.sink);
  }

  /**
   * lead-spec including the conversion with the host's layout.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the compiled contract
   */
  @Benchmark
  public void leadSpecConvertingLayout(Leads leads, LeadSpec state) {
    state.engine.evaluateWithLayout(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * lead-spec through generated code, on leads built beforehand.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the generated evaluator
   */
  @Benchmark
  public void leadSpecGeneratedPrebuilt(Leads leads, LeadSpecGenerated state) {
    state.engine.evaluate(leads.leads[leads.next()], leads.sink);
  }

  /**
   * lead-spec through generated code, including the conversion from the host's record.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the generated evaluator
   */
  @Benchmark
  public void leadSpecGeneratedConverting(Leads leads, LeadSpecGenerated state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * lead-spec through generated code, on leads built beforehand with the host's layout.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the generated evaluator
   */
  @Benchmark
  public void leadSpecGeneratedPrebuiltLayout(Leads leads, LeadSpecGenerated state) {
    state.engine.evaluate(leads.laidOut[leads.next()], leads.sink);
  }

  /**
   * lead-spec through generated code, including the conversion with the host's layout.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the generated evaluator
   */
  @Benchmark
  public void leadSpecGeneratedConvertingLayout(Leads leads, LeadSpecGenerated state) {
    state.engine.evaluateWithLayout(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * The conversion alone: a host's record to a {@code Lead}, as the converting rows do it.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @return the lead, for the blackhole
   */
  @Benchmark
  public Lead leadConversion(Leads leads) {
    return ReferenceContract.toLead(leads.hosts[leads.next()]);
  }

  /**
   * The conversion with the host's layout alone ({@code ReferenceContract.toLeadWithLayout}).
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @return the lead, for the blackhole
   */
  @Benchmark
  public Lead leadConversionLayout(Leads leads) {
    return ReferenceContract.toLeadWithLayout(leads.hosts[leads.next()]);
  }

  /**
   * Easy Rules as its users write it: the host's record as one fact.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the rules
   */
  @Benchmark
  public void easyRulesOneFact(Leads leads, EasyRulesOneFact state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * Easy Rules with every field its own fact (slower: the rules' look-ups scan the facts).
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the rules
   */
  @Benchmark
  public void easyRules(Leads leads, EasyRules state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * KIE DMN, interpreted.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the DMN runtime
   */
  @Benchmark
  public void kieDmn(Leads leads, Kie state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * Camunda DMN with legacy FEEL.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the decision
   */
  @Benchmark
  public void camundaLegacyFeel(Leads leads, CamundaLegacy state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * Camunda DMN as shipped.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the decision
   */
  @Benchmark
  public void camundaDefault(Leads leads, Camunda state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /**
   * json-logic-java.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the rule
   */
  @Benchmark
  public void jsonLogic(Leads leads, JsonLogic state) {
    state.engine.evaluate(leads.hosts[leads.next()], leads.sink);
  }

  /** Feeds decisions to JMH's blackhole. */
  static final class BlackholeSink implements DecisionSink {
    private final Blackhole blackhole;

    BlackholeSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void failed(String criterionId) {
      blackhole.consume(criterionId);
    }

    @Override
    public void decided(boolean accepted) {
      blackhole.consume(accepted);
    }
  }
}
