package dev.leadspec.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders the committed JMH results ({@code evaluate.json}, {@code cold.json}) as the Markdown
 * table in {@code results.md}, with every ratio taken between benchmarks of the same run.
 *
 * <pre>{@code
 * java -cp lead-spec-bench/target/benchmarks.jar dev.leadspec.bench.ResultsTable lead-spec-bench/results
 * }</pre>
 */
public final class ResultsTable {
  private static final String PACKAGE = "dev.leadspec.bench.";
  private static final Map<String, String> IMPLEMENTATIONS = new LinkedHashMap<>();

  static {
    IMPLEMENTATIONS.put("handWritten", "hand-written Java (the limit)");
    IMPLEMENTATIONS.put("handWrittenOverLead", "hand-written Java over lead-spec leads built beforehand (the floor for such leads)");
    IMPLEMENTATIONS.put("handWrittenOverLaidOutLead", "hand-written Java over lead-spec leads built beforehand with the host's `LeadLayout` (the floor for such leads)");
    IMPLEMENTATIONS.put("leadSpecPrebuilt", "lead-spec, leads built beforehand");
    IMPLEMENTATIONS.put("leadSpecConverting", "lead-spec, including conversion");
    IMPLEMENTATIONS.put("leadSpecPrebuiltLayout", "lead-spec, leads built beforehand with the host's `LeadLayout`");
    IMPLEMENTATIONS.put("leadSpecConvertingLayout", "lead-spec, including conversion with the host's `LeadLayout`");
    IMPLEMENTATIONS.put("leadSpecGeneratedPrebuilt", "lead-spec generated (lead-spec-codegen), leads built beforehand");
    IMPLEMENTATIONS.put("leadSpecGeneratedConverting", "lead-spec generated (lead-spec-codegen), including conversion");
    IMPLEMENTATIONS.put("leadSpecGeneratedPrebuiltLayout", "lead-spec generated, leads built beforehand with the host's `LeadLayout`");
    IMPLEMENTATIONS.put("leadSpecGeneratedConvertingLayout", "lead-spec generated, including conversion with the host's `LeadLayout`");
    IMPLEMENTATIONS.put("leadConversion", "conversion alone: host record to `Lead`, as the converting rows do it");
    IMPLEMENTATIONS.put("leadConversionLayout", "conversion alone, with the host's `LeadLayout` (same facts, an equal `Lead`)");
    IMPLEMENTATIONS.put("easyRulesOneFact", "Easy Rules 4.1.0 (lambda rules, the record as one fact)");
    IMPLEMENTATIONS.put("easyRules", "Easy Rules 4.1.0 (lambda rules, a fact per field; slower formulation, extra row)");
    IMPLEMENTATIONS.put("kieDmn", "Apache KIE DMN 10.2.0 (interpreted FEEL, runtime reused, context of the nine inputs)");
    IMPLEMENTATIONS.put("camundaLegacyFeel", "Camunda 7.24 DMN, legacy FEEL (decision parsed once, map of the nine inputs)");
    IMPLEMENTATIONS.put("camundaDefault", "Camunda 7.24 DMN, as shipped: FEEL Scala (slower formulation, extra row)");
    IMPLEMENTATIONS.put("jsonLogic", "json-logic-java 1.1.0 (rule parsed once, evaluator reused, map of the nine inputs)");
  }

  private static final List<String> PEERS = List.of("easyRulesOneFact", "easyRules", "kieDmn", "camundaLegacyFeel", "camundaDefault", "jsonLogic");

  private ResultsTable() {}

