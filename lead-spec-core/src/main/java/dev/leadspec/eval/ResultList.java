package dev.leadspec.eval;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A verdict's results or reasons: an unmodifiable list over an array handed over by its maker.
 * Every such list is of this one class, so a host's loop over a verdict's reasons calls one
 * {@code size} and one {@code get}, whatever their number, and the array is not copied.
 */
final class ResultList extends AbstractList<CriterionResult> implements RandomAccess {
  static final ResultList EMPTY = new ResultList(new CriterionResult[0]);

  private final CriterionResult[] results;

  /** Takes the array as it is: the caller fills it and never changes it afterwards. */
  ResultList(CriterionResult[] results) {
    this.results = results;
  }

  @Override
  public CriterionResult get(int index) {
    return results[index];
  }

  @Override
  public int size() {
    return results.length;
  }
}
