package dev.leadspec.analysis;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import java.math.BigDecimal;
import java.util.List;

/**
 * Compiles a contract's conditions into {@link BoxCondition}s over a {@link Space}: each atomic
 * condition becomes the atoms of its field's dimension where it is met, not met and unknown;
 * {@code not}, {@code all}, {@code any} and {@code atLeast} keep their shape.
 */
final class BoxConditionCompiler implements Condition.Visitor<BoxCondition> {
  private final Space space;
  private final Contract contract;

  BoxConditionCompiler(Space space, Contract contract) {
    this.space = space;
    this.contract = contract;
  }

  /** The condition over the space's boxes. */
  BoxCondition compile(Condition condition) {
    return condition.accept(this);
  }

  @Override
  public BoxCondition visit(Condition.Not not) {
    return new BoxCondition.Not(compile(not.part()));
  }

  @Override
  public BoxCondition visit(Condition.All all) {
    return BoxCondition.Threshold.all(compileAll(all.parts()));
  }

  @Override
  public BoxCondition visit(Condition.Any any) {
    return BoxCondition.Threshold.any(compileAll(any.parts()));
  }

  @Override
  public BoxCondition visit(Condition.AtLeast atLeast) {
    return new BoxCondition.Threshold(atLeast.count(), compileAll(atLeast.parts()));
  }

  @Override
  public BoxCondition visit(Condition.Known known) {
    Space.FieldSpace field = field(known.field());
    Dim dim = space.dims.get(field.dim);
    AtomSet unknown = AtomSet.of(dim.size(), dim.unknownAtom());
    AtomSet knownAtoms = dim.full().andNot(unknown);
    AtomSet none = AtomSet.empty(dim.size());
    return known.known()
        ? new BoxCondition.Leaf(field.dim, knownAtoms, unknown, none)
        : new BoxCondition.Leaf(field.dim, unknown, knownAtoms, none);
  }

  @Override
  public BoxCondition visit(Condition.Compare compare) {
    Space.FieldSpace field = field(compare.field());
    if (!field.comparable) {
      return unknownOnly(field);
    }
    boolean negate = compare.operator() == Operator.NE;
    if (field.kind == FieldKind.CHOICES) {
      return choices(field, ValueNames.of(compare.value()), BoxCondition.ChoicesCodes.Mode.EQUAL, negate);
    }
    Dim dim = space.dims.get(field.dim);
    AtomSet met;
    switch (field.kind) {
      case INTEGER:
      case DATE:
        // = and ≠ both select the single key; ≠ is the negation of =
        met = ((Dim.Longs) dim).inside(compare.keyRange().orElseThrow());
        break;
      case DECIMAL:
        met = decimals((Dim.Decimals) dim, negate ? Operator.EQ : compare.operator(), compare.value().decimal().orElseThrow());
        break;
      case FLAG:
      case ANSWER:
        met = AtomSet.of(dim.size(), (int) compare.value().orderingKey().orElseThrow());
        break;
      default:
        met = named(field, dim, ValueNames.of(compare.value()).get(0));
        break;
    }
    return leaf(field, dim, met, negate);
  }

  @Override
  public BoxCondition visit(Condition.Between between) {
    Space.FieldSpace field = field(between.field());
    if (!field.comparable) {
      return unknownOnly(field);
    }
    Dim dim = space.dims.get(field.dim);
    AtomSet met = field.kind == FieldKind.DECIMAL
        ? ((Dim.Decimals) dim).inside(between.low().decimal().orElseThrow(), between.lowInclusive(),
            between.high().decimal().orElseThrow(), between.highInclusive())
        : ((Dim.Longs) dim).inside(between.keyRange().orElseThrow());
    return leaf(field, dim, met, false);
  }

  @Override
  public BoxCondition visit(Condition.In in) {
    Space.FieldSpace field = field(in.field());
    if (!field.comparable) {
      return unknownOnly(field);
    }
    Dim dim = space.dims.get(field.dim);
    AtomSet met = AtomSet.empty(dim.size());
    for (String code : in.codes()) {
      met = met.or(named(field, dim, code));
    }
    return leaf(field, dim, met, in.negated());
  }

  @Override
  public BoxCondition visit(Condition.Contains contains) {
    Space.FieldSpace field = field(contains.field());
    if (!field.comparable) {
      return unknownOnly(field);
    }
    return choices(field, contains.codes(),
        contains.all() ? BoxCondition.ChoicesCodes.Mode.ALL : BoxCondition.ChoicesCodes.Mode.ANY, false);
  }

  private Space.FieldSpace field(String name) {
    return space.field(name);
  }

  private BoxCondition[] compileAll(List<Condition> parts) {
    BoxCondition[] nodes = new BoxCondition[parts.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(parts.get(i));
    }
    return nodes;
  }

  /**
   * A condition on a field whose kind differs between the two contracts: only leads where the
   * field is unknown are compared, and there every condition on it is unknown.
   */
  private BoxCondition unknownOnly(Space.FieldSpace field) {
    Dim dim = space.dims.get(field.dim);
    AtomSet none = AtomSet.empty(dim.size());
    return new BoxCondition.Leaf(field.dim, none, none, AtomSet.of(dim.size(), dim.unknownAtom()));
  }

  /** An atomic condition met on {@code met}: unknown on the unknown atom, not met elsewhere; negated for ≠ and not-in. */
  private static BoxCondition leaf(Space.FieldSpace field, Dim dim, AtomSet met, boolean negate) {
    AtomSet unknown = AtomSet.of(dim.size(), dim.unknownAtom());
    AtomSet notMet = dim.full().andNot(met).andNot(unknown);
    BoxCondition leaf = new BoxCondition.Leaf(field.dim, met, notMet, unknown);
    return negate ? new BoxCondition.Not(leaf) : leaf;
  }

  private static AtomSet decimals(Dim.Decimals decimals, Operator op, BigDecimal x) {
    switch (op) {
      case LT:
        return decimals.inside(null, false, x, false);
      case LE:
        return decimals.inside(null, false, x, true);
      case GT:
        return decimals.inside(x, false, null, false);
      case GE:
        return decimals.inside(x, true, null, false);
      default:
        return decimals.inside(x, true, x, true);
    }
  }

  /** The atom of a code or a mentioned text; empty for a code outside this space. */
  private static AtomSet named(Space.FieldSpace field, Dim dim, String text) {
    int index = field.names.indexOf(text);
    return index < 0 ? AtomSet.empty(dim.size()) : AtomSet.of(dim.size(), index);
  }

  /** A choices field against a set of codes; negated for ≠. */
  private static BoxCondition choices(Space.FieldSpace field, List<String> codes, BoxCondition.ChoicesCodes.Mode mode, boolean negate) {
    boolean[] named = new boolean[field.bitDims.length];
    boolean missing = false;
    for (String code : codes) {
      int index = -1;
      for (int i = 0; i < field.bitCodes.length; i++) {
        if (i != field.otherBit && field.bitCodes[i].equals(code)) {
          index = i;
        }
      }
      if (index < 0) {
        missing = true;
      } else {
        named[index] = true;
      }
    }
    BoxCondition node = new BoxCondition.ChoicesCodes(field.dim, field.bitDims, named, missing, mode);
    return negate ? new BoxCondition.Not(node) : node;
  }
}
