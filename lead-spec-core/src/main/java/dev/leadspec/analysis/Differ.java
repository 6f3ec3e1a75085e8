package dev.leadspec.analysis;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Computes a {@link SemanticDiff}: explores the leads of both contracts until both verdicts are constant on each box. */
final class Differ {
  private static final int WORDS_LIMIT = 4;

  private final Contract before;
  private final Contract after;
  private final Space space;
  private final Compiled a;
  private final Compiled b;
  private final Evaluator evaluatorA;
  private final Evaluator evaluatorB;
  private final Explorer explorer;
  private final long budget;
  private final List<String> tableIds = new ArrayList<>();
  private final String labelA;
  private final String labelB;
  private int examples;

  Differ(Contract before, Contract after, long budget) {
    this.before = before;
    this.after = after;
    this.space = Space.of(List.of(before, after));
    this.a = new Compiled(before, space);
    this.b = new Compiled(after, space);
    this.evaluatorA = Evaluator.of(before);
    this.evaluatorB = Evaluator.of(after);
    this.explorer = new Explorer(budget);
    this.budget = budget;
    for (Table table : before.tables()) {
      tableIds.add(table.id());
    }
    for (Table table : after.tables()) {
      if (!tableIds.contains(table.id())) {
        tableIds.add(table.id());
      }
    }
    if (before.id().equals(after.id()) && before.version() != after.version()) {
      labelA = "v" + before.version();
      labelB = "v" + after.version();
    } else if (!before.reference().equals(after.reference())) {
      labelA = before.reference();
      labelB = after.reference();
    } else {
      labelA = "the first contract";
      labelB = "the second contract";
    }
  }

  SemanticDiff run() {
    Map<Key, List<Box>> differing = new LinkedHashMap<>();
    Question question = new Question() {
      @Override
      @Nullable Object answer(Box box) {
        Object ka = a.verdict(box, -1, this, 0);
        if (ka == null) {
          return null;
        }
        Object kb = b.verdict(box, -1, this, 1);
        if (kb == null) {
          return null;
        }
        return new Key(outcomes(a, ka), outcomes(b, kb));
      }
    };
    Explorer.End end = explorer.explore(space.full(), question, (box, answer) -> {
      Key key = (Key) answer;
      if (key.differs()) {
        differing.computeIfAbsent(key, k -> new ArrayList<>()).add(box);
      }
      return true;
    });
    Set<String> changed = changedFields();
    List<DiffRegion> regions = new ArrayList<>();
    for (Map.Entry<Key, List<Box>> entry : differing.entrySet()) {
      for (List<Box> region : Regions.components(Regions.merge(entry.getValue(), space), space)) {
        regions.add(region(entry.getKey(), region, changed));
      }
    }
    List<String> remarks = new ArrayList<>(space.remarks);
    boolean complete = end == Explorer.End.DONE;
    if (!complete) {
      remarks.add("the diff stopped at its budget of " + budget + " boxes: other leads may differ too");
    }
    return new SemanticDiff(before, after, regions, remarks, complete);
  }

  private DiffRegion region(Key key, List<Box> boxes, Set<String> changed) {
    String id = "example-" + (++examples);
    Lead lead = null;
    Verdict va = null;
    Verdict vb = null;
    for (Box box : boxes) {
      Lead candidate = space.lead(box, id, after.effectiveAt());
      va = evaluatorA.evaluate(candidate);
      vb = evaluatorB.evaluate(candidate);
      if (key.equals(new Key(outcomes(va), outcomes(vb)))) {
        lead = candidate;
        break;
      }
    }
    if (lead == null) {
      throw new IllegalStateException("diff of " + before.reference() + " and " + after.reference() + ": example lead " + id
          + " built from " + boxes.get(0) + " does not show the difference");
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < boxes.size() && i < WORDS_LIMIT; i++) {
      words.add(space.words(boxes.get(i), changed));
    }
    String leads = words.contains("") ? "" : String.join("; or ", words) + (boxes.size() > WORDS_LIMIT ? "; and " + (boxes.size() - WORDS_LIMIT) + " more ranges" : "");
    boolean acceptedA = key.a != null;
    boolean acceptedB = key.b != null;
    List<String> criterionIds = new ArrayList<>();
    List<String> changedTables = new ArrayList<>();
    Set<String> rowIds = new LinkedHashSet<>();
    String sentence;
    if (acceptedA != acceptedB) {
      for (CriterionResult reason : (acceptedA ? vb : va).reasons()) {
        criterionIds.add(reason.criterionId());
      }
      sentence = acceptedB
          ? labelB + " also accepts " + Space.leadsWith(leads) + " (" + labelA + " rejects them for " + Analyzer.and(criterionIds) + ")"
          : labelB + " no longer accepts " + Space.leadsWith(leads) + " (rejected for " + Analyzer.and(criterionIds) + ")";
    } else {
      List<String> changes = new ArrayList<>();
      for (int t = 0; t < tableIds.size(); t++) {
        Compiled.TableOutcome x = key.a.get(t);
        Compiled.TableOutcome y = key.b.get(t);
        if (!x.equals(y)) {
          String tableId = tableIds.get(t);
          changedTables.add(tableId);
          changes.add(tableId + " " + y + " instead of " + x);
          va.table(tableId).ifPresent(result -> rowIds.addAll(result.rowIds()));
          vb.table(tableId).ifPresent(result -> rowIds.addAll(result.rowIds()));
        }
      }
      sentence = labelB + " classifies " + Space.leadsWith(leads) + " differently: " + String.join(", ", changes);
    }
    return DiffRegion.builder()
        .before(acceptedA ? Outcome.ACCEPTED : Outcome.REJECTED)
        .after(acceptedB ? Outcome.ACCEPTED : Outcome.REJECTED)
        .addAllTableIds(changedTables)
        .addAllCriterionIds(criterionIds)
        .addAllRowIds(rowIds)
        .leads(leads)
        .example(lead)
        .words(sentence + ", e.g. " + Space.facts(lead))
        .build();
  }

