package dev.leadspec.analysis;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.internal.Kleene;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
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

/**
 * Computes a {@link SemanticDiff}. Criteria that read the same in both contracts (same id, role,
 * unknown rule, condition and fields) are <em>unchanged</em>: on any lead they give the same status
 * in both, so the two verdicts can differ only through the other, <em>changed</em> criteria, the
 * tables and the price. The space is split along the changed criteria until each version's set
 * of failing changed criteria (with their statuses) is constant on a box; along the unchanged ones
 * only where one version's acceptance hangs on them; along table rows only where a verdict's
 * price or a shared table's output can differ. Each box where the verdicts differ gets the key of
 * that difference; boxes of one key make one region.
 */
final class Differ {
  private static final int WORDS_LIMIT = 6;
  private static final int EXAMPLES_LIMIT = 256;
  private static final BoxAnswer<Optional<Key>> SAME = BoxAnswer.decided(Optional.empty());
  private static final BoxAnswer<Boolean> UNCHANGED_HOLD = BoxAnswer.decided(true);
  private static final BoxAnswer<Boolean> UNCHANGED_FAIL = BoxAnswer.decided(false);

  private final Contract before;
  private final Contract after;
  private final Space space;
  private final ExampleLeads exampleLeads;
  private final BoxWords boxWords;
  private final BoxContract a;
  private final BoxContract b;
  private final Evaluator evaluatorA;
  private final Evaluator evaluatorB;
  private final Explorer explorer;
  private final long budget;
  private final int[] changedA;
  private final int[] changedB;
  private final int[] unchanged;
  private final Set<String> changedIdsA = new LinkedHashSet<>();
  private final Set<String> changedIdsB = new LinkedHashSet<>();
  /** Tables both contracts have, compared where both accept, by id. */
  private final List<String> commonTables = new ArrayList<>();
  private final Optional<String> sharedPriceTable;
  private final boolean acceptedAlike;
  private final String labelA;
  private final String labelB;
  private int examples;

