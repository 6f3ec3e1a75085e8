package dev.leadspec.bench;

import java.util.ArrayList;
import java.util.List;

/** Checks one implementation against hand-written Java on every lead before it is measured. */
final class Agreement {
  private Agreement() {}

  /** One implementation run on lead {@code index} of {@link LeadData#leads()}. */
  interface Implementation {
    void evaluate(int index, DecisionSink sink);
  }

  /** Every lead's decision, in lead order. */
  static List<Decision> decisions(int size, Implementation implementation) {
    List<Decision> decisions = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      DecisionSink.Collector collector = new DecisionSink.Collector();
      implementation.evaluate(i, collector);
      decisions.add(collector.decision());
    }
    return decisions;
  }

  /**
   * Fails unless the implementation gives hand-written Java's outcome and ordered failed ids on
   * every lead.
   *
   * @throws IllegalStateException naming the first leads that differ
   */
  static void check(String name, HostLead[] leads, Implementation implementation) {
    List<Decision> expected = LeadData.expected(leads);
    List<Decision> actual = decisions(leads.length, implementation);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < leads.length; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        differences.add("lead " + leads[i].id() + ": expected " + expected.get(i) + " but " + name + " gave " + actual.get(i));
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException(name + " disagrees with hand-written java on " + differences.size() + " of "
          + leads.length + " leads, e.g.\n" + String.join("\n", differences.subList(0, Math.min(5, differences.size()))));
    }
  }
}
