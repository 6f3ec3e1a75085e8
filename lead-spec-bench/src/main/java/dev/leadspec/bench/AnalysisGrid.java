package dev.leadspec.bench;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis benchmark's contracts (issue 8, item 8): a UNIQUE, complete table over three
 * numeric columns with half-open ranges and two enumerations, built as a grid with no gap and no
 * overlap, then one row in 50 given a gap (its upper bound lowered by one) and one in 50 an
 * overlap (its half-open range closed, so it meets the next row's lower bound).
 */
final class AnalysisGrid {
  final Contract contract;
  final List<String> gapRows = new ArrayList<>();
  final List<List<String>> overlapRows = new ArrayList<>();

  private AnalysisGrid(int a, int b, int c, int x, int y) {
    List<String> xs = codes("X", x);
    List<String> ys = codes("Y", y);
    Table.Builder table = Table.builder().id("grid").hitPolicy(HitPolicy.UNIQUE).complete(true);
    int perA = b * c * x * y;
    int id = 0;
    for (int ia = 0; ia < a; ia++) {
      for (int ib = 0; ib < b; ib++) {
        for (int ic = 0; ic < c; ic++) {
          for (String cx : xs) {
            for (String cy : ys) {
              long high = (ia + 1) * 10L;
              if (id % 50 == 7) {
                high--;
                gapRows.add("R" + id);
              }
              boolean closed = id % 50 == 13 && ia + 1 < a;
              if (closed) {
                overlapRows.add(List.of("R" + id, "R" + (id + perA)));
              }
              table.addRows(Row.of("R" + id, Condition.all(
                  new Condition.Between("a", Value.of(ia * 10L), Value.of(high), true, closed),
                  new Condition.Between("b", Value.of(ib * 10L), Value.of((ib + 1) * 10L), true, false),
                  new Condition.Between("c", Value.of(ic * 10L), Value.of((ic + 1) * 10L), true, false),
                  new Condition.In("e1", List.of(cx), false),
                  new Condition.In("e2", List.of(cy), false)), Output.code("O" + id)));
              id++;
            }
          }
        }
      }
    }
    contract = Contract.builder().id("grid-" + id).version(1).title("Analysis grid of " + id + " rows")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(integer("a"), integer("b"), integer("c"),
            Field.builder().name("e1").kind(FieldKind.CHOICE).addAllCodes(xs).build(),
            Field.builder().name("e2").kind(FieldKind.CHOICE).addAllCodes(ys).build())
        .addCriteria(
            required("A", new Condition.Between("a", Value.of(0), Value.of(a * 10L), true, false)),
            required("B", new Condition.Between("b", Value.of(0), Value.of(b * 10L), true, false)),
            required("C", new Condition.Between("c", Value.of(0), Value.of(c * 10L), true, false)),
            required("E", Condition.all(new Condition.Known("e1", true), new Condition.Known("e2", true))))
        .addTables(table.build())
        .build();
  }

  /** The grid of about {@code rows} rows: 50, 200 or 1000. */
  static AnalysisGrid of(int rows) {
    switch (rows) {
      case 50:
        return new AnalysisGrid(5, 1, 1, 5, 2);
      case 200:
        return new AnalysisGrid(5, 5, 2, 2, 2);
      case 1000:
        return new AnalysisGrid(5, 5, 5, 2, 4);
      default:
        throw new IllegalArgumentException("grids of 50, 200 or 1000 rows, not " + rows);
    }
  }

  int rows() {
    return contract.tables().get(0).rows().size();
  }

  private static List<String> codes(String prefix, int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      codes.add(prefix + i);
    }
    return codes;
  }

  private static Field integer(String name) {
    return Field.builder().name(name).kind(FieldKind.INTEGER).build();
  }

  private static Criterion required(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).role(Role.REQUIRED).condition(condition).build();
  }
}