  Differ(Contract before, Contract after, long budget) {
    this.before = before;
    this.after = after;
    this.space = Space.of(List.of(before, after));
    this.exampleLeads = new ExampleLeads(space);
    this.boxWords = new BoxWords(space);
    this.a = new BoxContract(before, space);
    this.b = new BoxContract(after, space);
    this.evaluatorA = Evaluator.of(before);
    this.evaluatorB = Evaluator.of(after);
    this.explorer = new Explorer(budget);
    this.budget = budget;
    List<Integer> ca = new ArrayList<>();
    List<Integer> un = new ArrayList<>();
    for (int i = 0; i < before.criteria().size(); i++) {
      Criterion criterion = before.criteria().get(i);
      if (after.criterion(criterion.id()).filter(other -> unchanged(criterion, other)).isPresent()) {
        un.add(i);
      } else {
        ca.add(i);
        changedIdsA.add(criterion.id());
      }
    }
    List<Integer> cb = new ArrayList<>();
    for (int i = 0; i < after.criteria().size(); i++) {
      Criterion criterion = after.criteria().get(i);
      if (before.criterion(criterion.id()).filter(other -> unchanged(other, criterion)).isEmpty()) {
        cb.add(i);
        changedIdsB.add(criterion.id());
      }
    }
    changedA = ca.stream().mapToInt(Integer::intValue).toArray();
    changedB = cb.stream().mapToInt(Integer::intValue).toArray();
    unchanged = un.stream().mapToInt(Integer::intValue).toArray();
    sharedPriceTable = before.terms().priceTable().filter(id -> after.terms().priceTable().equals(Optional.of(id)));
    boolean tablesAlike = true;
    for (Table table : before.tables()) {
      Optional<Table> other = after.table(table.id());
      if (other.isPresent()) {
        commonTables.add(table.id());
        tablesAlike &= other.get().equals(table);
      }
    }
    boolean priceAlike = before.terms().priceTable().isEmpty() && after.terms().priceTable().isEmpty()
        ? before.terms().price().equals(after.terms().price())
        : sharedPriceTable.isPresent() && before.table(sharedPriceTable.get()).equals(after.table(sharedPriceTable.get()));
    acceptedAlike = tablesAlike && priceAlike;
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

  /** Whether two criteria of one id decide alike on every lead: same role, unknown rule, condition, and fields read. */
  private boolean unchanged(Criterion x, Criterion y) {
    if (x.role() != y.role() || x.unknownAs() != y.unknownAs() || !x.condition().equals(y.condition())) {
      return false;
    }
    for (String field : x.condition().fields()) {
      if (!before.field(field).equals(after.field(field))) {
        return false;
      }
    }
    return true;
  }

  SemanticDiff run() {
    Map<Key, List<Box>> differing = new LinkedHashMap<>();
    Explorer.End end = explorer.explore(space.full(), this::compare, (box, key) -> {
      key.ifPresent(k -> differing.computeIfAbsent(k, x -> new ArrayList<>()).add(box));
      return true;
    });
    Set<String> changed = changedFields();
    List<DiffRegion> regions = new ArrayList<>();
    for (int kind = 0; kind < 4; kind++) {
      for (Map.Entry<Key, List<Box>> entry : differing.entrySet()) {
        if (entry.getKey().order() == kind) {
          regions.add(region(entry.getKey(), Regions.merge(entry.getValue(), space), changed));
        }
      }
    }
    List<Remark> remarks = new ArrayList<>(space.remarks);
    boolean complete = end == Explorer.End.DONE;
    if (!complete) {
      remarks.add(Remark.budgetReached(budget));
    }
    return new SemanticDiff(before, after, Edits.between(before, after), regions, remarks, complete);
  }

  // ------------------------------------------------------------------ the question

  /** The key of the difference on the box, empty when the verdicts are the same, or a split. */
  private BoxAnswer<Optional<Key>> compare(Box box) {
    BoxAnswer<Map<String, Status>> failingA = failing(a, changedA, box);
    if (!failingA.isDecided()) {
      return BoxAnswer.split(failingA.along());
    }
    BoxAnswer<Map<String, Status>> failingB = failing(b, changedB, box);
    if (!failingB.isDecided()) {
      return BoxAnswer.split(failingB.along());
    }
    Map<String, Status> fa = failingA.answer();
    Map<String, Status> fb = failingB.answer();
    boolean differ = !fa.equals(fb);
    if (!differ && (!fa.isEmpty() || acceptedAlike)) {
      return SAME;
    }
    boolean holds = true;
    if (fa.isEmpty() || fb.isEmpty()) {
      BoxAnswer<Boolean> unchangedHold = unchangedHold(box);
      if (!unchangedHold.isDecided()) {
        return BoxAnswer.split(unchangedHold.along());
      }
      holds = unchangedHold.answer();
    }
    boolean acceptedA = fa.isEmpty() && holds;
    boolean acceptedB = fb.isEmpty() && holds;
    if (!differ && !acceptedA) {
      return SAME;
    }
    BoxAnswer<Side> sa = side(a, 0, fa, acceptedA, acceptedA && acceptedB, box);
    if (!sa.isDecided()) {
      return BoxAnswer.split(sa.along());
    }
    BoxAnswer<Side> sb = side(b, 1, fb, acceptedB, acceptedA && acceptedB, box);
    if (!sb.isDecided()) {
      return BoxAnswer.split(sb.along());
    }
    return sa.answer().equals(sb.answer()) ? SAME : BoxAnswer.decided(Optional.of(Key.of(sa.answer(), sb.answer())));
  }

  /** The changed criteria that fail on the whole box, with their statuses; a split when not constant. */
  private static BoxAnswer<Map<String, Status>> failing(BoxContract boxContract, int[] indexes, Box box) {
    Map<String, Status> failing = new LinkedHashMap<>();
    for (int i : indexes) {
      int holds = boxContract.holds(i, box);
      if (holds == BoxContract.HOLDS) {
        continue;
      }
      int status = boxContract.criteria[i].eval(box);
      if (holds != BoxContract.FAILS || !BoxCondition.single(status)) {
        return BoxAnswer.split(boxContract.criteria[i]);
      }
      failing.put(boxContract.contract.criteria().get(i).id(), status(status));
    }
    return BoxAnswer.decided(failing);
  }

  /** Whether every unchanged criterion holds on the box (false when one fails everywhere); a split otherwise. */
  private BoxAnswer<Boolean> unchangedHold(Box box) {
    @Nullable BoxCondition undecided = null;
    for (int i : unchanged) {
      int holds = a.holds(i, box);
      if (holds == BoxContract.FAILS) {
        return UNCHANGED_FAIL;
      }
      if (holds != BoxContract.HOLDS && undecided == null) {
        undecided = a.criteria[i];
      }
    }
    return undecided != null ? BoxAnswer.split(undecided) : UNCHANGED_HOLD;
  }

  /** One version's side of the key; a split when a table it needs is not constant. */
  private BoxAnswer<Side> side(BoxContract boxContract, int slot, Map<String, Status> failing, boolean accepted, boolean both, Box box) {
    if (!accepted) {
      return BoxAnswer.decided(new Side(false, failing, Optional.empty(), List.of()));
    }
    Contract contract = boxContract.contract;
    int priceTable = contract.terms().priceTable().map(id -> indexOf(contract, id)).orElse(-1);
    BoxAnswer<BoxVerdict> answer;
    if (both) {
      answer = boxContract.verdict(box, -1, slot);
    } else if (priceTable >= 0) {
      answer = boxContract.verdict(box, priceTable, slot);
    } else {
      return BoxAnswer.decided(new Side(true, Map.of(), contract.terms().price(), List.of()));
    }
    if (!answer.isDecided()) {
      return BoxAnswer.split(answer.along());
    }
    BoxVerdict verdict = answer.answer();
    Optional<Money> price = contract.terms().price();
    if (priceTable >= 0) {
      BoxContract.TableOutcome outcome = boxContract.tableOutcome(priceTable, verdict.matchingRows(priceTable));
      price = outcome.output.filter(Money.class::isInstance).map(Money.class::cast);
    }
    List<BoxContract.TableOutcome> tables = new ArrayList<>();
    if (both) {
      for (String tableId : commonTables) {
        int t = indexOf(contract, tableId);
        tables.add(boxContract.tableOutcome(t, verdict.matchingRows(t)));
      }
    }
    return BoxAnswer.decided(new Side(true, Map.of(), price, tables));
  }

  private static Status status(int mask) {
    return Status.values()[Kleene.codeOf(mask)];
  }

  /** The key the two evaluators give a lead, as {@link #compare} gives its box; empty when the verdicts agree. */
  private Optional<Key> key(Verdict va, Verdict vb) {
    boolean both = va.isAccepted() && vb.isAccepted();
    Side sa = side(va, changedIdsA, both);
    Side sb = side(vb, changedIdsB, both);
    return sa.equals(sb) ? Optional.empty() : Optional.of(Key.of(sa, sb));
  }

  private Side side(Verdict verdict, Set<String> changedIds, boolean both) {
    if (!verdict.isAccepted()) {
      Map<String, Status> failing = new LinkedHashMap<>();
      for (CriterionResult reason : verdict.reasons()) {
        if (changedIds.contains(reason.criterionId())) {
          failing.put(reason.criterionId(), reason.status());
        }
      }
      return new Side(false, failing, Optional.empty(), List.of());
    }
    List<BoxContract.TableOutcome> tables = new ArrayList<>();
    if (both) {
      for (String tableId : commonTables) {
        TableResult result = verdict.table(tableId).orElseThrow();
        tables.add(new BoxContract.TableOutcome(result.status(), result.output()));
      }
    }
    return new Side(true, Map.of(), verdict.price(), tables);
  }

  // ------------------------------------------------------------------ regions

  private DiffRegion region(Key key, List<Box> boxes, Set<String> changed) {
    List<Lead> leads = new ArrayList<>();
    @Nullable Verdict va = null;
    @Nullable Verdict vb = null;
    for (Box box : boxes) {
      if (leads.size() == EXAMPLES_LIMIT) {
        break;
      }
      Lead lead = exampleLeads.lead(box, "example-" + (++examples), after.effectiveAt());
      Verdict x = evaluatorA.evaluate(lead);
      Verdict y = evaluatorB.evaluate(lead);
      Optional<Key> shown = key(x, y);
      if (!shown.equals(Optional.of(key))) {
        throw new IllegalStateException("diff of " + before.reference() + " and " + after.reference() + ": example lead "
            + lead.id() + " built from " + box + " gets " + shown.map(Key::toString).orElse("SAME") + ", not " + key);
      }
      if (leads.isEmpty()) {
        va = x;
        vb = y;
      }
      leads.add(lead);
    }
    List<Box> described = describe(boxes, changed);
    List<String> words = new ArrayList<>();
    List<List<Condition>> conditions = new ArrayList<>();
    boolean every = false;
    for (Box box : described) {
      String text = boxWords.words(box, Set.of());
      every |= text.isEmpty();
      words.add(text);
      conditions.add(boxWords.conditions(box));
    }
    String region = every ? ""
        : String.join("; or ", words.subList(0, Math.min(WORDS_LIMIT, words.size())))
            + (words.size() > WORDS_LIMIT ? "; and " + (words.size() - WORDS_LIMIT) + " more ranges" : "");
    if (every) {
      conditions = List.of(List.of());
    }
    Side sa = key.a;
    Side sb = key.b;
    List<String> criterionIds = new ArrayList<>(sa.failing.keySet());
    for (String id : sb.failing.keySet()) {
      if (!criterionIds.contains(id)) {
        criterionIds.add(id);
      }
    }
    Map<String, String> beforeTables = new LinkedHashMap<>();
    Map<String, String> afterTables = new LinkedHashMap<>();
    Set<String> rowIds = new LinkedHashSet<>();
    for (int t = 0; t < sa.tables.size(); t++) {
      if (!sa.tables.get(t).equals(sb.tables.get(t))) {
        String tableId = commonTables.get(t);
        beforeTables.put(tableId, sa.tables.get(t).toString());
        afterTables.put(tableId, sb.tables.get(t).toString());
        va.table(tableId).ifPresent(result -> rowIds.addAll(result.rowIds()));
        vb.table(tableId).ifPresent(result -> rowIds.addAll(result.rowIds()));
      }
    }
    String leadsWith = BoxWords.leadsWith(region);
    String sentence;
    if (!sa.accepted && sb.accepted) {
      sentence = labelB + " also accepts " + leadsWith + sb.price.map(p -> ", at " + money(p)).orElse("") + " (" + labelA
          + " rejects them for " + reasons(sa.failing) + ")";
    } else if (sa.accepted && !sb.accepted) {
      sentence = labelB + " no longer accepts " + leadsWith + " (" + labelB + " rejects them for " + reasons(sb.failing)
          + sa.price.map(p -> "; " + labelA + " paid " + money(p)).orElse("") + ")";
    } else if (sa.accepted) {
      List<String> changes = new ArrayList<>();
      if (!sa.price.equals(sb.price)) {
        changes.add("price " + sb.price.map(Differ::money).orElse("none") + " instead of "
            + sa.price.map(Differ::money).orElse("none"));
      }
      for (Map.Entry<String, String> table : afterTables.entrySet()) {
        if (sharedPriceTable.equals(Optional.of(table.getKey())) && sa.price.isPresent() && sb.price.isPresent()) {
          continue;
        }
        changes.add(table.getKey() + " " + table.getValue() + " instead of " + beforeTables.get(table.getKey()));
      }
      sentence = labelB + (sa.price.equals(sb.price) ? " classifies " : " pays ") + leadsWith + " differently: "
          + String.join(", ", changes);
    } else {
      List<String> changes = new ArrayList<>();
      if (!sa.failing.isEmpty()) {
        changes.add("no longer for " + reasons(sa.failing));
      }
      if (!sb.failing.isEmpty()) {
        changes.add("now also for " + reasons(sb.failing));
      }
      sentence = labelB + " rejects, for other reasons, " + leadsWith + ": " + String.join("; ", changes)
          + " (both cite whichever other criteria fail)";
    }
    Lead example = leads.get(0);
    return DiffRegion.builder()
        .before(sa.accepted ? Outcome.ACCEPTED : Outcome.REJECTED)
        .after(sb.accepted ? Outcome.ACCEPTED : Outcome.REJECTED)
        .putAllBeforeReasons(sa.failing)
        .putAllAfterReasons(sb.failing)
        .addAllCriterionIds(criterionIds)
        .beforePrice(sa.price)
        .afterPrice(sb.price)
        .addAllTableIds(beforeTables.keySet())
        .putAllBeforeTables(beforeTables)
        .putAllAfterTables(afterTables)
        .addAllRowIds(rowIds)
        .leads(region)
        .addAllBoxes(conditions)
        .example(example)
        .addAllExamples(leads)
        .words(sentence + ", e.g. " + BoxWords.facts(example))
        .build();
  }

  /** {@code 12.50 BRL}: at least the currency's minor digits, else as the contract states it. */
  static String money(Money money) {
    int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
    java.math.BigDecimal amount = money.amount().scale() >= digits ? money.amount() : money.amount().setScale(digits);
    return amount.toPlainString() + " " + money.currency().getCurrencyCode();
  }

  /** {@code TA-SOURCE and ENG-TIME (unknown)}. */
  private static String reasons(Map<String, Status> failing) {
    List<String> items = new ArrayList<>();
    failing.forEach((id, status) -> items.add(id + (status == Status.UNKNOWN ? " (unknown)" : "")));
    return items.isEmpty() ? "unchanged criteria only" : Analyzer.and(items);
  }

  /**
   * The region's boxes as an author reads them: each cut down to the fields the amendment
   * touched, repeats and boxes inside others dropped, neighbours merged.
   */
  private List<Box> describe(List<Box> boxes, Set<String> changed) {
    Set<Box> projected = new LinkedHashSet<>();
    for (Box box : boxes) {
      projected.add(space.project(box, changed));
    }
    List<Box> merged = Regions.mergeWhole(new ArrayList<>(projected), space);
    List<Box> kept = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      boolean inside = false;
      for (int j = 0; j < merged.size() && !inside; j++) {
        inside = j != i && Space.within(merged.get(i), merged.get(j)) && (!merged.get(i).equals(merged.get(j)) || j < i);
      }
      if (!inside) {
        kept.add(merged.get(i));
      }
    }
    return kept;
  }

