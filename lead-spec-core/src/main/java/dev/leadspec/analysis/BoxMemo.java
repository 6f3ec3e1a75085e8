package dev.leadspec.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What the verdict learnt about a box that holds on every part of it too, so a part need not
 * learn it again: per contract (slot 0 or 1: a diff compares two), the table rows that can still
 * match. Immutable; a box's parts share it.
 */
final class BoxMemo {
  static final BoxMemo EMPTY = new BoxMemo(null, null);

  private final @Nullable LiveRows slot0;
  private final @Nullable LiveRows slot1;

  private BoxMemo(@Nullable LiveRows slot0, @Nullable LiveRows slot1) {
    this.slot0 = slot0;
    this.slot1 = slot1;
  }

  /** The rows that can still match for the contract of {@code slot}; null when every criterion has yet to be decided. */
  @Nullable LiveRows liveRows(int slot) {
    return slot == 0 ? slot0 : slot1;
  }

  BoxMemo withLiveRows(int slot, LiveRows rows) {
    return slot == 0 ? new BoxMemo(rows, slot1) : new BoxMemo(slot0, rows);
  }

  /**
   * Per table, the rows that can still match on a box whose criteria all hold, in order; null
   * for a table not narrowed yet (every row).
   */
  static final class LiveRows {
    private final int[] @Nullable [] byTable;

    LiveRows(int[] @Nullable [] byTable) {
      this.byTable = byTable;
    }

    int @Nullable [] rows(int table) {
      return byTable[table];
    }
  }
}