  /** The fields read by criteria and tables that differ between the contracts. */
  private Set<String> changedFields() {
    Set<String> fields = new LinkedHashSet<>();
    for (Criterion criterion : before.criteria()) {
      Optional<Criterion> other = after.criterion(criterion.id());
      if (other.isEmpty() || !other.get().equals(criterion)) {
        fields.addAll(criterion.condition().fields());
        other.ifPresent(o -> fields.addAll(o.condition().fields()));
      }
    }
    for (Criterion criterion : after.criteria()) {
      if (before.criterion(criterion.id()).isEmpty()) {
        fields.addAll(criterion.condition().fields());
      }
    }
    for (String tableId : tableIds) {
      Optional<Table> x = before.table(tableId);
      Optional<Table> y = after.table(tableId);
      if (!x.equals(y)) {
        for (Optional<Table> table : List.of(x, y)) {
          table.ifPresent(t -> {
            for (Row row : t.rows()) {
              fields.addAll(row.condition().fields());
            }
          });
        }
      }
    }
    return fields;
  }

  /** A contract's verdict key as each table's outcome, aligned to all table ids; null when rejected. */
  private @Nullable List<Compiled.TableOutcome> outcomes(Compiled compiled, Object verdict) {
    if (verdict == Compiled.REJECTED) {
      return null;
    }
    List<?> results = (List<?>) verdict;
    List<Compiled.TableOutcome> outcomes = new ArrayList<>();
    for (String tableId : tableIds) {
      int t = indexOf(compiled.contract, tableId);
      outcomes.add(t < 0 ? absent() : compiled.outcome(t, results.get(t)));
    }
    return outcomes;
  }

  private @Nullable List<Compiled.TableOutcome> outcomes(Verdict verdict) {
    if (!verdict.isAccepted()) {
      return null;
    }
    List<Compiled.TableOutcome> outcomes = new ArrayList<>();
    for (String tableId : tableIds) {
      Optional<TableResult> result = verdict.table(tableId);
      outcomes.add(result.isEmpty() ? absent()
          : new Compiled.TableOutcome(result.get().status().name(), result.get().output()));
    }
    return outcomes;
  }

  private static Compiled.TableOutcome absent() {
    return new Compiled.TableOutcome("no such table", Optional.empty());
  }

  private static int indexOf(Contract contract, String tableId) {
    List<Table> tables = contract.tables();
    for (int t = 0; t < tables.size(); t++) {
      if (tables.get(t).id().equals(tableId)) {
        return t;
      }
    }
    return -1;
  }

  /** Both verdicts on a box: null for a rejection, else each table's outcome. */
  private static final class Key {
    final @Nullable List<Compiled.TableOutcome> a;
    final @Nullable List<Compiled.TableOutcome> b;

    Key(@Nullable List<Compiled.TableOutcome> a, @Nullable List<Compiled.TableOutcome> b) {
      this.a = a;
      this.b = b;
    }

    boolean differs() {
      return !Objects.equals(a, b);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && Objects.equals(a, that.a) && Objects.equals(b, that.b);
    }

    @Override
    public int hashCode() {
      return Objects.hash(a, b);
    }
  }
}