  /** The fields read by changed criteria, by shared tables that differ, and by price tables when the price rule differs. */
  private Set<String> changedFields() {
    Set<String> fields = new LinkedHashSet<>();
    for (int i : changedA) {
      fields.addAll(before.criteria().get(i).condition().fields());
    }
    for (int i : changedB) {
      fields.addAll(after.criteria().get(i).condition().fields());
    }
    Set<String> tables = new LinkedHashSet<>();
    for (String tableId : commonTables) {
      if (!before.table(tableId).equals(after.table(tableId))) {
        tables.add(tableId);
      }
    }
    boolean priceChanged = !before.terms().equals(after.terms()) || (before.terms().priceTable().isPresent()
        && !before.table(before.terms().priceTable().get()).equals(after.table(before.terms().priceTable().get())));
    if (priceChanged) {
      before.terms().priceTable().ifPresent(tables::add);
      after.terms().priceTable().ifPresent(tables::add);
    }
    for (String tableId : tables) {
      for (Optional<Table> table : List.of(before.table(tableId), after.table(tableId))) {
        table.ifPresent(t -> {
          for (Row row : t.rows()) {
            fields.addAll(row.condition().fields());
          }
        });
      }
    }
    return fields;
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

  /** One version's verdict as the diff compares it. */
  private static final class Side {
    final boolean accepted;
    /** The changed criteria it rejects for, with their statuses. */
    final Map<String, Status> failing;
    final Optional<Money> price;
    /** The common tables' outcomes, when both versions accept. */
    final List<BoxContract.TableOutcome> tables;

    Side(boolean accepted, Map<String, Status> failing, Optional<Money> price, List<BoxContract.TableOutcome> tables) {
      this.accepted = accepted;
      this.failing = failing;
      this.price = price;
      this.tables = tables;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Side that && accepted == that.accepted && failing.equals(that.failing) && price.equals(that.price)
          && tables.equals(that.tables);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accepted, failing, price, tables);
    }

    @Override
    public String toString() {
      return (accepted ? "ACCEPTED" : "REJECTED " + failing) + price.map(p -> " " + p).orElse("") + (tables.isEmpty() ? "" : " " + tables);
    }
  }

