package dev.leadspec.eval;

import dev.leadspec.internal.ArrayMap;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Makes each criterion's {@link CriterionResult} for a verdict, its results and its reasons: what
 * each criterion expects in words, prepared once, the fields it reads, and for criteria over few
 * values their {@link PreparedResults}.
 */
final class CriterionResults {
  final Criterion[] criteria;
  /** Per criterion, its condition in words; a disqualifier's negated, as that is what acceptance expects. */
  final String[] expected;
  /** Per criterion, the fields it reads, in the order they first appear. */
  final String[][] readFields;
  /** The slots of {@link #readFields}. */
  final int[][] readSlots;
  private final CompiledContract compiled;
  /** Per criterion, its results prepared for every reading when the fields it reads have few values; else null. */
  private final @Nullable PreparedResults[] prepared;

  CriterionResults(CompiledContract compiled, List<Criterion> list, SlotLayout layout, Acceptance acceptance) {
    this.compiled = compiled;
    int m = list.size();
    criteria = list.toArray(new Criterion[0]);
    expected = new String[m];
    readFields = new String[m][];
    readSlots = new int[m][];
    for (int i = 0; i < m; i++) {
      Criterion criterion = criteria[i];
      String condition = criterion.condition().toString();
      expected[i] = acceptance.isDisqualifier(i) ? "not (" + condition + ")" : condition;
      readFields[i] = criterion.condition().fields().toArray(new String[0]);
      readSlots[i] = new int[readFields[i].length];
      for (int j = 0; j < readFields[i].length; j++) {
        readSlots[i][j] = layout.slot(readFields[i][j]);
      }
    }
    prepared = new PreparedResults[m];
    for (int i = 0; i < m; i++) {
      prepared[i] = PreparedResults.prepare(compiled, this, i);
    }
  }

  /**
   * Criterion {@code i}'s result for a lead: a shared, prepared one when the fields it reads have
   * few values (a writer meeting it again may reuse what it wrote), else one that reads its facts
   * from the lead when asked.
   */
  CriterionResult result(int i, int status, boolean accepted, Lead lead) {
    PreparedResults finite = prepared[i];
    if (finite != null) {
      return finite.result(lead, accepted);
    }
    return CriterionResult.of(compiled, i, status, compiled.decisive(i, status, accepted), lead);
  }

  /** Criterion {@code i}'s result as one of a verdict's reasons: nothing is read from the lead until asked. */
  CriterionResult reason(int i, int status, Lead lead) {
    return CriterionResult.of(compiled, i, status, true, lead);
  }

  /** Criterion {@code i}'s result for facts already read. */
  CriterionResult result(int i, int status, boolean accepted, List<FactReading> facts) {
    return CriterionResult.of(compiled, i, status, compiled.decisive(i, status, accepted), facts);
  }

  /** The facts criterion {@code i} reads, as the lead holds them. */
  List<FactReading> readings(int i, Lead lead) {
    String[] fields = readFields[i];
    ArrayMap<Value> known = SlotLayout.facts(lead);
    if (fields.length == 1) {
      return List.of(reading(known, fields[0], readSlots[i][0]));
    }
    FactReading[] readings = new FactReading[fields.length];
    for (int j = 0; j < fields.length; j++) {
      readings[j] = reading(known, fields[j], readSlots[i][j]);
    }
    return List.of(readings);
  }

  /** What a lead holds for a field, looked for first where a lead in the contract's order holds it. */
  private static FactReading reading(ArrayMap<Value> facts, String field, int slot) {
    int at = facts.indexOf(field, slot);
    return FactReading.reading(field, at < 0 ? Optional.empty() : Optional.of(facts.valueAt(at)));
  }
}
