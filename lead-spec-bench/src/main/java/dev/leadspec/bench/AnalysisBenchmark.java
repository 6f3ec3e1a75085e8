package dev.leadspec.bench;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.dmn.api.core.DMNMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The exact analysis of a UNIQUE table of 50, 200 and 1000 rows with injected gaps and overlaps
 * (issue 8, item 8): one op = one complete analysis. Before measuring, the trial checks that
 * every injected defect is found with exactly one finding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {
  @Param({"50", "200", "1000"})
  public int rows;

  private AnalysisGrid grid;
  private KieAnalysis kie;

  /** Builds the grid and checks the analysis finds each injected defect once; shows what KIE finds. */
  @Setup(Level.Trial)
  public void setUp() {
    grid = AnalysisGrid.of(rows);
    check(grid, ContractAnalysis.of(grid.contract));
    kie = new KieAnalysis(grid);
    List<DMNMessage> messages = kie.analyse();
    System.out.println(rows + " rows: injected " + grid.gapRows.size() + " gaps and " + grid.overlapRows.size()
        + " overlaps; KIE reports " + KieAnalysis.gaps(messages) + " gap and " + KieAnalysis.overlaps(messages)
        + " overlap messages");
  }

  static void check(AnalysisGrid grid, ContractAnalysis analysis) {
    List<Finding> gaps = analysis.findings(Finding.Code.TABLE_GAP);
    List<Finding> overlaps = analysis.findings(Finding.Code.TABLE_OVERLAP);
    if (!analysis.isComplete() || gaps.size() != grid.gapRows.size() || overlaps.size() != grid.overlapRows.size()) {
      throw new IllegalStateException(grid.rows() + " rows: expected " + grid.gapRows.size() + " gaps and " + grid.overlapRows.size()
          + " overlaps, found " + gaps.size() + " and " + overlaps.size() + (analysis.isComplete() ? "" : " (incomplete)"));
    }
    for (int i = 0; i < overlaps.size(); i++) {
      if (!overlaps.get(i).rowIds().equals(grid.overlapRows.get(i))) {
        throw new IllegalStateException("overlap " + i + ": expected rows " + grid.overlapRows.get(i) + ", found "
            + overlaps.get(i).rowIds());
      }
    }
  }

  /**
   * Analyses the contract from scratch.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> analyse() {
    return ContractAnalysis.of(grid.contract).findings();
  }

  /**
   * Apache KIE 10.2.0 analyses the same table as DMN ({@code ANALYZE_DECISION_TABLE}), from its
   * DMN text, as a modeller's tool would.
   *
   * @return KIE's messages
   */
  @Benchmark
  public List<DMNMessage> kie() {
    return kie.analyse();
  }
}