  /**
   * Reads {@code evaluate.json}, {@code cold.json} and, if present, {@code machine.txt} (written
   * by {@code run.sh}), {@code threads-cpu.txt} and {@code evaluate-cpu.txt} from the directory and
   * writes {@code results.md} beside them.
   *
   * <pre>{@code
   * ResultsTable.main(new String[] {"lead-spec-bench/results"});
   * }</pre>
   *
   * @param args the results directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "lead-spec-bench/results");
    Map<String, JsonObject> run = read(dir.resolve("evaluate.json"));
    Map<String, JsonObject> cold = read(dir.resolve("cold.json"));
    Path machineFile = dir.resolve("machine.txt");
    String machine = Files.exists(machineFile) ? Files.readString(machineFile, StandardCharsets.UTF_8) : "(no machine.txt)";
    Path cpu = dir.resolve("threads-cpu.txt");
    String threadsCpu = Files.exists(cpu) ? Files.readString(cpu, StandardCharsets.UTF_8) : "";
    Path evaluateCpuFile = dir.resolve("evaluate-cpu.txt");
    String evaluateCpu = Files.exists(evaluateCpuFile) ? Files.readString(evaluateCpuFile, StandardCharsets.UTF_8) : "";
    Files.writeString(dir.resolve("results.md"), render(run, cold, machine, threadsCpu, evaluateCpu), StandardCharsets.UTF_8);
  }

  /** The three speed targets of generated evaluation, for leads built one way ({@code how}, empty for {@code Lead.builder()}). */
  private static void generatedTargets(StringBuilder md, String how, BigDecimal prebuilt, BigDecimal converting, BigDecimal floor,
      String fastestPeer, BigDecimal fastestPeerNs) {
    target(md, "generated, leads built beforehand" + how + ": ≤ 1.15× hand-written Java over the same `Lead`s", ratio(prebuilt, floor) + "×",
        prebuilt.compareTo(floor.multiply(new BigDecimal("1.15"))) <= 0);
    target(md, "generated, leads built beforehand" + how + ": ≥ 20× faster than the fastest peer (" + IMPLEMENTATIONS.get(fastestPeer) + ")",
        ratio(fastestPeerNs, prebuilt) + "×", fastestPeerNs.compareTo(prebuilt.multiply(BigDecimal.valueOf(20))) >= 0);
    target(md, "generated, including conversion" + how + ": ≥ 10× faster than the fastest peer", ratio(fastestPeerNs, converting) + "×",
        fastestPeerNs.compareTo(converting.multiply(BigDecimal.valueOf(10))) >= 0);
  }

