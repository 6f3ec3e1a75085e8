package dev.leadspec.eval;

/**
 * A lead's facts placed in the compiled contract's slots. Each thread keeps one per compiled
 * contract and binds every lead it evaluates into it; nothing else reads it.
 */
final class LeadSlots {
  final long[] num;
  final Object[] ref;
  final boolean[] known;

  LeadSlots(long[] num, Object[] ref, boolean[] known) {
    this.num = num;
    this.ref = ref;
    this.known = known;
  }
}
