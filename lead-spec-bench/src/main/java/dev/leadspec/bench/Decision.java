package dev.leadspec.bench;

import java.util.List;

/**
 * What every implementation must produce for a lead: the outcome and the ids of the failed
 * criteria in contract order (empty when accepted).
 *
 * @param accepted whether the lead counts
 * @param failed failed criterion ids, in contract order
 */
record Decision(boolean accepted, List<String> failed) {
  Decision {
    failed = List.copyOf(failed);
  }

  @Override
  public String toString() {
    return accepted ? "ACCEPTED" : "REJECTED " + failed;
  }
}
