package dev.leadspec.bench;

import dev.leadspec.eval.Compilation;
import dev.leadspec.model.Lead;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks lead-spec, interpreted and generated, against {@link HandWrittenTables} on every lead of
 * {@link TablesContract} before {@link TablesBenchmark} measures them: equal outcome, reason ids
 * and price, or the run fails.
 */
final class TablesAgreement {
  private TablesAgreement() {}

  /** One implementation run on lead {@code index}. */
  interface Implementation {
    void evaluate(int index, TablesSink sink);
  }

  /** Every lead's verdict, in lead order. */
  static List<TablesSink.Priced> verdicts(int size, Implementation implementation) {
    List<TablesSink.Priced> verdicts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      TablesSink.Collector collector = new TablesSink.Collector();
      implementation.evaluate(i, collector);
      verdicts.add(collector.priced());
    }
    return verdicts;
  }

  /**
   * Fails unless the implementation gives hand-written Java's outcome, reason ids and price on
   * every lead.
   *
   * @throws IllegalStateException naming the first leads that differ
   */
  static void check(String name, Lead[] leads, Implementation implementation) {
    List<TablesSink.Priced> expected = verdicts(leads.length, (i, sink) -> HandWrittenTables.evaluate(leads[i], sink));
    List<TablesSink.Priced> actual = verdicts(leads.length, implementation);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < leads.length; i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        differences.add("lead " + leads[i].id() + ": hand-written java gave " + expected.get(i) + " but " + name + " gave " + actual.get(i));
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException(name + " disagrees with hand-written java on " + differences.size() + " of "
          + leads.length + " leads, e.g.\n" + String.join("\n", differences.subList(0, Math.min(5, differences.size()))));
    }
  }

  /**
   * Fails unless interpreted and generated lead-spec both give hand-written Java's verdicts on
   * every lead.
   *
   * @throws IllegalStateException naming the first leads that differ, or if no code could be generated
   */
  static void checkAll(Lead[] leads) {
    for (Compilation compilation : Compilation.values()) {
      TablesEngine engine = new TablesEngine(compilation);
      check("lead-spec " + compilation, leads, (i, sink) -> engine.evaluate(leads[i], sink));
    }
  }
}
