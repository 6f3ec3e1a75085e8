package dev.leadspec.eval;

import dev.leadspec.internal.StringTable;
import dev.leadspec.model.Condition;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.KeyRange;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Compiles a condition of a contract into the interpreter's {@link CompiledCondition} tree:
 * fields to slots, codes to indexes or bit masks, bounds to primitives (ordering keys through
 * {@link KeyRange}, decimals through {@link Value#decimal()}). The generated evaluator
 * ({@code lead-spec-codegen}'s {@code ContractWriter}) mirrors it case for case.
 */
final class ConditionCompiler implements Condition.Visitor<CompiledCondition> {
  private final SlotLayout layout;

  ConditionCompiler(SlotLayout layout) {
    this.layout = layout;
  }

  CompiledCondition compile(Condition condition) {
    return condition.accept(this);
  }

  @Override
  public CompiledCondition visit(Condition.Compare compare) {
    int slot = layout.slot(compare.field());
    Operator op = compare.operator();
    Value value = compare.value();
    CompiledCondition equal;
    switch (layout.kind(slot)) {
      case DECIMAL:
        BigDecimal number = value.decimal().orElseThrow();
        switch (op) {
          case LT: return new CompiledCondition.DecimalRange(slot, null, false, number, false);
          case LE: return new CompiledCondition.DecimalRange(slot, null, false, number, true);
          case GT: return new CompiledCondition.DecimalRange(slot, number, false, null, false);
          case GE: return new CompiledCondition.DecimalRange(slot, number, true, null, false);
          default: equal = new CompiledCondition.DecimalRange(slot, number, true, number, true);
        }
        break;
      case INTEGER:
      case DATE:
      case FLAG:
      case ANSWER:
        // ≠ gives the single key it excludes, negated below; flags and answers take only = and ≠
        equal = new CompiledCondition.LongRange(slot, compare.keyRange().orElseThrow());
        break;
      case CHOICE:
        equal = new CompiledCondition.CodeIn(slot, members(slot, List.of(text(value))));
        break;
      case CHOICES:
        equal = new CompiledCondition.Mask(slot, mask(slot, codes(value)), CompiledCondition.Mask.EQUAL);
        break;
      case TEXT:
        equal = new CompiledCondition.TextIn(slot, new String[] {text(value)});
        break;
      default:
        throw new AssertionError(layout.kind(slot));
    }
    return op == Operator.NE ? new CompiledCondition.Not(equal) : equal;
  }

  @Override
  public CompiledCondition visit(Condition.Between between) {
    int slot = layout.slot(between.field());
    if (layout.kind(slot) == FieldKind.DECIMAL) {
      return new CompiledCondition.DecimalRange(slot, between.low().decimal().orElseThrow(), between.lowInclusive(),
          between.high().decimal().orElseThrow(), between.highInclusive());
    }
    return new CompiledCondition.LongRange(slot, between.keyRange().orElseThrow());
  }

  @Override
  public CompiledCondition visit(Condition.In in) {
    int slot = layout.slot(in.field());
    CompiledCondition member = layout.kind(slot) == FieldKind.TEXT
        ? new CompiledCondition.TextIn(slot, in.codes().toArray(new String[0]))
        : new CompiledCondition.CodeIn(slot, members(slot, in.codes()));
    return in.negated() ? new CompiledCondition.Not(member) : member;
  }

  @Override
  public CompiledCondition visit(Condition.Contains contains) {
    int slot = layout.slot(contains.field());
    return new CompiledCondition.Mask(slot, mask(slot, contains.codes()),
        contains.all() ? CompiledCondition.Mask.ALL : CompiledCondition.Mask.ANY);
  }

  @Override
  public CompiledCondition visit(Condition.Known known) {
    return new CompiledCondition.Known(layout.slot(known.field()), known.known());
  }

  @Override
  public CompiledCondition visit(Condition.All all) {
    return new CompiledCondition.All(compileAll(all.parts()));
  }

  @Override
  public CompiledCondition visit(Condition.Any any) {
    return new CompiledCondition.Any(compileAll(any.parts()));
  }

  @Override
  public CompiledCondition visit(Condition.Not not) {
    return new CompiledCondition.Not(compile(not.part()));
  }

  @Override
  public CompiledCondition visit(Condition.AtLeast atLeast) {
    return new CompiledCondition.AtLeast(atLeast.count(), compileAll(atLeast.parts()));
  }

  private CompiledCondition[] compileAll(List<Condition> parts) {
    CompiledCondition[] compiled = new CompiledCondition[parts.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = compile(parts.get(i));
    }
    return compiled;
  }

  private boolean[] members(int slot, List<String> codes) {
    StringTable index = codeIndex(slot);
    boolean[] member = new boolean[index.size()];
    for (String code : codes) {
      member[index.indexOf(code)] = true;
    }
    return member;
  }

  private long mask(int slot, List<String> codes) {
    StringTable index = codeIndex(slot);
    long mask = 0;
    for (String code : codes) {
      mask |= 1L << index.indexOf(code);
    }
    return mask;
  }

  private StringTable codeIndex(int slot) {
    return Objects.requireNonNull(layout.codeIndex(slot));
  }

  /** The code or text a validated comparison on a choice or text field compares with. */
  private static String text(Value value) {
    return ((Value.TextValue) value).text();
  }

  /** The codes a validated comparison on a choices field compares with. */
  private static List<String> codes(Value value) {
    return ((Value.CodesValue) value).codes();
  }
}
