package dev.leadspec.analysis;

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
import org.jspecify.annotations.Nullable;

/**
 * A contract's criteria and table rows compiled over a {@link Space}, with the evaluator's
 * rules for outcomes: a criterion's UNKNOWN counts as its {@code unknownAs}; a lead is accepted
 * when every required criterion counts as met and no disqualifier does; tables classify
 * accepted leads only, a row matching when its condition is MET.
 */
final class Compiled {
  static final int YES = 1;
  static final int NO = 2;
  static final Object REJECTED = "REJECTED";

  final Contract contract;
  final ANode[] criteria;
  final boolean[] disqualifier;
  final boolean[] unknownMet;
  final ANode[][] rows;

  Compiled(Contract contract, Space space) {
    this.contract = contract;
    List<Criterion> list = contract.criteria();
    criteria = new ANode[list.size()];
    disqualifier = new boolean[list.size()];
    unknownMet = new boolean[list.size()];
    for (int i = 0; i < criteria.length; i++) {
      Criterion criterion = list.get(i);
      criteria[i] = space.compile(contract, criterion.condition());
      disqualifier[i] = criterion.role() == Role.DISQUALIFIER;
      unknownMet[i] = criterion.unknownAs() == Status.MET;
    }
    List<Table> tables = contract.tables();
    rows = new ANode[tables.size()][];
    for (int t = 0; t < rows.length; t++) {
      Table table = tables.get(t);
      rows[t] = new ANode[table.rows().size()];
      for (int r = 0; r < rows[t].length; r++) {
        rows[t][r] = space.compile(contract, table.rows().get(r).condition());
      }
    }
  }

  /** Whether criterion {@code i} holds (counts towards acceptance) on the box: a mask of YES and NO. */
  int holds(int i, Box box) {
    int s = criteria[i].eval(box);
    int counted = s & (ANode.MET | ANode.NOT_MET);
    if ((s & ANode.UNKNOWN) != 0) {
      counted |= unknownMet[i] ? ANode.MET : ANode.NOT_MET;
    }
    int met = (counted & ANode.MET) != 0 ? 1 : 0;
    int notMet = (counted & ANode.NOT_MET) != 0 ? 1 : 0;
    return disqualifier[i] ? (notMet * YES | met * NO) : (met * YES | notMet * NO);
  }

  /** Whether row {@code r} of table {@code t} matches on the box: a mask of YES and NO. */
  int matches(int t, int r, Box box) {
    int s = rows[t][r].eval(box);
    return ((s & ANode.MET) != 0 ? YES : 0) | ((s & (ANode.NOT_MET | ANode.UNKNOWN)) != 0 ? NO : 0);
  }

  /**
   * The verdict on the box as far as {@code table} goes ({@code -1}: every table): {@link #REJECTED},
   * or the list of each table's result (UNIQUE: the matching row indexes; FIRST: the winning row
   * index, -1 for none). Null when the box must be split; then {@code question.pending} says along
   * what, and the box's memo (slot {@code slot} of two, one per contract a question compares)
   * keeps the rows that can still match, for the box's parts.
   */
  @Nullable Object verdict(Box box, int table, Question question, int slot) {
    Live live = box.memo instanceof Object[] memo ? (Live) memo[slot] : null;
    if (live == null) {
      int undecided = -1;
      for (int i = 0; i < criteria.length; i++) {
        int holds = holds(i, box);
        if (holds == NO) {
          return REJECTED;
        }
        if (holds != YES && undecided < 0) {
          undecided = i;
        }
      }
      if (undecided >= 0) {
        question.pending = criteria[undecided];
        return null;
      }
    }
    List<Object> results = new ArrayList<>();
    int[][] still = new int[rows.length][];
    for (int t = 0; t < rows.length; t++) {
      if (table >= 0 && t != table) {
        continue;
      }
      boolean first = contract.tables().get(t).hitPolicy() == HitPolicy.FIRST;
      int[] candidates = live != null ? live.rows[t] : null;
      int n = candidates != null ? candidates.length : rows[t].length;
      int[] alive = new int[n];
      int kept = 0;
      List<Integer> matching = new ArrayList<>();
      int winner = -1;
      ANode split = null;
      for (int k = 0; k < n; k++) {
        int r = candidates != null ? candidates[k] : k;
        int m = matches(t, r, box);
        if (m == NO) {
          continue;
        }
        alive[kept++] = r;
        if (m != YES) {
          if (split == null) {
            split = rows[t][r];
          }
        } else if (split == null) {
          if (first) {
            winner = r;
            break;
          }
          matching.add(r);
        }
      }
      still[t] = Arrays.copyOf(alive, kept);
      if (split != null) {
        for (int u = t + 1; u < rows.length; u++) {
          still[u] = live != null ? live.rows[u] : null;
        }
        Object[] memo = box.memo instanceof Object[] known ? known.clone() : new Object[2];
        memo[slot] = new Live(still);
        box.memo = memo;
        question.pending = split;
        return null;
      }
      results.add(first ? (Object) winner : List.copyOf(matching));
    }
    return List.copyOf(results);
  }

  /** Per table, the rows that can still match on a box whose criteria all hold; null for every row. */
  private static final class Live {
    final int[] @Nullable [] rows;

    Live(int[] @Nullable [] rows) {
      this.rows = rows;
    }
  }

  /** One table's result as the evaluator reports it: its status and output. */
  TableOutcome outcome(int t, Object result) {
    Table table = contract.tables().get(t);
    List<Integer> matching = new ArrayList<>();
    if (result instanceof Integer winner) {
      if (winner >= 0) {
        matching.add(winner);
      }
    } else {
      for (Object r : (List<?>) result) {
        matching.add((Integer) r);
      }
    }
    if (matching.isEmpty()) {
      return new TableOutcome(table.complete() ? "NO_MATCH" : "NONE", Optional.empty());
    }
    if (matching.size() > 1) {
      return new TableOutcome("CONFLICT", Optional.empty());
    }
    return new TableOutcome("MATCHED", Optional.of(table.rows().get(matching.get(0)).output()));
  }

  /** A table's status and output, equal by value (500 RUB equals 500.00 RUB). */
  static final class TableOutcome {
    final String status;
    final Optional<Output> output;

    TableOutcome(String status, Optional<Output> output) {
      this.status = status;
      this.output = output;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TableOutcome that && status.equals(that.status) && output.equals(that.output);
    }

    @Override
    public int hashCode() {
      return Objects.hash(status, output);
    }

    @Override
    public String toString() {
      return output.map(Object::toString).orElse(status.equals("NONE") ? "no row" : status);
    }
  }
}
