package dev.leadspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.time.Instant;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.RandomContracts;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated classes unload with their contracts: evaluating 10 000 versions of a contract, one
 * after another, each through its own generated class, leaves metaspace where it was after the
 * first 1 000, and the JVM counts nine in ten of the later classes unloaded. Kept classes would
 * take tens of megabytes (a generated class and its metadata take a few kilobytes).
 */
class MetaspaceProperties {
  private static final int WARM_UP = 1_000;
  private static final int VERSIONS = 10_000;
  /**
   * Far below what 9 000 kept classes would take (tens of megabytes), and above what the JVM's
   * own growth reaches on a loaded machine (up to 4.3 MB seen).
   */
  private static final long BOUND = 12L << 20;
  private static final Lead EMPTY = Lead.builder().id("L-0").deliveredAt(Instant.parse("2026-03-02T10:15:00Z")).build();

  @Test
  void ten_thousand_generated_contract_versions_leave_metaspace_flat() {
    // given
    long seed = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
    SplittableRandom random = new SplittableRandom(seed);
    Contract base = RandomContracts.next(random);
    Contract version = base;
    MemoryPoolMXBean metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getName().equals("Metaspace")).findFirst().orElseThrow();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    java.lang.management.ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long before = 0;
    long unloadedBefore = 0;
    long cpu = 0;
    int generated = 0;
    // when: each version generated, used once, and dropped
    for (int v = 1; v <= VERSIONS; v++) {
      // amendments add criteria now and then: start again from the first version before they are many
      version = RandomContracts.amend(version.criteria().size() > 16 ? base : version, random);
      long start = threads.getCurrentThreadCpuTime();
      Evaluator evaluator = Evaluator.of(version, Compilation.GENERATED);
      cpu += threads.getCurrentThreadCpuTime() - start;
      generated += evaluator.compilation() == Compilation.GENERATED ? 1 : 0;
      evaluator.evaluate(EMPTY);
      if (v == WARM_UP) {
        before = usedAfterGc(metaspace);
        unloadedBefore = classes.getUnloadedClassCount();
      }
    }
    long after = usedAfterGc(metaspace);
    long unloaded = classes.getUnloadedClassCount() - unloadedBefore;
    System.out.printf(java.util.Locale.ROOT, "metaspace after %d versions %d KiB, after %d %d KiB; %d classes unloaded; %d us of CPU per evaluator%n",
        WARM_UP, before >> 10, VERSIONS, after >> 10, unloaded, cpu / VERSIONS / 1000);
    // then
    assertThat(generated).isEqualTo(VERSIONS);
    assertThat(unloaded).as("classes unloaded over %d generated versions, seed %d", VERSIONS - WARM_UP, seed)
        .isGreaterThanOrEqualTo((VERSIONS - WARM_UP) * 9L / 10);
    assertThat(after - before).as("metaspace growth over %d generated versions, seed %d", VERSIONS - WARM_UP, seed)
        .isLessThan(BOUND);
  }

  private static long usedAfterGc(MemoryPoolMXBean pool) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return pool.getUsage().getUsed();
  }
}
