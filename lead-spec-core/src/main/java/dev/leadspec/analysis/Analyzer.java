package dev.leadspec.analysis;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Runs the analysis of one contract: satisfiability, decisive criteria, tables. */
final class Analyzer {
  /** At most this many boxes are described in one finding's words. */
  private static final int WORDS_LIMIT = 4;
  private static final BoxAnswer<Boolean> MET = BoxAnswer.decided(true);
  private static final BoxAnswer<Boolean> UNMET = BoxAnswer.decided(false);
  private static final BoxAnswer<Optional<Integer>> NO_WINNER = BoxAnswer.decided(Optional.empty());

  private final Contract contract;
  private final Space space;
  private final ExampleLeads exampleLeads;
  private final BoxWords boxWords;
  private final BoxContract boxContract;
  private final Evaluator evaluator;
  private final Explorer explorer;
  private final long budget;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> undecided = new ArrayList<>();
  private int examples;

  Analyzer(Contract contract, long budget) {
    this.contract = contract;
    this.space = Space.of(List.of(contract));
    this.exampleLeads = new ExampleLeads(space);
    this.boxWords = new BoxWords(space);
    this.boxContract = new BoxContract(contract, space);
    this.evaluator = Evaluator.of(contract);
    this.explorer = new Explorer(budget);
    this.budget = budget;
  }

  List<Finding> run() {
    if (contract.criteria().isEmpty()) {
      findings.add(Finding.builder().severity(Severity.WARNING).code(Finding.Code.NO_CRITERIA)
          .message("the contract has no criteria: every lead is accepted, whatever its facts").build());
    }
    if (satisfiable()) {
      for (int i = 0; i < boxContract.criteria.length; i++) {
        decisive(i);
      }
      for (int t = 0; t < contract.tables().size(); t++) {
        table(t);
      }
    }
    if (!undecided.isEmpty()) {
      findings.add(Finding.builder().severity(Severity.WARNING).code(Finding.Code.ANALYSIS_INCOMPLETE)
          .message("the analysis stopped at its budget of " + budget + " boxes; not decided: " + String.join("; ", undecided))
          .build());
    }
    return List.copyOf(findings);
  }

  boolean complete() {
    return undecided.isEmpty();
  }

  // ------------------------------------------------------------------ acceptance

  private boolean satisfiable() {
    int n = boxContract.criteria.length;
    Search search = exists(goals(all(n), n, -1));
    if (search.found != null) {
      Lead lead = example(List.of(search.found), Verdict::isAccepted);
      findings.add(Finding.builder().severity(Severity.INFO).code(Finding.Code.WITNESS)
          .message("a lead that is accepted: " + BoxWords.facts(lead)).example(lead).build());
      return true;
    }
    if (!search.complete) {
      undecided.add("whether any lead can be accepted");
      return false;
    }
    List<Integer> core = conflict(List.of(), all(n));
    List<String> ids = ids(core);
    String message;
    if (core.size() == 1) {
      Criterion criterion = contract.criteria().get(core.get(0));
      message = criterion.role() == Role.DISQUALIFIER
          ? "no lead can be accepted: disqualifier " + criterion.id() + " fires for every lead"
          : "no lead can be accepted: criterion " + criterion.id() + " holds for no lead";
    } else {
      message = "no lead can be accepted: criteria " + and(ids) + " cannot all hold for one lead";
    }
    findings.add(Finding.builder().severity(Severity.ERROR).code(Finding.Code.UNSATISFIABLE).message(message)
        .addAllCriterionIds(ids).build());
    return false;
  }

