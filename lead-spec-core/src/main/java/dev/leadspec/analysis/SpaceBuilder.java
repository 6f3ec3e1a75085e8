package dev.leadspec.analysis;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.KeyRange;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link Space} of one or two contracts: the fields matched by name, each cut into
 * atoms at every literal the contracts' conditions mention, so that every atomic condition is
 * constant on each atom.
 */
final class SpaceBuilder {
  private static final long MIN_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_DAY = LocalDate.MAX.toEpochDay();

  private final Space space = new Space();

  private SpaceBuilder() {}

  static Space build(List<Contract> contracts) {
    SpaceBuilder builder = new SpaceBuilder();
    builder.fields(contracts);
    return builder.space;
  }

  private void fields(List<Contract> contracts) {
    Map<String, List<Field>> declared = new LinkedHashMap<>();
    for (Contract contract : contracts) {
      for (Field field : contract.fields()) {
        declared.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(field);
      }
    }
    Map<String, Literals> literals = new HashMap<>();
    for (Contract contract : contracts) {
      LiteralCollector collector = new LiteralCollector(contract, literals);
      for (Criterion criterion : contract.criteria()) {
        collector.walk(criterion.condition());
      }
      for (Table table : contract.tables()) {
        for (Row row : table.rows()) {
          collector.walk(row.condition());
        }
      }
    }
    for (Map.Entry<String, List<Field>> entry : declared.entrySet()) {
      String name = entry.getKey();
      List<Field> versions = entry.getValue();
      FieldKind kind = versions.get(0).kind();
      boolean comparable = true;
      for (Field other : versions) {
        if (other.kind() != kind) {
          comparable = false;
          space.remarks.add(Remark.kindsDiffer(name, kind, other.kind()));
          break;
        }
      }
      Space.FieldSpace field = new Space.FieldSpace(name, kind, comparable);
      Literals found = literals.getOrDefault(name, new Literals());
      if (!comparable) {
        field.dim = add(new Dim.Names(new String[0], true));
      } else {
        switch (kind) {
          case INTEGER:
            field.dim = add(longs(Long.MIN_VALUE, Long.MAX_VALUE, found.cuts, false));
            break;
          case DATE:
            field.dim = add(longs(MIN_DAY, MAX_DAY, found.cuts, true));
            break;
          case DECIMAL:
            field.dim = add(new Dim.Decimals(found.points.toArray(new BigDecimal[0])));
            break;
          case FLAG:
            field.dim = add(new Dim.Names(new String[] {"false", "true"}, true));
            break;
          case ANSWER:
            field.dim = add(new Dim.Names(new String[] {"NO", "YES"}, true));
            break;
          case CHOICE:
            field.names = codes(name, versions);
            field.dim = add(new Dim.Names(field.names.toArray(new String[0]), true));
            break;
          case TEXT:
            field.names = new ArrayList<>(found.texts);
            field.otherText = otherText(found.texts);
            List<String> names = new ArrayList<>();
            for (String text : field.names) {
              names.add("\"" + text + "\"");
            }
            names.add("another text");
            field.dim = add(new Dim.Names(names.toArray(new String[0]), true));
            break;
          case CHOICES:
            choices(field, codes(name, versions), found);
            break;
          default:
            throw new AssertionError(kind);
        }
      }
      space.add(field);
    }
  }

  /**
   * A choices field: one dimension for known-ness, one per code a condition names (absent or
   * present), and, when a condition compares the whole set, one for "another code".
   */
  private void choices(Space.FieldSpace field, List<String> domain, Literals found) {
    field.dim = add(new Dim.Names(new String[] {"known"}, true));
    List<String> bits = new ArrayList<>();
    for (String code : domain) {
      if (found.codes.contains(code)) {
        bits.add(code);
      }
    }
    @Nullable String other = null;
    if (found.equality) {
      for (String code : domain) {
        if (!found.codes.contains(code)) {
          other = code;
          break;
        }
      }
    }
    int n = bits.size() + (other == null ? 0 : 1);
    field.bitDims = new int[n];
    field.bitCodes = new String[n];
    for (int i = 0; i < bits.size(); i++) {
      field.bitCodes[i] = bits.get(i);
      field.bitDims[i] = add(new Dim.Names(new String[] {"absent", "present"}, false));
    }
    if (other != null) {
      field.otherBit = n - 1;
      field.bitCodes[n - 1] = other;
      field.bitDims[n - 1] = add(new Dim.Names(new String[] {"absent", "present"}, false));
    }
  }

