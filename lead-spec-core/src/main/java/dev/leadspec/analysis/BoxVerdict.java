package dev.leadspec.analysis;

import java.util.List;

/**
 * A contract's verdict, constant on a whole box: {@linkplain Rejected rejected}, or
 * {@linkplain Accepted accepted} with the rows each asked table matches.
 */
sealed interface BoxVerdict permits BoxVerdict.Rejected, BoxVerdict.Accepted {
  BoxVerdict REJECTED = new Rejected();

  /** Whether every lead of the box is accepted. */
  boolean isAccepted();

  /**
   * The rows of table {@code table} that match every lead of the box: for a UNIQUE table all that
   * match, for a FIRST table the winner alone; empty when none does. Only on an accepted box,
   * for a table the verdict was asked about.
   */
  List<Integer> matchingRows(int table);

  /** Every lead of the box is rejected. */
  record Rejected() implements BoxVerdict {
    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public List<Integer> matchingRows(int table) {
      throw new IllegalStateException("a rejected lead is not classified");
    }
  }

  /**
   * Every lead of the box is accepted; {@code rows} holds the matching rows of the tables from
   * {@code firstTable} on (all tables, or the one asked about).
   */
  record Accepted(int firstTable, List<List<Integer>> rows) implements BoxVerdict {
    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public List<Integer> matchingRows(int table) {
      return rows.get(table - firstTable);
    }
  }
}
