package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionLeafVisitorTest {
  private final Condition size = new Condition.Between("employees", Value.of(50), Value.of(5000), true, true);
  private final Condition upgrade = new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES));
  private final Condition retail = new Condition.In("industry", List.of("RETAIL"), false);
  private final Condition crm = new Condition.Contains("tools", List.of("CRM"), false);
  private final Condition budget = new Condition.Known("budget", true);

  @Test
  void a_nested_contract_condition_shows_every_leaf_under_every_kind_of_composite_in_order() {
    // given: each leaf reachable only through the composites around it
    Condition condition = Condition.all(upgrade,
        Condition.any(size, Condition.not(retail)),
        Condition.atLeast(1, crm, Condition.not(budget)));
    Leaves leaves = new Leaves();
    // when
    leaves.walk(condition);
    // then
    assertThat(leaves.seen).containsExactly(upgrade, size, retail, crm, budget);
  }

  @Test
  void a_criterion_of_one_comparison_is_visited_once() {
    // given
    Leaves leaves = new Leaves();
    // when
    leaves.walk(size);
    // then
    assertThat(leaves.seen).containsExactly(size);
  }

  @Test
  void a_leaf_written_twice_is_visited_twice_so_a_subclass_decides_about_repeats() {
    // given
    Condition condition = Condition.any(Condition.all(retail, upgrade), Condition.all(retail, size));
    Leaves leaves = new Leaves();
    // when
    leaves.walk(condition);
    // then
    assertThat(leaves.seen).containsExactly(retail, upgrade, retail, size);
  }

  /** Records each leaf it is shown, by kind, so that a leaf routed to the wrong method would show. */
  private static final class Leaves extends Condition.LeafVisitor {
    final List<Condition> seen = new ArrayList<>();

    @Override
    protected void visit(Condition.Compare compare) {
      seen.add(compare);
    }

    @Override
    protected void visit(Condition.Between between) {
      seen.add(between);
    }

    @Override
    protected void visit(Condition.In in) {
      seen.add(in);
    }

    @Override
    protected void visit(Condition.Contains contains) {
      seen.add(contains);
    }

    @Override
    protected void visit(Condition.Known known) {
      seen.add(known);
    }
  }
}