  /** The codes every version of the field declares; a remark for each declared in only one. */
  private List<String> codes(String name, List<Field> versions) {
    List<String> codes = new ArrayList<>(versions.get(0).codes());
    for (Field other : versions) {
      List<String> dropped = new ArrayList<>();
      for (String code : versions.get(0).codes()) {
        if (!other.codes().contains(code)) {
          dropped.add(code);
        }
      }
      for (String code : other.codes()) {
        if (!versions.get(0).codes().contains(code)) {
          dropped.add(code);
        }
      }
      if (!dropped.isEmpty()) {
        codes.retainAll(other.codes());
        space.remarks.add(Remark.codesInOneContract(name, dropped));
      }
    }
    return codes;
  }

  private static String otherText(Set<String> texts) {
    String candidate = "other";
    for (int i = 2; texts.contains(candidate); i++) {
      candidate = "other-" + i;
    }
    return candidate;
  }

  private int add(Dim dim) {
    return space.addDim(dim);
  }

  /** An integer or date dimension: atoms start at the least value and at every cut inside the bounds. */
  private static Dim.Longs longs(long min, long max, TreeSet<Long> cuts, boolean date) {
    List<Long> starts = new ArrayList<>();
    starts.add(min);
    for (long cut : cuts) {
      if (cut > min && cut <= max) {
        starts.add(cut);
      }
    }
    long[] array = new long[starts.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = starts.get(i);
    }
    return new Dim.Longs(min, max, array, date);
  }

  /** The literals conditions mention for one field. */
  private static final class Literals {
    /** Integer and date fields: the keys where an atom starts. */
    final TreeSet<Long> cuts = new TreeSet<>();
    /** Decimal fields: the points compared with. */
    final TreeSet<BigDecimal> points = new TreeSet<>();
    /** Text fields: the texts compared with. */
    final Set<String> texts = new LinkedHashSet<>();
    /** Choices fields: the codes named. */
    final Set<String> codes = new LinkedHashSet<>();
    /** Choices fields: whether a condition compares the whole set. */
    boolean equality;

    /** An inclusive range of keys starts an atom at its low end and another just past its high end. */
    void cut(KeyRange range) {
      if (range.isEmpty()) {
        return;
      }
      cuts.add(range.low());
      if (range.high() != Long.MAX_VALUE) {
        cuts.add(range.high() + 1);
      }
    }
  }

  /** Records the literals of one contract's conditions in the map it is given, by field. */
  private static final class LiteralCollector extends Condition.LeafVisitor {
    private final Contract contract;
    private final Map<String, Literals> literals;

    LiteralCollector(Contract contract, Map<String, Literals> literals) {
      this.contract = contract;
      this.literals = literals;
    }

    private Literals of(String field) {
      return literals.computeIfAbsent(field, k -> new Literals());
    }

    private FieldKind kind(String field) {
      return contract.field(field).orElseThrow().kind();
    }

    @Override
    protected void visit(Condition.Compare compare) {
      FieldKind kind = kind(compare.field());
      Literals found = of(compare.field());
      switch (kind) {
        case INTEGER:
        case DATE:
          found.cut(compare.keyRange().orElseThrow());
          break;
        case DECIMAL:
          found.points.add(compare.value().decimal().orElseThrow());
          break;
        case TEXT:
          found.texts.addAll(ValueNames.of(compare.value()));
          break;
        case CHOICES:
          found.codes.addAll(ValueNames.of(compare.value()));
          found.equality = true;
          break;
        default:
          break;
      }
    }

    @Override
    protected void visit(Condition.Between between) {
      FieldKind kind = kind(between.field());
      Literals found = of(between.field());
      if (kind == FieldKind.DECIMAL) {
        found.points.add(between.low().decimal().orElseThrow());
        found.points.add(between.high().decimal().orElseThrow());
      } else {
        found.cut(between.keyRange().orElseThrow());
      }
    }

    @Override
    protected void visit(Condition.In in) {
      if (kind(in.field()) == FieldKind.TEXT) {
        of(in.field()).texts.addAll(in.codes());
      }
    }

    @Override
    protected void visit(Condition.Contains contains) {
      of(contains.field()).codes.addAll(contains.codes());
    }

    @Override
    protected void visit(Condition.Known known) {
      // whether a fact is known cuts no atom
    }
  }
}