  /** A criterion decides some outcome iff some lead meets every other criterion and fails this one. */
  private void decisive(int c) {
    int n = boxContract.criteria.length;
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i != c) {
        others.add(i);
      }
    }
    Goal fails = new Goal(c, false);
    List<Goal> goals = new ArrayList<>();
    goals.add(fails);
    for (int i : others) {
      goals.add(new Goal(i, true));
    }
    Search search = exists(new Goals(goals, -1, -1));
    Criterion criterion = contract.criteria().get(c);
    if (search.found != null) {
      return;
    }
    if (!search.complete) {
      undecided.add("whether criterion " + criterion.id() + " decides any outcome");
      return;
    }
    List<Integer> core = conflict(List.of(fails), others);
    List<String> ids = new ArrayList<>();
    ids.add(criterion.id());
    ids.addAll(ids(core));
    String message;
    boolean disqualifier = criterion.role() == Role.DISQUALIFIER;
    String subject = (disqualifier ? "disqualifier " : "criterion ") + criterion.id();
    if (core.isEmpty()) {
      message = subject + " never decides an outcome: " + (disqualifier ? "it fires for no lead" : "every lead meets it");
    } else if (disqualifier) {
      message = subject + " never decides an outcome: it cannot fire when " + and(ids(core)) + (core.size() == 1 ? " holds" : " hold");
    } else {
      message = subject + " never decides an outcome: every lead that meets " + and(ids(core)) + " meets it too";
    }
    findings.add(Finding.builder().severity(Severity.WARNING).code(Finding.Code.NEVER_DECISIVE).message(message)
        .addAllCriterionIds(ids).build());
  }

  /**
   * A smallest set (by deletion) of {@code candidates} that cannot hold together with the fixed
   * goals; all candidates when the budget runs out.
   */
  private List<Integer> conflict(List<Goal> fixed, List<Integer> candidates) {
    List<Integer> core = new ArrayList<>(candidates);
    for (int candidate : candidates) {
      List<Goal> goals = new ArrayList<>(fixed);
      for (int i : core) {
        if (i != candidate) {
          goals.add(new Goal(i, true));
        }
      }
      Search search = exists(new Goals(goals, -1, -1));
      if (search.found == null && search.complete) {
        core.remove(Integer.valueOf(candidate));
      }
    }
    return core;
  }

  // ------------------------------------------------------------------ tables

  private void table(int t) {
    Table table = contract.tables().get(t);
    List<Box> gaps = new ArrayList<>();
    Map<List<Integer>, List<Box>> overlaps = new LinkedHashMap<>();
    Set<Integer> winners = new TreeSet<>();
    boolean first = table.hitPolicy() == HitPolicy.FIRST;
    Question<BoxVerdict> question = box -> boxContract.verdict(box, t, 0);
    Explorer.End end = explorer.explore(space.full(), question, (box, verdict) -> {
      if (!verdict.isAccepted()) {
        return true;
      }
      List<Integer> matching = verdict.matchingRows(t);
      if (first) {
        if (matching.isEmpty()) {
          gaps.add(box);
        } else {
          winners.add(matching.get(0));
        }
      } else {
        if (matching.isEmpty()) {
          gaps.add(box);
        } else if (matching.size() > 1) {
          overlaps.computeIfAbsent(matching, k -> new ArrayList<>()).add(box);
        }
      }
      return true;
    });
    boolean complete = end == Explorer.End.DONE;
    if (table.complete()) {
      gaps(t, gaps);
      if (!complete) {
        undecided.add("whether table " + table.id() + " has further gaps");
      }
    }
    if (!first) {
      for (Map.Entry<List<Integer>, List<Box>> overlap : overlaps.entrySet()) {
        overlap(t, overlap.getKey(), overlap.getValue());
      }
      if (!complete) {
        undecided.add("whether table " + table.id() + " has further overlaps");
      }
    } else if (complete) {
      for (int r = 0; r < table.rows().size(); r++) {
        if (!winners.contains(r)) {
          shadowed(t, r);
        }
      }
    } else {
      undecided.add("whether every row of table " + table.id() + " can win");
    }
  }

  private void gaps(int t, List<Box> boxes) {
    Table table = contract.tables().get(t);
    for (List<Box> region : Regions.components(Regions.merge(boxes, space), space)) {
      Lead lead = example(region, v -> v.isAccepted() && status(v, table) == TableResult.RowMatch.NO_MATCH);
      findings.add(Finding.builder().severity(Severity.ERROR).code(Finding.Code.TABLE_GAP)
          .message("table " + table.id() + ": accepted " + BoxWords.leadsWith(words(region)) + " match no row, e.g. " + BoxWords.facts(lead))
          .tableId(table.id()).example(lead).build());
    }
  }

  private void overlap(int t, List<Integer> rows, List<Box> boxes) {
    Table table = contract.tables().get(t);
    List<String> rowIds = new ArrayList<>();
    for (int r : rows) {
      rowIds.add(table.rows().get(r).id());
    }
    for (List<Box> region : Regions.components(Regions.merge(boxes, space), space)) {
      Lead lead = example(region, v -> v.isAccepted() && status(v, table) == TableResult.RowMatch.CONFLICT
          && v.table(table.id()).orElseThrow().rowIds().equals(rowIds));
      findings.add(Finding.builder().severity(Severity.ERROR).code(Finding.Code.TABLE_OVERLAP)
          .message("table " + table.id() + ": rows " + and(rowIds) + (rows.size() == 2 ? " both" : " all")
              + " match accepted " + BoxWords.leadsWith(words(region)) + ", e.g. " + BoxWords.facts(lead))
          .tableId(table.id()).addAllRowIds(rowIds).example(lead).build());
    }
  }

  private void shadowed(int t, int r) {
    Table table = contract.tables().get(t);
    Row row = table.rows().get(r);
    int n = boxContract.criteria.length;
    Goals goals = goals(all(n), t, r);
    Set<Integer> earlier = new TreeSet<>();
    List<Box> boxes = new ArrayList<>();
    // the row that wins on an accepted lead the row matches; empty for any other lead
    Question<Optional<Integer>> question = box -> {
      BoxAnswer<Boolean> met = goals.answer(box);
      if (!met.isDecided()) {
        return BoxAnswer.split(met.along());
      }
      if (!met.answer()) {
        return NO_WINNER;
      }
      for (int e = 0; e < r; e++) {
        int m = boxContract.matches(t, e, box);
        if (m == BoxContract.HOLDS) {
          return BoxAnswer.decided(Optional.of(e));
        }
        if (m != BoxContract.FAILS) {
          return BoxAnswer.split(boxContract.rows[t][e]);
        }
      }
      return BoxAnswer.decided(Optional.of(r));
    };
    Explorer.End end = explorer.explore(space.full(), question, (box, answer) -> {
      if (answer.isPresent()) {
        earlier.add(answer.get());
        if (boxes.isEmpty()) {
          boxes.add(box);
        }
      }
      return true;
    });
    if (end != Explorer.End.DONE) {
      undecided.add("why row " + row.id() + " of table " + table.id() + " never wins");
      return;
    }
    List<String> rowIds = new ArrayList<>();
    rowIds.add(row.id());
    if (boxes.isEmpty()) {
      findings.add(Finding.builder().severity(Severity.WARNING).code(Finding.Code.SHADOWED_ROW)
          .message("table " + table.id() + ": row " + row.id() + " can never win: it matches no accepted lead")
          .tableId(table.id()).addAllRowIds(rowIds).build());
      return;
    }
    List<String> winners = new ArrayList<>();
    for (int e : earlier) {
      winners.add(table.rows().get(e).id());
    }
    rowIds.addAll(winners);
    Lead lead = example(boxes, v -> v.isAccepted() && status(v, table) == TableResult.RowMatch.MATCHED
        && winners.contains(v.table(table.id()).orElseThrow().rowIds().get(0))
        && rowMet(row.condition(), v.lead()));
    findings.add(Finding.builder().severity(Severity.WARNING).code(Finding.Code.SHADOWED_ROW)
        .message("table " + table.id() + ": row " + row.id() + " can never win: " + (winners.size() == 1 ? "row " : "rows ")
            + and(winners) + " before it " + (winners.size() == 1 ? "matches" : "match")
            + " every accepted lead it matches, e.g. " + BoxWords.facts(lead))
        .tableId(table.id()).addAllRowIds(rowIds).example(lead).build());
  }

  // ------------------------------------------------------------------ helpers

  private static TableResult.RowMatch status(Verdict verdict, Table table) {
    return verdict.table(table.id()).orElseThrow().status();
  }

  /** Whether a row's condition is MET for the lead, asked of the evaluator through a one-criterion contract. */
  private boolean rowMet(Condition condition, Lead lead) {
    Contract check = Contract.builder().id(contract.id() + "-row-check").version(1).title("row check")
        .effectiveFrom(contract.effectiveFrom()).addAllFields(contract.fields())
        .addCriteria(Criterion.builder().id("ROW").title("row").condition(condition).role(Role.REQUIRED).build())
        .build();
    return Evaluator.of(check).evaluate(lead).isAccepted();
  }

  /** An example lead from the first box whose lead the evaluator confirms. */
  private Lead example(List<Box> boxes, Predicate<Verdict> shows) {
    String id = "example-" + (++examples);
    for (Box box : boxes) {
      Lead lead = exampleLeads.lead(box, id, contract.effectiveAt());
      if (shows.test(evaluator.evaluate(lead))) {
        return lead;
      }
    }
    throw new IllegalStateException("analysis of contract " + contract.reference() + ": example lead " + id
        + " built from " + boxes.get(0) + " does not show the finding");
  }

  private String words(List<Box> region) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < region.size() && i < WORDS_LIMIT; i++) {
      parts.add(boxWords.words(region.get(i), Set.of()));
    }
    String text = String.join("; or ", parts);
    return region.size() > WORDS_LIMIT ? text + "; and " + (region.size() - WORDS_LIMIT) + " more ranges" : text;
  }

  private List<String> ids(List<Integer> criteria) {
    List<String> ids = new ArrayList<>();
    for (int i : criteria) {
      ids.add(contract.criteria().get(i).id());
    }
    return ids;
  }

  static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static List<Integer> all(int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  private Goals goals(List<Integer> criteria, int table, int row) {
    List<Goal> goals = new ArrayList<>();
    for (int i : criteria) {
      goals.add(new Goal(i, true));
    }
    return new Goals(goals, table, row);
  }

  /** Whether some lead meets the goals; the first box found. */
  private Search exists(Goals goals) {
    Search search = new Search();
    Explorer.End end = explorer.explore(space.full(), goals, (box, met) -> {
      if (met) {
        search.found = box;
        return false;
      }
      return true;
    });
    search.complete = end != Explorer.End.OUT_OF_BUDGET;
    return search;
  }

  private static final class Search {
    @Nullable Box found;
    boolean complete;
  }

  /** Criterion {@code criterion} holds (counts towards acceptance) or fails. */
  private static final class Goal {
    final int criterion;
    final boolean holds;

    Goal(int criterion, boolean holds) {
      this.criterion = criterion;
      this.holds = holds;
    }
  }

  /** True on boxes where every goal is met (and the row, if any, matches), false where one is not. */
  private final class Goals implements Question<Boolean> {
    private final List<Goal> goals;
    private final int table;
    private final int row;

    Goals(List<Goal> goals, int table, int row) {
      this.goals = goals;
      this.table = table;
      this.row = row;
    }

    @Override
    public BoxAnswer<Boolean> answer(Box box) {
      @Nullable BoxCondition split = null;
      for (Goal goal : goals) {
        int holds = boxContract.holds(goal.criterion, box);
        int wanted = goal.holds ? BoxContract.HOLDS : BoxContract.FAILS;
        if (holds == wanted) {
          continue;
        }
        if ((holds & wanted) == 0) {
          return UNMET;
        }
        if (split == null) {
          split = boxContract.criteria[goal.criterion];
        }
      }
      if (row >= 0) {
        int matches = boxContract.matches(table, row, box);
        if (matches == BoxContract.FAILS) {
          return UNMET;
        }
        if (matches != BoxContract.HOLDS && split == null) {
          split = boxContract.rows[table][row];
        }
      }
      return split != null ? BoxAnswer.split(split) : MET;
    }
  }
}