  /** Both sides on a box whose verdicts differ. */
  private static final class Key {
    final Side a;
    final Side b;

    Key(Side a, Side b) {
      this.a = a;
      this.b = b;
    }

    /**
     * The key of two differing sides; when both reject, only what differs: the changed criteria
     * only the one cites, or cites with another status (the rest both cite alike).
     */
    static Key of(Side a, Side b) {
      if (a.accepted || b.accepted) {
        return new Key(a, b);
      }
      Map<String, Status> gone = new LinkedHashMap<>(a.failing);
      b.failing.forEach(gone::remove);
      Map<String, Status> added = new LinkedHashMap<>(b.failing);
      a.failing.forEach(added::remove);
      return new Key(new Side(false, gone, a.price, a.tables), new Side(false, added, b.price, b.tables));
    }

    /** Regions are listed: also accepted, no longer accepted, priced or classified otherwise, rejected for other reasons. */
    int order() {
      return !a.accepted && b.accepted ? 0 : a.accepted && !b.accepted ? 1 : a.accepted ? 2 : 3;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && a.equals(that.a) && b.equals(that.b);
    }

    @Override
    public int hashCode() {
      return Objects.hash(a, b);
    }

    @Override
    public String toString() {
      return a + " / " + b;
    }
  }
}
