package dev.leadspec.model;

import java.util.Set;

/** Adds the fields a condition reads to a set, in the order they first appear. */
final class ConditionFields extends Condition.LeafVisitor {
  private final Set<String> names;

  ConditionFields(Set<String> names) {
    this.names = names;
  }

  @Override
  protected void visit(Condition.Compare compare) {
    names.add(compare.field());
  }

  @Override
  protected void visit(Condition.Between between) {
    names.add(between.field());
  }

  @Override
  protected void visit(Condition.In in) {
    names.add(in.field());
  }

  @Override
  protected void visit(Condition.Contains contains) {
    names.add(contains.field());
  }

  @Override
  protected void visit(Condition.Known known) {
    names.add(known.field());
  }
}
