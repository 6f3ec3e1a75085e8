package dev.leadspec.analysis;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Instant;
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
 * The space of leads of one or two contracts: the fields matched by name, each cut into atoms
 * at every literal the contracts' conditions mention. Builds boxes' example leads and words.
 */
final class Space {
  private static final long MIN_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_DAY = LocalDate.MAX.toEpochDay();

  final List<Dim> dims = new ArrayList<>();
  final List<FieldSpace> fields = new ArrayList<>();
  final List<String> remarks = new ArrayList<>();
  private final Map<String, FieldSpace> byName = new HashMap<>();

  /** One field's dimensions. */
  static final class FieldSpace {
    final String name;
    final FieldKind kind;
    final boolean comparable;
    int dim;
    /** choice: the codes; text: the mentioned texts. */
    List<String> names = List.of();
    String otherText = "";
    /** choices: one dimension per code a condition names, then one for "another code". */
    int[] bitDims = new int[0];
    String[] bitCodes = new String[0];
    int otherBit = -1;

    FieldSpace(String name, FieldKind kind, boolean comparable) {
      this.name = name;
      this.kind = kind;
      this.comparable = comparable;
    }
  }

  private Space() {}

  static Space of(List<Contract> contracts) {
    Space space = new Space();
    space.build(contracts);
    return space;
  }

  FieldSpace field(String name) {
    return byName.get(name);
  }

  Box full() {
    AtomSet[] sets = new AtomSet[dims.size()];
    for (int d = 0; d < sets.length; d++) {
      sets[d] = dims.get(d).full();
    }
    return new Box(sets);
  }

  // ------------------------------------------------------------------ building

  private void build(List<Contract> contracts) {
    Map<String, List<Field>> declared = new LinkedHashMap<>();
    for (Contract contract : contracts) {
      for (Field field : contract.fields()) {
        declared.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(field);
      }
    }
    Map<String, Literals> literals = new HashMap<>();
    for (Contract contract : contracts) {
      for (Criterion criterion : contract.criteria()) {
        collect(contract, criterion.condition(), literals);
      }
      for (Table table : contract.tables()) {
        for (Row row : table.rows()) {
          collect(contract, row.condition(), literals);
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
          remarks.add("field \"" + name + "\" is " + kind.words() + " in one contract and " + other.kind().words()
              + " in the other: only leads where it is unknown are compared");
          break;
        }
      }
      FieldSpace field = new FieldSpace(name, kind, comparable);
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
      fields.add(field);
      byName.put(name, field);
    }
  }

