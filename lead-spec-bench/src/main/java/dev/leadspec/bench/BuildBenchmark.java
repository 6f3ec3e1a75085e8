package dev.leadspec.bench;

import dev.leadspec.codegen.HiddenClassGenerator;
import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.GeneratedEvaluation;
import dev.leadspec.model.Contract;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Building the reference contract with the model builders (which validates it) and compiling it
 * into an evaluator, interpreted or with generated code; and generating the contract's class
 * alone. Warm: average time in a warmed-up JVM. Cold: run with {@code -bm ss -wi 0
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

  /**
   * Builds the contract and compiles it with generated code: cold, the first use of generation
   * (ASM's classes loaded, the first hidden class defined); warm, a class cached by fingerprint.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @return the evaluator, for the blackhole
   */
  @Benchmark
  public Evaluator buildCompileAndGenerate() {
    Evaluator evaluator = Evaluator.of(ReferenceContract.contract(), Compilation.GENERATED);
    if (evaluator.compilation() != Compilation.GENERATED) {
      throw new IllegalStateException("no generated code: " + evaluator);
    }
    return evaluator;
  }

  /** The reference contract, built once, and a counter that makes every generation's cache key new. */
  @State(Scope.Thread)
  public static class Generation {
    final Contract contract = ReferenceContract.contract();
    final HiddenClassGenerator generator = new HiddenClassGenerator();
    long count;
  }

  /**
   * Generates, defines and instantiates a new hidden class for the reference contract (a new
   * cache key each time, so nothing is reused): what generation costs per contract version.
   *
   * <pre>{@code
   * // run by JMH
   * }</pre>
   *
   * @param state the contract and the counter
   * @return the generated evaluation, for the blackhole
   */
  @Benchmark
  public GeneratedEvaluation generateClass(Generation state) {
    return state.generator.generate(state.contract, "bench-" + state.count++).orElseThrow();
  }
}
