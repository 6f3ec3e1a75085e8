package dev.leadspec.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A complete UNIQUE grid over three numeric and two code columns, with a few defects injected. */
class GridAnalysisTest {
  private static final int A = 5;
  private static final int B = 5;
  private static final int C = 2;
  private static final List<String> XS = List.of("X", "Y");
  private static final List<String> YS = List.of("P", "Q");

  @Test
  void every_injected_gap_and_overlap_in_a_200_row_grid_is_found_exactly_once() {
    // given: rows 7, 57, ... lose the top of their range of a; rows 13, 63, ... close it
    List<Integer> gapRows = new ArrayList<>();
    List<List<String>> overlapRows = new ArrayList<>();
    Contract grid = grid(gapRows, overlapRows);

    // when
    ContractAnalysis analysis = ContractAnalysis.of(grid);

    // then
    List<Finding> gaps = analysis.findings(Finding.Code.TABLE_GAP);
    assertThat(gaps).hasSize(gapRows.size());
    for (int i = 0; i < gaps.size(); i++) {
      int row = gapRows.get(i);
      long top = (row / (B * C * 4) + 1) * 10L - 1;
      assertThat(gaps.get(i).example().orElseThrow().fact("a")).contains(Value.of(top));
    }
    assertThat(analysis.findings(Finding.Code.TABLE_OVERLAP)).extracting(Finding::rowIds).containsExactlyElementsOf(overlapRows);
    assertThat(analysis.isComplete()).isTrue();
  }

  private static Contract grid(List<Integer> gapRows, List<List<String>> overlapRows) {
    Field e1 = Field.builder().name("e1").kind(FieldKind.CHOICE).addAllCodes(XS).build();
    Field e2 = Field.builder().name("e2").kind(FieldKind.CHOICE).addAllCodes(YS).build();
    Table.Builder table = Table.builder().id("grid").hitPolicy(HitPolicy.UNIQUE).complete(true);
    int perA = B * C * XS.size() * YS.size();
    int id = 0;
    for (int a = 0; a < A; a++) {
      for (int b = 0; b < B; b++) {
        for (int c = 0; c < C; c++) {
          for (String x : XS) {
            for (String y : YS) {
              long high = (a + 1) * 10L;
              if (id % 50 == 7) {
                high--;
                gapRows.add(id);
              }
              boolean closed = id % 50 == 13;
              if (closed && a + 1 < A) {
                overlapRows.add(List.of("R" + id, "R" + (id + perA)));
              }
              Condition condition = Condition.all(
                  new Condition.Between("a", Value.of(a * 10L), Value.of(high), true, closed),
                  new Condition.Between("b", Value.of(b * 10L), Value.of((b + 1) * 10L), true, false),
                  new Condition.Between("c", Value.of(c * 10L), Value.of((c + 1) * 10L), true, false),
                  new Condition.In("e1", List.of(x), false),
                  new Condition.In("e2", List.of(y), false));
              table.addRows(Row.of("R" + id, condition, Output.code("O" + id)));
              id++;
            }
          }
        }
      }
    }
    return Contracts.contract("grid", 1)
        .addFields(Contracts.integer("a"), Contracts.integer("b"), Contracts.integer("c"), e1, e2)
        .addCriteria(Contracts.required("A", new Condition.Between("a", Value.of(0), Value.of(A * 10L), true, false)))
        .addCriteria(Contracts.required("B", new Condition.Between("b", Value.of(0), Value.of(B * 10L), true, false)))
        .addCriteria(Contracts.required("C", new Condition.Between("c", Value.of(0), Value.of(C * 10L), true, false)))
        .addCriteria(Contracts.required("E", Condition.all(new Condition.Known("e1", true), new Condition.Known("e2", true))))
        .addTables(table.build())
        .build();
  }
}
