package dev.leadspec.bench;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One built contract shared by one thread, then by two: JMH sums the threads' throughput, so
 * {@code twoThreads / oneThread} is the scaling (2.0 is perfect on two cores).
 *
 * <pre>{@code
 * java -jar lead-spec-bench/target/benchmarks.jar ThreadsBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThreadsBenchmark {

  /** The evaluator and the leads, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Shared {
    LeadSpecEngine engine;
    Lead[] leads;

    /**
     * Compiles the contract, builds the leads and checks the verdicts.
     *
     * <pre>{@code
     * shared.setUp();
     * }</pre>
     */
    @Setup(Level.Trial)
    public void setUp() {
      engine = new LeadSpecEngine();
      HostLead[] hosts = LeadData.leads();
      leads = new Lead[hosts.length];
      for (int i = 0; i < hosts.length; i++) {
        leads[i] = ReferenceContract.toLead(hosts[i]);
      }
      Agreement.check("lead-spec (shared)", hosts, (i, sink) -> engine.evaluate(leads[i], sink));
    }
  }

  /** Each thread's own cursor, starting half the data apart. */
  @State(Scope.Thread)
  public static class Cursor {
    DecisionSink sink;
    int index;

    /**
     * Places the cursor.
     *
     * <pre>{@code
     * cursor.setUp(blackhole, threadParams);
     * }</pre>
     *
     * @param blackhole where decisions go
     * @param thread which thread this is
     */
    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole, ThreadParams thread) {
      sink = new EvaluateBenchmark.BlackholeSink(blackhole);
      index = (thread.getThreadIndex() * LeadData.SIZE / 2) & (LeadData.SIZE - 1);
    }

    int next() {
      int i = index;
      index = (i + 1) & (LeadData.SIZE - 1);
      return i;
    }
  }

  /**
   * One thread.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param shared the shared evaluator
   * @param cursor this thread's cursor
   */
  @Benchmark
  @Threads(1)
  public void oneThread(Shared shared, Cursor cursor) {
    shared.engine.evaluate(shared.leads[cursor.next()], cursor.sink);
  }

  /**
   * Two threads sharing one evaluator.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param shared the shared evaluator
   * @param cursor this thread's cursor
   */
  @Benchmark
  @Threads(2)
  public void twoThreads(Shared shared, Cursor cursor) {
    shared.engine.evaluate(shared.leads[cursor.next()], cursor.sink);
  }
}
