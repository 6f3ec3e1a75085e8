package dev.leadspec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;

class KieAnalysisTest {

  @Test
  void kie_analyses_the_same_50_row_table_and_finds_the_same_injected_gap_and_overlap() {
    AnalysisGrid grid = AnalysisGrid.of(50);
    List<DMNMessage> messages = new KieAnalysis(grid).analyse();
    assertThat(KieAnalysis.gaps(messages)).as(messages.toString()).isEqualTo(grid.gapRows.size());
    assertThat(KieAnalysis.overlaps(messages)).as(messages.toString()).isEqualTo(grid.overlapRows.size());
  }
}
