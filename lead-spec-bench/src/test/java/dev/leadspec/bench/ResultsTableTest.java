package dev.leadspec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rendered results, on the committed JMH run with and without the composites-and-tables rows. */
class ResultsTableTest {
  private final Map<String, JsonObject> committed = ResultsTable.read(Path.of("results/evaluate.json"));
  private final Map<String, JsonObject> cold = ResultsTable.read(Path.of("results/cold.json"));

  @Test
  void a_run_without_the_tables_benchmark_renders_without_its_section() {
    // given: the committed run, any composites-and-tables rows taken out
    Map<String, JsonObject> older = new LinkedHashMap<>(committed);
    older.keySet().removeIf(name -> name.startsWith("TablesBenchmark."));

    // when
    String md = ResultsTable.render(older, cold, "machine", "", "");

    // then
    assertThat(md).contains("## Evaluating one lead").doesNotContain("Composites and tables");
  }

  @Test
  void the_tables_section_gives_ns_and_bytes_per_lead_the_ratio_to_hand_written_and_generated_over_interpreted() {
    // given: 100, 250 and 200 ns per lead
    Map<String, JsonObject> run = new LinkedHashMap<>(committed);
    run.put("TablesBenchmark.handWritten", result(10_000_000, 32));
    run.put("TablesBenchmark.interpreted", result(4_000_000, 120));
    run.put("TablesBenchmark.generated", result(5_000_000, 88));

    // when
    String md = ResultsTable.render(run, cold, "machine", "", "");

    // then
    String section = md.substring(md.indexOf("## Composites and tables"), md.indexOf("## Targets (issue 7"));
    assertThat(section)
        .contains("| hand-written Java over the same `Lead`s (the floor) | 10,000,000 | 0 | 100.0 | 1.00 | 32 |")
        .contains("| lead-spec, interpreted | 4,000,000 | 0 | 250.0 | 2.50 | 120 |")
        .contains("| lead-spec generated (lead-spec-codegen) | 5,000,000 | 0 | 200.0 | 2.00 | 88 |")
        .contains("Generated ÷ interpreted, ns per lead: 0.80×.");
  }

  @Test
  void a_run_with_part_of_the_tables_benchmark_says_which_rows_were_not_measured() {
    // given
    Map<String, JsonObject> run = new LinkedHashMap<>(committed);
    run.put("TablesBenchmark.interpreted", result(4_000_000, 120));

    // when
    String md = ResultsTable.render(run, cold, "machine", "", "");

    // then
    assertThat(md)
        .contains("| hand-written Java over the same `Lead`s (the floor) | not measured | | | | |")
        .contains("| lead-spec, interpreted | 4,000,000 | 0 | 250.0 | n/a | 120 |")
        .doesNotContain("Generated ÷ interpreted");
  }

  private static JsonObject result(long opsPerSecond, long bytesPerOp) {
    JsonObject primary = new JsonObject();
    primary.addProperty("score", opsPerSecond);
    primary.addProperty("scoreError", 0);
    primary.addProperty("scoreUnit", "ops/s");
    JsonObject norm = new JsonObject();
    norm.addProperty("score", bytesPerOp);
    JsonObject secondary = new JsonObject();
    secondary.add("gc.alloc.rate.norm", norm);
    JsonObject result = new JsonObject();
    result.add("primaryMetric", primary);
    result.add("secondaryMetrics", secondary);
    return result;
  }
}
