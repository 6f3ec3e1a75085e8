package dev.leadspec.analysis;

import dev.leadspec.analysis.BoxMemo.LiveRows;
import dev.leadspec.eval.TableResult;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract over boxes: its criteria and table rows compiled to {@link BoxCondition}s over a
 * {@link Space}, with the evaluator's rules for outcomes: a criterion's UNKNOWN counts as its
 * {@code unknownAs}; a lead is accepted when every required criterion counts as met and no
 * disqualifier does; tables classify accepted leads only, a row matching when its condition is
 * MET.
 */
final class BoxContract {
  private static final BoxAnswer<BoxVerdict> REJECTED = BoxAnswer.decided(BoxVerdict.REJECTED);

  /** In a mask of {@link #holds}/{@link #matches}: the criterion holds, the row matches, on some lead of the box. */
  static final int HOLDS = 1;
  /** In such a mask: it fails on some lead of the box. */
  static final int FAILS = 2;

  final Contract contract;
  final BoxCondition[] criteria;
  final boolean[] disqualifier;
  final boolean[] unknownMet;
  final BoxCondition[][] rows;
  private final boolean[] firstHit;

  BoxContract(Contract contract, Space space) {
    this.contract = contract;
    BoxConditionCompiler compiler = new BoxConditionCompiler(space, contract);
    List<Criterion> list = contract.criteria();
    criteria = new BoxCondition[list.size()];
    disqualifier = new boolean[list.size()];
    unknownMet = new boolean[list.size()];
    for (int i = 0; i < criteria.length; i++) {
      Criterion criterion = list.get(i);
      criteria[i] = compiler.compile(criterion.condition());
      disqualifier[i] = criterion.role() == Role.DISQUALIFIER;
      unknownMet[i] = criterion.unknownAs() == Status.MET;
    }
    List<Table> tables = contract.tables();
    rows = new BoxCondition[tables.size()][];
    firstHit = new boolean[tables.size()];
    for (int t = 0; t < rows.length; t++) {
      Table table = tables.get(t);
      firstHit[t] = table.hitPolicy() == HitPolicy.FIRST;
      rows[t] = new BoxCondition[table.rows().size()];
      for (int r = 0; r < rows[t].length; r++) {
        rows[t][r] = compiler.compile(table.rows().get(r).condition());
      }
    }
  }

  /** Whether criterion {@code i} holds (counts towards acceptance) on the box: a mask of HOLDS and FAILS. */
  int holds(int i, Box box) {
    int s = criteria[i].eval(box);
    int counted = s & (BoxCondition.MET | BoxCondition.NOT_MET);
    if ((s & BoxCondition.UNKNOWN) != 0) {
      counted |= unknownMet[i] ? BoxCondition.MET : BoxCondition.NOT_MET;
    }
    int met = (counted & BoxCondition.MET) != 0 ? 1 : 0;
    int notMet = (counted & BoxCondition.NOT_MET) != 0 ? 1 : 0;
    return disqualifier[i] ? (notMet * HOLDS | met * FAILS) : (met * HOLDS | notMet * FAILS);
  }

  /** Whether row {@code r} of table {@code t} matches on the box: a mask of HOLDS and FAILS. */
  int matches(int t, int r, Box box) {
    int s = rows[t][r].eval(box);
    return ((s & BoxCondition.MET) != 0 ? HOLDS : 0) | ((s & (BoxCondition.NOT_MET | BoxCondition.UNKNOWN)) != 0 ? FAILS : 0);
  }

  /**
   * The verdict on the box as far as {@code table} goes ({@code -1}: every table), or the
   * condition to split the box along when it is not constant. The box's memo (slot {@code slot}
   * of two, one per contract a question compares) keeps, once every criterion is decided, the
   * rows that can still match, for the box's parts.
   */
  BoxAnswer<BoxVerdict> verdict(Box box, int table, int slot) {
    LiveRows live = box.memo.liveRows(slot);
    if (live == null) {
      int undecided = -1;
      for (int i = 0; i < criteria.length; i++) {
        int holds = holds(i, box);
        if (holds == FAILS) {
          return REJECTED;
        }
        if (holds != HOLDS && undecided < 0) {
          undecided = i;
        }
      }
      if (undecided >= 0) {
        return BoxAnswer.split(criteria[undecided]);
      }
    }
    List<List<Integer>> results = new ArrayList<>();
    int[][] still = new int[rows.length][];
    for (int t = 0; t < rows.length; t++) {
      if (table >= 0 && t != table) {
        continue;
      }
      boolean first = firstHit[t];
      int[] candidates = live != null ? live.rows(t) : null;
      int n = candidates != null ? candidates.length : rows[t].length;
      int[] alive = new int[n];
      int kept = 0;
      List<Integer> matching = new ArrayList<>();
      BoxCondition split = null;
      for (int k = 0; k < n; k++) {
        int r = candidates != null ? candidates[k] : k;
        int m = matches(t, r, box);
        if (m == FAILS) {
          continue;
        }
        alive[kept++] = r;
        if (m != HOLDS) {
          if (split == null) {
            split = rows[t][r];
          }
        } else if (split == null) {
          matching.add(r);
          if (first) {
            break;
          }
        }
      }
      still[t] = Arrays.copyOf(alive, kept);
      if (split != null) {
        for (int u = t + 1; u < rows.length; u++) {
          still[u] = live != null ? live.rows(u) : null;
        }
        box.memo = box.memo.withLiveRows(slot, new LiveRows(still));
        return BoxAnswer.split(split);
      }
      results.add(List.copyOf(matching));
    }
    return BoxAnswer.decided(new BoxVerdict.Accepted(Math.max(table, 0), List.copyOf(results)));
  }

  /** Table {@code t}'s result as the evaluator reports it, from the rows that match: its status and output. */
  TableOutcome tableOutcome(int t, List<Integer> matching) {
    Table table = contract.tables().get(t);
    if (matching.isEmpty()) {
      return new TableOutcome(table.complete() ? TableResult.RowMatch.NO_MATCH : TableResult.RowMatch.NONE, Optional.empty());
    }
    if (matching.size() > 1) {
      return new TableOutcome(TableResult.RowMatch.CONFLICT, Optional.empty());
    }
    return new TableOutcome(TableResult.RowMatch.MATCHED, Optional.of(table.rows().get(matching.get(0)).output()));
  }

  /** A table's status and output, equal by value (500 RUB equals 500.00 RUB). */
  static final class TableOutcome {
    final TableResult.RowMatch status;
    final Optional<Output> output;

    TableOutcome(TableResult.RowMatch status, Optional<Output> output) {
      this.status = status;
      this.output = output;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TableOutcome that && status == that.status && output.equals(that.output);
    }

    @Override
    public int hashCode() {
      return Objects.hash(status, output);
    }

    @Override
    public String toString() {
      return output.map(Object::toString).orElse(status == TableResult.RowMatch.NONE ? "no row" : status.name());
    }
  }
}
