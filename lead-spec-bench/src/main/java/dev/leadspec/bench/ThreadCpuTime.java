package dev.leadspec.bench;

import dev.leadspec.model.Lead;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.CountDownLatch;

/**
 * CPU time per lead of one shared evaluator, used by one thread and then by two at once, read
 * from each thread's own CPU clock. Throughput on a shared machine also measures what else runs
 * there; CPU time per lead does not: if two threads each pay what one thread pays, they
 * contend for nothing inside lead-spec.
 *
 * <pre>{@code
 * java -cp lead-spec-bench/target/benchmarks.jar dev.leadspec.bench.ThreadCpuTime
 * }</pre>
 */
public final class ThreadCpuTime {
  private static final int ROUNDS = 5;
  private static final int LEADS_PER_ROUND = 4096 * 400;

  private ThreadCpuTime() {}

  /**
   * Prints the CPU nanoseconds per lead of one thread, then of each of two threads.
   *
   * <pre>{@code
   * ThreadCpuTime.main(new String[0]);
   * }</pre>
   *
   * @param args none
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static void main(String[] args) throws InterruptedException {
    LeadSpecEngine engine = new LeadSpecEngine();
    HostLead[] hosts = LeadData.leads();
    Lead[] leads = new Lead[hosts.length];
    for (int i = 0; i < hosts.length; i++) {
      leads[i] = ReferenceContract.toLead(hosts[i]);
    }
    Agreement.check("lead-spec", hosts, (i, sink) -> engine.evaluate(leads[i], sink));
    System.out.println("CPU ns per lead (each thread's own CPU clock), " + LEADS_PER_ROUND + " leads per thread per round");
    for (int round = 1; round <= ROUNDS; round++) {
      long[] alone = run(engine, leads, 1);
      long[] together = run(engine, leads, 2);
      System.out.println("round " + round + ": one thread " + perLead(alone[0]) + "; two threads " + perLead(together[0])
          + " and " + perLead(together[1]));
    }
  }

  private static long[] run(LeadSpecEngine engine, Lead[] leads, int threads) throws InterruptedException {
    long[] cpu = new long[threads];
    CountDownLatch start = new CountDownLatch(1);
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int which = t;
      workers[t] = new Thread(() -> {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Counter sink = new Counter();
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long before = bean.getCurrentThreadCpuTime();
        int offset = which * (LeadData.SIZE / 2);
        for (int i = 0; i < LEADS_PER_ROUND; i++) {
          engine.evaluate(leads[(i + offset) & (LeadData.SIZE - 1)], sink);
        }
        cpu[which] = bean.getCurrentThreadCpuTime() - before;
        if (sink.count == 42) {
          System.out.print("");
        }
      });
      workers[t].start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    return cpu;
  }

  private static String perLead(long nanos) {
    return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(LEADS_PER_ROUND), 1, RoundingMode.HALF_EVEN).toPlainString() + " ns";
  }

  /** Counts what it is told so the work cannot be optimised away. */
  private static final class Counter implements DecisionSink {
    long count;

    @Override
    public void failed(String criterionId) {
      count += criterionId.length();
    }

    @Override
    public void decided(boolean accepted) {
      count += accepted ? 1 : 0;
    }
  }
}