  private void choices(FieldSpace field, List<String> domain, Literals found) {
    field.dim = add(new Dim.Names(new String[] {"known"}, true));
    List<String> bits = new ArrayList<>();
    for (String code : domain) {
      if (found.codes.contains(code)) {
        bits.add(code);
      }
    }
    String other = null;
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
        remarks.add("field \"" + name + "\": codes " + dropped + " are declared in only one contract: leads with them are not compared");
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
    dims.add(dim);
    return dims.size() - 1;
  }

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
    final TreeSet<Long> cuts = new TreeSet<>();
    final TreeSet<BigDecimal> points = new TreeSet<>();
    final Set<String> texts = new LinkedHashSet<>();
    final Set<String> codes = new LinkedHashSet<>();
    boolean equality;
  }

  private static void collect(Contract contract, Condition condition, Map<String, Literals> literals) {
    if (condition instanceof Condition.Compare compare) {
      FieldKind kind = kind(contract, compare.field());
      Literals found = literals.computeIfAbsent(compare.field(), k -> new Literals());
      Value value = compare.value();
      switch (kind) {
        case INTEGER:
        case DATE:
          cut(found, longRange(compare.operator(), longOf(value)));
          break;
        case DECIMAL:
          found.points.add(decimal(value));
          break;
        case TEXT:
          found.texts.add(((Value.TextValue) value).text());
          break;
        case CHOICES:
          found.codes.addAll(((Value.CodesValue) value).codes());
          found.equality = true;
          break;
        default:
          break;
      }
    } else if (condition instanceof Condition.Between between) {
      FieldKind kind = kind(contract, between.field());
      Literals found = literals.computeIfAbsent(between.field(), k -> new Literals());
      if (kind == FieldKind.DECIMAL) {
        found.points.add(decimal(between.low()));
        found.points.add(decimal(between.high()));
      } else {
        cut(found, longRange(between));
      }
    } else if (condition instanceof Condition.In in) {
      if (kind(contract, in.field()) == FieldKind.TEXT) {
        literals.computeIfAbsent(in.field(), k -> new Literals()).texts.addAll(in.codes());
      }
    } else if (condition instanceof Condition.Contains contains) {
      literals.computeIfAbsent(contains.field(), k -> new Literals()).codes.addAll(contains.codes());
    } else {
      for (Condition part : condition.parts()) {
        collect(contract, part, literals);
      }
    }
  }

  private static void cut(Literals found, long @Nullable [] range) {
    if (range == null) {
      return;
    }
    found.cuts.add(range[0]);
    if (range[1] != Long.MAX_VALUE) {
      found.cuts.add(range[1] + 1);
    }
  }

  private static FieldKind kind(Contract contract, String field) {
    return contract.field(field).orElseThrow().kind();
  }

  /** The inclusive range an ordering comparison selects, as the evaluator reads it; null when empty. */
  static long @Nullable [] longRange(Operator op, long x) {
    switch (op) {
      case LT:
        return x == Long.MIN_VALUE ? null : new long[] {Long.MIN_VALUE, x - 1};
      case LE:
        return new long[] {Long.MIN_VALUE, x};
      case GT:
        return x == Long.MAX_VALUE ? null : new long[] {x + 1, Long.MAX_VALUE};
      case GE:
        return new long[] {x, Long.MAX_VALUE};
      default:
        return new long[] {x, x};
    }
  }

  static long @Nullable [] longRange(Condition.Between between) {
    long lo = longOf(between.low());
    long hi = longOf(between.high());
    if (!between.lowInclusive()) {
      if (lo == Long.MAX_VALUE) {
        return null;
      }
      lo++;
    }
    if (!between.highInclusive()) {
      if (hi == Long.MIN_VALUE) {
        return null;
      }
      hi--;
    }
    return lo <= hi ? new long[] {lo, hi} : null;
  }

  static long longOf(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return i.number();
    }
    return ((Value.DateValue) value).date().toEpochDay();
  }

  static BigDecimal decimal(Value value) {
    return value instanceof Value.IntegerValue i ? BigDecimal.valueOf(i.number()) : ((Value.DecimalValue) value).number();
  }

  // ------------------------------------------------------------------ compiling

  /** Compiles a condition of {@code contract} over this space. */
  ANode compile(Contract contract, Condition condition) {
    if (condition instanceof Condition.Not not) {
      return new ANode.Not(compile(contract, not.part()));
    }
    if (condition instanceof Condition.All all) {
      return new ANode.All(compileAll(contract, all.parts()));
    }
    if (condition instanceof Condition.Any any) {
      return new ANode.Any(compileAll(contract, any.parts()));
    }
    if (condition instanceof Condition.AtLeast atLeast) {
      return new ANode.AtLeast(atLeast.count(), compileAll(contract, atLeast.parts()));
    }
    if (condition instanceof Condition.Known known) {
      FieldSpace field = byName.get(known.field());
      Dim dim = dims.get(field.dim);
      AtomSet unknown = AtomSet.of(dim.size(), dim.unknownAtom());
      AtomSet knownAtoms = dim.full().andNot(unknown);
      AtomSet none = AtomSet.empty(dim.size());
      return known.known()
          ? new ANode.Leaf(field.dim, knownAtoms, unknown, none)
          : new ANode.Leaf(field.dim, unknown, knownAtoms, none);
    }
    String name = condition.fields().iterator().next();
    FieldSpace field = byName.get(name);
    Dim dim = dims.get(field.dim);
    if (!field.comparable) {
      AtomSet none = AtomSet.empty(dim.size());
      return new ANode.Leaf(field.dim, none, none, AtomSet.of(dim.size(), dim.unknownAtom()));
    }
    if (field.kind == FieldKind.CHOICES) {
      return mask(field, condition);
    }
    boolean negate = false;
    AtomSet met;
    if (condition instanceof Condition.Compare compare) {
      negate = compare.operator() == Operator.NE;
      Operator op = negate ? Operator.EQ : compare.operator();
      met = atoms(field, dim, op, compare.value());
    } else if (condition instanceof Condition.Between between) {
      if (dim instanceof Dim.Decimals decimals) {
        met = decimals.inside(decimal(between.low()), between.lowInclusive(), decimal(between.high()), between.highInclusive());
      } else {
        long[] range = longRange(between);
        met = range == null ? AtomSet.empty(dim.size()) : ((Dim.Longs) dim).inside(range[0], range[1]);
      }
    } else {
      Condition.In in = (Condition.In) condition;
      negate = in.negated();
      met = AtomSet.empty(dim.size());
      for (String code : in.codes()) {
        met = met.or(named(field, dim, code));
      }
    }
    AtomSet unknown = AtomSet.of(dim.size(), dim.unknownAtom());
    AtomSet notMet = dim.full().andNot(met).andNot(unknown);
    ANode leaf = new ANode.Leaf(field.dim, met, notMet, unknown);
    return negate ? new ANode.Not(leaf) : leaf;
  }

  private ANode[] compileAll(Contract contract, List<Condition> parts) {
    ANode[] nodes = new ANode[parts.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(contract, parts.get(i));
    }
    return nodes;
  }

  private static AtomSet atoms(FieldSpace field, Dim dim, Operator op, Value value) {
    switch (field.kind) {
      case INTEGER:
      case DATE:
        long[] range = longRange(op, longOf(value));
        return range == null ? AtomSet.empty(dim.size()) : ((Dim.Longs) dim).inside(range[0], range[1]);
      case DECIMAL:
        BigDecimal x = decimal(value);
        Dim.Decimals decimals = (Dim.Decimals) dim;
        switch (op) {
          case LT: return decimals.inside(null, false, x, false);
          case LE: return decimals.inside(null, false, x, true);
          case GT: return decimals.inside(x, false, null, false);
          case GE: return decimals.inside(x, true, null, false);
          default: return decimals.inside(x, true, x, true);
        }
      case FLAG:
        return AtomSet.of(dim.size(), ((Value.FlagValue) value).flag() ? 1 : 0);
      case ANSWER:
        return AtomSet.of(dim.size(), ((Value.AnswerValue) value).answer() == Answer.YES ? 1 : 0);
      default:
        return named(field, dim, ((Value.TextValue) value).text());
    }
  }

  /** The atom of a code or a mentioned text; empty for a code outside this space. */
  private static AtomSet named(FieldSpace field, Dim dim, String text) {
    int index = field.names.indexOf(text);
    return index < 0 ? AtomSet.empty(dim.size()) : AtomSet.of(dim.size(), index);
  }

  private ANode mask(FieldSpace field, Condition condition) {
    List<String> codes;
    int mode;
    if (condition instanceof Condition.Contains contains) {
      codes = contains.codes();
      mode = contains.all() ? ANode.Mask.ALL : ANode.Mask.ANY;
    } else {
      codes = ((Value.CodesValue) ((Condition.Compare) condition).value()).codes();
      mode = ANode.Mask.EQUAL;
    }
    boolean[] inMask = new boolean[field.bitDims.length];
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
        inMask[index] = true;
      }
    }
    ANode node = new ANode.Mask(field.dim, field.bitDims, inMask, missing, mode);
    boolean negate = condition instanceof Condition.Compare compare && compare.operator() == Operator.NE;
    return negate ? new ANode.Not(node) : node;
  }

  // ------------------------------------------------------------------ leads and words

  /** Whether a box leaves the field free. */
  boolean free(Box box, FieldSpace field) {
    if (!box.set(field.dim).equals(dims.get(field.dim).full())) {
      return false;
    }
    for (int bit : field.bitDims) {
      if (box.set(bit).count() != 2) {
        return false;
      }
    }
    return true;
  }

  /** A lead inside the box: free fields unknown, others known where the box allows. */
  Lead lead(Box box, String id, Instant deliveredAt) {
    Lead.Builder lead = Lead.builder().id(id).deliveredAt(deliveredAt);
    for (FieldSpace field : fields) {
      if (free(box, field)) {
        continue;
      }
      Dim dim = dims.get(field.dim);
      AtomSet set = box.set(field.dim);
      int atom = set.first();
      if (atom < 0 || atom == dim.unknownAtom()) {
        continue;
      }
      lead.fact(field.name, value(field, dim, atom, box));
    }
    return lead.build();
  }

  private static Value value(FieldSpace field, Dim dim, int atom, Box box) {
    switch (field.kind) {
      case INTEGER:
        return Value.of(((Dim.Longs) dim).sample(atom));
      case DATE:
        return Value.of(LocalDate.ofEpochDay(((Dim.Longs) dim).sample(atom)));
      case DECIMAL:
        return Value.of(((Dim.Decimals) dim).sample(atom));
      case FLAG:
        return Value.of(atom == 1);
      case ANSWER:
        return Value.of(atom == 1 ? Answer.YES : Answer.NO);
      case CHOICE:
        return Value.of(field.names.get(atom));
      case TEXT:
        return Value.of(atom < field.names.size() ? field.names.get(atom) : field.otherText);
      case CHOICES:
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < field.bitDims.length; i++) {
          if (!box.set(field.bitDims[i]).contains(0)) {
            codes.add(field.bitCodes[i]);
          }
        }
        return Value.codes(codes);
      default:
        throw new AssertionError(field.kind);
    }
  }

  /**
   * The box in words, field by field: {@code employees 40–49, industry RETAIL or LOGISTICS}.
   * Only the named fields are described when {@code only} is not empty and one of them is
   * restricted; empty when no field is.
   */
  String words(Box box, Set<String> only) {
    boolean useOnly = false;
    for (FieldSpace field : fields) {
      useOnly |= only.contains(field.name) && !free(box, field);
    }
    List<String> parts = new ArrayList<>();
    for (FieldSpace field : fields) {
      if (free(box, field) || (useOnly && !only.contains(field.name))) {
        continue;
      }
      parts.add(field.name + " " + fieldWords(box, field));
    }
    return String.join(", ", parts);
  }

  private String fieldWords(Box box, FieldSpace field) {
    Dim dim = dims.get(field.dim);
    AtomSet set = box.set(field.dim);
    boolean unknown = dim.unknownAtom() >= 0 && set.contains(dim.unknownAtom());
    List<String> words = new ArrayList<>();
    if (field.kind == FieldKind.CHOICES) {
      if (set.contains(0)) {
        List<String> with = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (int i = 0; i < field.bitDims.length; i++) {
          AtomSet bit = box.set(field.bitDims[i]);
          String code = i == field.otherBit ? "another code" : field.bitCodes[i];
          if (!bit.contains(0)) {
            with.add(code);
          } else if (!bit.contains(1)) {
            without.add(code);
          }
        }
        String text = (with.isEmpty() ? "" : "with " + String.join(" and ", with))
            + (with.isEmpty() || without.isEmpty() ? "" : " ")
            + (without.isEmpty() ? "" : "without " + String.join(" or ", without));
        words.add(text.isEmpty() ? "known" : text);
      }
    } else if (field.kind == FieldKind.CHOICE && unknown) {
      List<String> others = new ArrayList<>();
      for (int c = 0; c < field.names.size(); c++) {
        if (!set.contains(c)) {
          others.add(field.names.get(c));
        }
      }
      if (!others.isEmpty() && others.size() < field.names.size() - others.size()) {
        return "not " + String.join(" or ", others);
      }
      words.addAll(dim.words(set));
    } else {
      words.addAll(dim.words(set));
    }
    if (unknown) {
      words.add("unknown");
    }
    return String.join(" or ", words);
  }

  /** {@code leads with <words>}, or {@code all leads} when the words are empty. */
  static String leadsWith(String words) {
    return words.isEmpty() ? "all leads" : "leads with " + words;
  }

  /** The lead's facts in words: {@code employees = 45, industry = RETAIL}. */
  static String facts(Lead lead) {
    if (lead.facts().isEmpty()) {
      return "a lead with no facts";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      parts.add(fact.getKey() + " = " + fact.getValue());
    }
    return String.join(", ", parts);
  }

  // ------------------------------------------------------------------ projections and conditions

  /** The box with every field outside {@code only} left free. */
  Box project(Box box, Set<String> only) {
    AtomSet[] sets = box.sets.clone();
    for (FieldSpace field : fields) {
      if (only.contains(field.name)) {
        continue;
      }
      sets[field.dim] = dims.get(field.dim).full();
      for (int bit : field.bitDims) {
        sets[bit] = dims.get(bit).full();
      }
    }
    return new Box(sets);
  }

  /** Whether every lead of {@code inner} is a lead of {@code outer}. */
  static boolean within(Box inner, Box outer) {
    for (int d = 0; d < inner.sets.length; d++) {
      if (!inner.set(d).andNot(outer.set(d)).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The box as a condition over its restricted fields, one part per field (an {@code all} of them
   * when there are several; {@code Known} of no field when none is): what the text package words
   * in a contract's own labels. A choices field's "another code" is left out.
   */
  List<Condition> conditions(Box box) {
    List<Condition> parts = new ArrayList<>();
    for (FieldSpace field : fields) {
      if (!free(box, field)) {
        parts.add(condition(box, field));
      }
    }
    return parts;
  }

  private Condition condition(Box box, FieldSpace field) {
    Dim dim = dims.get(field.dim);
    AtomSet set = box.set(field.dim);
    int unknownAtom = dim.unknownAtom();
    boolean unknown = unknownAtom >= 0 && set.contains(unknownAtom);
    List<Condition> parts = new ArrayList<>();
    String name = field.name;
    if (!field.comparable) {
      return new Condition.Known(name, false);
    }
    switch (field.kind) {
      case INTEGER:
      case DATE: {
        Dim.Longs longs = (Dim.Longs) dim;
        boolean date = field.kind == FieldKind.DATE;
        int a = set.first();
        while (a >= 0 && a < unknownAtom) {
          int b = a;
          while (b + 1 < unknownAtom && set.contains(b + 1)) {
            b++;
          }
          long lo = longs.lo(a);
          long hi = longs.hi(b);
          if (lo == longs.min && hi == longs.max) {
            parts.add(new Condition.Known(name, true));
          } else if (lo == longs.min) {
            parts.add(new Condition.Compare(name, Operator.LE, longValue(hi, date)));
          } else if (hi == longs.max) {
            parts.add(new Condition.Compare(name, Operator.GE, longValue(lo, date)));
          } else if (lo == hi) {
            parts.add(new Condition.Compare(name, Operator.EQ, longValue(lo, date)));
          } else {
            parts.add(new Condition.Between(name, longValue(lo, date), longValue(hi, date), true, true));
          }
          a = set.next(b + 1);
        }
        break;
      }
      case DECIMAL: {
        Dim.Decimals decimals = (Dim.Decimals) dim;
        BigDecimal[] points = decimals.points;
        int n = unknownAtom;
        int a = set.first();
        while (a >= 0 && a < n) {
          int b = a;
          while (b + 1 < n && set.contains(b + 1)) {
            b++;
          }
          BigDecimal lo = a == 0 ? null : points[(a - 1) / 2];
          boolean loInclusive = decimals.isPoint(a);
          BigDecimal hi = b == n - 1 ? null : points[b / 2];
          boolean hiInclusive = decimals.isPoint(b);
          if (a == b && decimals.isPoint(a)) {
            parts.add(new Condition.Compare(name, Operator.EQ, Value.of(lo)));
          } else if (lo == null && hi == null) {
            parts.add(new Condition.Known(name, true));
          } else if (lo == null) {
            parts.add(new Condition.Compare(name, hiInclusive ? Operator.LE : Operator.LT, Value.of(hi)));
          } else if (hi == null) {
            parts.add(new Condition.Compare(name, loInclusive ? Operator.GE : Operator.GT, Value.of(lo)));
          } else {
            parts.add(new Condition.Between(name, Value.of(lo), Value.of(hi), loInclusive, hiInclusive));
          }
          a = set.next(b + 1);
        }
        break;
      }
      case FLAG:
      case ANSWER: {
        int known = set.andNot(unknownAtom >= 0 ? AtomSet.of(dim.size(), unknownAtom) : AtomSet.empty(dim.size())).count();
        if (known == 2) {
          parts.add(new Condition.Known(name, true));
        } else if (known == 1) {
          boolean yes = set.contains(1);
          parts.add(new Condition.Compare(name, Operator.EQ,
              field.kind == FieldKind.FLAG ? Value.of(yes) : Value.of(yes ? Answer.YES : Answer.NO)));
        }
        break;
      }
      case CHOICE: {
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < field.names.size(); c++) {
          if (set.contains(c)) {
            codes.add(field.names.get(c));
          }
        }
        List<String> others = new ArrayList<>(field.names);
        others.removeAll(codes);
        if (codes.size() == field.names.size() && !codes.isEmpty()) {
          parts.add(new Condition.Known(name, true));
        } else if (unknown && !others.isEmpty() && others.size() < codes.size()) {
          return new Condition.In(name, others, true);
        } else if (codes.size() == 1) {
          parts.add(new Condition.Compare(name, Operator.EQ, Value.of(codes.get(0))));
        } else if (!codes.isEmpty()) {
          parts.add(new Condition.In(name, codes, false));
        }
        break;
      }
      case TEXT: {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < field.names.size(); c++) {
          (set.contains(c) ? in : out).add(field.names.get(c));
        }
        boolean other = set.contains(field.names.size());
        if (other && out.isEmpty()) {
          parts.add(new Condition.Known(name, true));
        } else if (other) {
          parts.add(new Condition.In(name, out, true));
        } else if (!in.isEmpty()) {
          parts.add(new Condition.In(name, in, false));
        }
        break;
      }
      case CHOICES: {
        if (set.contains(0)) {
          List<String> with = new ArrayList<>();
          List<String> without = new ArrayList<>();
          for (int i = 0; i < field.bitDims.length; i++) {
            if (i == field.otherBit) {
              continue;
            }
            AtomSet bit = box.set(field.bitDims[i]);
            if (!bit.contains(0)) {
              with.add(field.bitCodes[i]);
            } else if (!bit.contains(1)) {
              without.add(field.bitCodes[i]);
            }
          }
          List<Condition> known = new ArrayList<>();
          if (!with.isEmpty()) {
            known.add(new Condition.Contains(name, with, true));
          }
          if (!without.isEmpty()) {
            known.add(new Condition.Not(new Condition.Contains(name, without, false)));
          }
          parts.add(known.isEmpty() ? new Condition.Known(name, true) : known.size() == 1 ? known.get(0) : new Condition.All(known));
        }
        break;
      }
      default:
        throw new AssertionError(field.kind);
    }
    if (unknown) {
      parts.add(new Condition.Known(name, false));
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.Any(parts);
  }

  private static Value longValue(long x, boolean date) {
    return date ? Value.of(LocalDate.ofEpochDay(x)) : Value.of(x);
  }
}
