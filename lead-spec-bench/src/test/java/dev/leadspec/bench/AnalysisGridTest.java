package dev.leadspec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.analysis.ContractAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalysisGridTest {

  @ParameterizedTest(name = "{0} rows")
  @ValueSource(ints = {50, 200, 1000})
  void every_injected_gap_and_overlap_is_found_with_exactly_one_finding(int rows) {
    AnalysisGrid grid = AnalysisGrid.of(rows);
    assertThat(grid.rows()).isEqualTo(rows);
    assertThat(grid.gapRows).isNotEmpty();
    assertThat(grid.overlapRows).isNotEmpty();
    AnalysisBenchmark.check(grid, ContractAnalysis.of(grid.contract));
  }
}