  static Map<String, JsonObject> read(Path json) {
    try {
      JsonArray array = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonArray();
      Map<String, JsonObject> byName = new LinkedHashMap<>();
      for (JsonElement element : array) {
        JsonObject result = element.getAsJsonObject();
        String name = result.get("benchmark").getAsString();
        byName.put(name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name, result);
      }
      return byName;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + json, e);
    }
  }

  static String render(Map<String, JsonObject> run, Map<String, JsonObject> cold, String machine, String threadsCpu, String evaluateCpu) {
    StringBuilder md = new StringBuilder();
    md.append("# lead-spec-bench results\n\n");
    md.append("Rendered by `dev.leadspec.bench.ResultsTable` from `evaluate.json` and `cold.json` in this folder. ")
        .append("Every ratio is between benchmarks of the same JMH run. One op = one lead; ")
        .append("ns per lead = 10^9 / throughput.\n\n");

    JsonObject hand = run.get("EvaluateBenchmark.handWritten");
    BigDecimal handNs = nsPerOp(hand);
    md.append("## Evaluating one lead (outcome and every failed criterion id)\n\n");
    md.append("| implementation | ops/s | ± (99.9 %) | ns per lead | × hand-written | bytes per lead |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, String> implementation : IMPLEMENTATIONS.entrySet()) {
      JsonObject result = run.get("EvaluateBenchmark." + implementation.getKey());
      if (result == null) {
        md.append("| ").append(implementation.getValue()).append(" | not measured | | | | |\n");
        continue;
      }
      BigDecimal ns = nsPerOp(result);
      md.append("| ").append(implementation.getValue())
          .append(" | ").append(whole(score(result)))
          .append(" | ").append(whole(error(result)))
          .append(" | ").append(decimal(ns, 1))
          .append(" | ").append(decimal(ns.divide(handNs, 6, RoundingMode.HALF_EVEN), 2))
          .append(" | ").append(allocation(result).map(b -> decimal(b, 0)).orElse("n/a"))
          .append(" |\n");
    }

    BigDecimal prebuilt = nsPerOp(run.get("EvaluateBenchmark.leadSpecPrebuilt"));
    BigDecimal converting = nsPerOp(run.get("EvaluateBenchmark.leadSpecConverting"));
    String fastestPeer = null;
    BigDecimal fastestPeerNs = null;
    for (String peer : PEERS) {
      JsonObject result = run.get("EvaluateBenchmark." + peer);
      if (result != null && (fastestPeerNs == null || nsPerOp(result).compareTo(fastestPeerNs) < 0)) {
        fastestPeer = peer;
        fastestPeerNs = nsPerOp(result);
      }
    }
    BigDecimal one = score(run.get("ThreadsBenchmark.oneThread"));
    BigDecimal two = score(run.get("ThreadsBenchmark.twoThreads"));
    BigDecimal warmUs = score(run.get("BuildBenchmark.buildAndCompile"));
    BigDecimal prebuiltBytes = allocation(run.get("EvaluateBenchmark.leadSpecPrebuilt")).orElseThrow();

    md.append("\n## Targets (issue 7, item 6)\n\n");
    md.append("| target | measured | met |\n|---|---:|:---:|\n");
    target(md, "lead-spec, leads built beforehand: ≤ 3× hand-written per lead", ratio(prebuilt, handNs) + "×",
        prebuilt.compareTo(handNs.multiply(BigDecimal.valueOf(3))) <= 0);
    target(md, "lead-spec including conversion: ≤ 6× hand-written per lead", ratio(converting, handNs) + "×",
        converting.compareTo(handNs.multiply(BigDecimal.valueOf(6))) <= 0);
    target(md, "lead-spec: ≤ 256 bytes allocated per lead (leads built beforehand)", decimal(prebuiltBytes, 0) + " B",
        prebuiltBytes.compareTo(BigDecimal.valueOf(256)) <= 0);
    if (fastestPeerNs != null) {
      target(md, "lead-spec (leads built beforehand) ≥ 20× faster than the fastest peer (" + IMPLEMENTATIONS.get(fastestPeer) + ")",
          ratio(fastestPeerNs, prebuilt) + "×", fastestPeerNs.compareTo(prebuilt.multiply(BigDecimal.valueOf(20))) >= 0);
      target(md, "the same, lead-spec including conversion (peers all convert)",
          ratio(fastestPeerNs, converting) + "×", fastestPeerNs.compareTo(converting.multiply(BigDecimal.valueOf(20))) >= 0);
    }
    target(md, "two threads sharing one contract ≥ 1.8× one thread", ratio(two, one) + "×",
        two.compareTo(one.multiply(new BigDecimal("1.8"))) >= 0);
    target(md, "contract build + compile, warm: < 5 ms", decimal(warmUs, 1) + " µs",
        warmUs.compareTo(BigDecimal.valueOf(5000)) < 0);

    JsonObject overLead = run.get("EvaluateBenchmark.handWrittenOverLead");
    if (overLead != null) {
      md.append("\nFor orientation, not a target: on leads built beforehand, lead-spec takes ")
          .append(ratio(prebuilt, nsPerOp(overLead))).append("× the time of hand-written Java reading the same `Lead`s through ")
          .append("`facts()`, which itself takes ").append(ratio(nsPerOp(overLead), handNs))
          .append("× hand-written Java on the host's record.\n");
    }
    JsonObject generatedPrebuilt = run.get("EvaluateBenchmark.leadSpecGeneratedPrebuilt");
    JsonObject generatedConverting = run.get("EvaluateBenchmark.leadSpecGeneratedConverting");
    JsonObject generatedPrebuiltLayout = run.get("EvaluateBenchmark.leadSpecGeneratedPrebuiltLayout");
    JsonObject generatedConvertingLayout = run.get("EvaluateBenchmark.leadSpecGeneratedConvertingLayout");
    JsonObject overLaidOut = run.get("EvaluateBenchmark.handWrittenOverLaidOutLead");
    if (generatedPrebuilt != null && generatedConverting != null && overLead != null && fastestPeerNs != null
        && generatedPrebuiltLayout != null && generatedConvertingLayout != null && overLaidOut != null) {
      md.append("\n## Targets of generated evaluation (issue 23, item 5)\n\n")
          .append("A host builds its leads with `Lead.builder()` or, declaring its record's fields once, with ")
          .append("`Lead.builder(LeadLayout)`: the same facts, an equal `Lead`, a lighter conversion. ")
          .append("The targets are stated for both.\n\n");
      md.append("| target | measured | met |\n|---|---:|:---:|\n");
      generatedTargets(md, "", nsPerOp(generatedPrebuilt), nsPerOp(generatedConverting), nsPerOp(overLead), fastestPeer, fastestPeerNs);
      generatedTargets(md, ", the host's `LeadLayout`", nsPerOp(generatedPrebuiltLayout), nsPerOp(generatedConvertingLayout),
          nsPerOp(overLaidOut), fastestPeer, fastestPeerNs);
      JsonObject generation = run.get("BuildBenchmark.generateClass");
      if (generation != null) {
        BigDecimal generationUs = score(generation);
        target(md, "generating a contract's class, warm: ≤ 5 ms", decimal(generationUs, 1) + " µs",
            generationUs.compareTo(BigDecimal.valueOf(5000)) <= 0);
      }
      BigDecimal gen = nsPerOp(generatedPrebuilt);
      BigDecimal genConverting = nsPerOp(generatedConverting);
      md.append("\nSame run, for orientation: generated code takes ").append(ratio(gen, prebuilt))
          .append("× the interpreter's time on leads built beforehand and ").append(ratio(genConverting, converting))
          .append("× including conversion.\n");
      JsonObject conversion = run.get("EvaluateBenchmark.leadConversion");
      JsonObject conversionLayout = run.get("EvaluateBenchmark.leadConversionLayout");
      if (conversion != null && conversionLayout != null) {
        BigDecimal conversionNs = nsPerOp(conversion);
        BigDecimal layoutNs = nsPerOp(conversionLayout);
        BigDecimal genLayout = nsPerOp(generatedConvertingLayout);
        md.append("\n**Conversion.** Building the `Lead` from the host's record with `Lead.builder()` alone takes ")
            .append(decimal(conversionNs, 1)).append(" ns and ").append(allocation(conversion).map(b -> decimal(b, 0)).orElse("n/a"))
            .append(" bytes per lead: ").append(percent(conversionNs, genConverting))
            .append(" of generated evaluation including conversion (").append(decimal(genConverting, 1))
            .append(" ns). With the host's `LeadLayout` (the same eleven facts, the lead holding the layout's slots and no ")
            .append("names of its own) it takes ").append(decimal(layoutNs, 1)).append(" ns and ")
            .append(allocation(conversionLayout).map(b -> decimal(b, 0)).orElse("n/a"))
            .append(" bytes: ").append(percent(layoutNs, genLayout)).append(" of generated evaluation including it (")
            .append(decimal(genLayout, 1)).append(" ns).\n");
      }
    }
    if (!evaluateCpu.isBlank()) {
      md.append("\n## CPU time per lead (`EvaluateCpuTime`, `evaluate-cpu.txt`)\n\n")
          .append("The same implementations read from the measuring thread's own CPU clock, after the JMH run, ")
          .append("best of rounds 2 to 6 (a second measure, which other processes waiting for the cores do not inflate):\n\n```\n")
          .append(evaluateCpu.strip()).append("\n```\n");
    }
    md.append("\n## Contract build + compile\n\n");
    md.append("| | time | ± (99.9 %) |\n|---|---:|---:|\n");
    md.append("| build + compile (interpreted), warm (average, ").append(unit(run.get("BuildBenchmark.buildAndCompile"))).append(") | ")
        .append(decimal(warmUs, 1)).append(" | ").append(decimal(error(run.get("BuildBenchmark.buildAndCompile")), 1)).append(" |\n");
    JsonObject first = cold.get("BuildBenchmark.buildAndCompile");
    if (first != null) {
      md.append("| build + compile (interpreted), cold: first use in a fresh JVM (single shot, ").append(first.get("forks").getAsInt()).append(" forks, ")
          .append(unit(first)).append(") | ").append(decimal(score(first), 1)).append(" | ")
          .append(decimal(error(first), 1)).append(" |\n");
    }
    for (String[] build : new String[][] {
        {"buildCompileAndGenerate", "build + compile with generated code (the class cached by fingerprint once made)"},
        {"generateClass", "generating, defining and instantiating a new hidden class for the contract"}}) {
      JsonObject warm = run.get("BuildBenchmark." + build[0]);
      if (warm != null) {
        md.append("| ").append(build[1]).append(", warm (average, ").append(unit(warm)).append(") | ")
            .append(decimal(score(warm), 1)).append(" | ").append(decimal(error(warm), 1)).append(" |\n");
      }
      JsonObject coldRun = cold.get("BuildBenchmark." + build[0]);
      if (coldRun != null) {
        md.append("| ").append(build[1]).append(", cold: first use in a fresh JVM, ASM's classes loaded (single shot, ")
            .append(coldRun.get("forks").getAsInt()).append(" forks, ").append(unit(coldRun)).append(") | ")
            .append(decimal(score(coldRun), 1)).append(" | ").append(decimal(error(coldRun), 1)).append(" |\n");
      }
    }

    md.append("\n## Threads\n\n| | ops/s | ± (99.9 %) |\n|---|---:|---:|\n");
    md.append("| one thread | ").append(whole(one)).append(" | ").append(whole(error(run.get("ThreadsBenchmark.oneThread")))).append(" |\n");
    md.append("| two threads, one shared evaluator | ").append(whole(two)).append(" | ")
        .append(whole(error(run.get("ThreadsBenchmark.twoThreads")))).append(" |\n");
    if (!threadsCpu.isBlank()) {
      md.append("\nThe same evaluator, each thread's own CPU clock (`ThreadCpuTime`, `threads-cpu.txt`):\n\n```\n")
          .append(threadsCpu.strip()).append("\n```\n");
    }

    md.append("\n## Run\n\n");
    md.append("- JVM: ").append(hand.get("vmName").getAsString()).append(' ').append(hand.get("vmVersion").getAsString())
        .append(" (JDK ").append(hand.get("jdkVersion").getAsString()).append("), JMH ")
        .append(hand.get("jmhVersion").getAsString()).append('\n');
    int forks = hand.get("forks").getAsInt();
    md.append("- JMH settings: ").append(forks).append(forks == 1 ? " fork, " : " forks, ")
        .append(hand.get("warmupIterations").getAsInt()).append(" × ").append(hand.get("warmupTime").getAsString())
        .append(" warm-up, ").append(hand.get("measurementIterations").getAsInt()).append(" × ")
        .append(hand.get("measurementTime").getAsString()).append(" measurement, `-prof gc`\n");
    md.append("\n```\n").append(machine.strip()).append("\n```\n");
    return md.toString();
  }

  private static void target(StringBuilder md, String target, String measured, boolean met) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
  }

  private static BigDecimal score(@Nullable JsonObject result) {
    return require(result).getAsJsonObject("primaryMetric").get("score").getAsBigDecimal();
  }

  private static BigDecimal error(@Nullable JsonObject result) {
    JsonElement error = require(result).getAsJsonObject("primaryMetric").get("scoreError");
    return error.isJsonPrimitive() && error.getAsJsonPrimitive().isNumber() ? error.getAsBigDecimal() : BigDecimal.ZERO;
  }

  private static String unit(@Nullable JsonObject result) {
    return require(result).getAsJsonObject("primaryMetric").get("scoreUnit").getAsString();
  }

  private static JsonObject require(@Nullable JsonObject result) {
    if (result == null) {
      throw new IllegalStateException("a benchmark the table needs is missing from the results");
    }
    return result;
  }

  /** ns per op from a throughput in ops/s. */
  private static BigDecimal nsPerOp(@Nullable JsonObject result) {
    if (!unit(result).equals("ops/s")) {
      throw new IllegalStateException("expected ops/s but got " + unit(result));
    }
    return BigDecimal.valueOf(1_000_000_000L).divide(score(result), 6, RoundingMode.HALF_EVEN);
  }

  private static Optional<BigDecimal> allocation(@Nullable JsonObject result) {
    JsonObject secondary = require(result).getAsJsonObject("secondaryMetrics");
    if (secondary == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, JsonElement> metric : secondary.entrySet()) {
      if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
        return Optional.of(metric.getValue().getAsJsonObject().get("score").getAsBigDecimal());
      }
    }
    return Optional.empty();
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    return decimal(part.multiply(BigDecimal.valueOf(100)).divide(whole, 6, RoundingMode.HALF_EVEN), 0) + " %";
  }

  private static String ratio(BigDecimal a, BigDecimal b) {
    return decimal(a.divide(b, 6, RoundingMode.HALF_EVEN), 2);
  }

  private static String decimal(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String whole(BigDecimal value) {
    return String.format(Locale.ROOT, "%,d", value.setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
  }
}
