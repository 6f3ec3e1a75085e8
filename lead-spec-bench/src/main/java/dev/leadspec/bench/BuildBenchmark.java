package dev.leadspec.bench;

import dev.leadspec.eval.Evaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Building the reference contract with the model builders (which validates it) and compiling it
 * into an evaluator. Warm: average time in a warmed-up JVM. Cold: run with {@code -bm ss -wi 0
 * -i 1} and several forks, so each measurement is the first use in a fresh JVM.
 *
 * <pre>{@code
 * java -jar lead-spec-bench/target/benchmarks.jar BuildBenchmark -bm ss -f 10 -wi 0 -i 1
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildBenchmark {

  /**
   * Builds and compiles the contract.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @return the evaluator, for the blackhole
   */
  @Benchmark
  public Evaluator buildAndCompile() {
    return Evaluator.of(ReferenceContract.contract());
  }
}
