package dev.leadspec.bench;

import dev.leadspec.eval.Compilation;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * Composites and tables: one op = one lead, taken in turn from the 4096 seeded leads of
 * {@link TablesContract} (built beforehand, with unknowns), evaluated by hand-written Java over
 * the {@code Lead}s, by the interpreter and by generated code; the outcome, every reason id and
 * the price go to the blackhole. Each implementation is checked equal to hand-written Java (and
 * hand-written Java to the interpreter) on all 4096 leads in its trial set-up, before it is
 * measured: a disagreement fails the run.
 *
 * <pre>{@code
 * java -jar lead-spec-bench/target/benchmarks.jar TablesBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TablesBenchmark {

  /** The leads, built beforehand, and a cursor. */
  @State(Scope.Thread)
  public static class Leads {
    Lead[] leads;
    TablesSink sink;
    int index;

    /**
     * Generates the leads.
     *
     * <pre>{@code
     * leads.setUp(blackhole);
     * }</pre>
     *
     * @param blackhole where verdicts go
     */
    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole) {
      leads = TablesContract.leads();
      sink = new BlackholeSink(blackhole);
    }

    Lead next() {
      int i = index;
      index = (i + 1) & (TablesContract.SIZE - 1);
      return leads[i];
    }
  }

  /** Hand-written Java, checked against the interpreter. */
  @State(Scope.Benchmark)
  public static class HandWritten {
    /**
     * Checks the hand-written code: the interpreter must agree with it on every lead.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      Lead[] leads = TablesContract.leads();
      TablesEngine interpreted = new TablesEngine(Compilation.INTERPRETED);
      TablesAgreement.check("lead-spec interpreted", leads, (i, sink) -> interpreted.evaluate(leads[i], sink));
    }
  }

  /** lead-spec interpreted, compiled and checked. */
  @State(Scope.Benchmark)
  public static class Interpreted {
    TablesEngine engine;

    /**
     * Compiles the contract and checks it against hand-written Java.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new TablesEngine(Compilation.INTERPRETED);
      Lead[] leads = TablesContract.leads();
      TablesAgreement.check("lead-spec interpreted", leads, (i, sink) -> engine.evaluate(leads[i], sink));
    }
  }

  /** lead-spec through code generated for the contract ({@code lead-spec-codegen}), checked. */
  @State(Scope.Benchmark)
  public static class Generated {
    TablesEngine engine;

    /**
     * Generates the contract's class, fails if none could be, and checks it against
     * hand-written Java.
     *
     * <pre>{@code
     * state.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new TablesEngine(Compilation.GENERATED);
      Lead[] leads = TablesContract.leads();
      TablesAgreement.check("lead-spec generated", leads, (i, sink) -> engine.evaluate(leads[i], sink));
    }
  }

  /**
   * Hand-written Java over the {@code Lead}s: the floor.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the agreement check, run once
   */
  @Benchmark
  public void handWritten(Leads leads, HandWritten state) {
    HandWrittenTables.evaluate(leads.next(), leads.sink);
  }

  /**
   * lead-spec, interpreted.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the compiled contract
   */
  @Benchmark
  public void interpreted(Leads leads, Interpreted state) {
    state.engine.evaluate(leads.next(), leads.sink);
  }

  /**
   * lead-spec through generated code.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param leads the leads
   * @param state the generated evaluator
   */
  @Benchmark
  public void generated(Leads leads, Generated state) {
    state.engine.evaluate(leads.next(), leads.sink);
  }

  /** Feeds verdicts to JMH's blackhole. */
  static final class BlackholeSink implements TablesSink {
    private final Blackhole blackhole;

    BlackholeSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void reason(String criterionId) {
      blackhole.consume(criterionId);
    }

    @Override
    public void decided(boolean accepted, @Nullable Money price) {
      blackhole.consume(accepted);
      blackhole.consume(price);
    }
  }
}
