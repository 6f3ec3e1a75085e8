package dev.leadspec.model;

import java.util.List;
import java.util.Set;

/** Adds the fields a condition reads to a set, in the order they first appear. */
final class ConditionFields implements Condition.Visitor<Set<String>> {
  private final Set<String> names;

  ConditionFields(Set<String> names) {
    this.names = names;
  }

  @Override
  public Set<String> visit(Condition.Compare compare) {
    return add(compare.field());
  }

  @Override
  public Set<String> visit(Condition.Between between) {
    return add(between.field());
  }

  @Override
  public Set<String> visit(Condition.In in) {
    return add(in.field());
  }

  @Override
  public Set<String> visit(Condition.Contains contains) {
    return add(contains.field());
  }

  @Override
  public Set<String> visit(Condition.Known known) {
    return add(known.field());
  }

  @Override
  public Set<String> visit(Condition.All all) {
    return parts(all.parts());
  }

  @Override
  public Set<String> visit(Condition.Any any) {
    return parts(any.parts());
  }

  @Override
  public Set<String> visit(Condition.Not not) {
    return not.part().accept(this);
  }

  @Override
  public Set<String> visit(Condition.AtLeast atLeast) {
    return parts(atLeast.parts());
  }

  private Set<String> add(String field) {
    names.add(field);
    return names;
  }

  private Set<String> parts(List<Condition> parts) {
    for (Condition part : parts) {
      part.accept(this);
    }
    return names;
  }
}
