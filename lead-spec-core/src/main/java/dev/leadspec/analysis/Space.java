package dev.leadspec.analysis;

import dev.leadspec.model.Contract;
import dev.leadspec.model.FieldKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The space of leads of one or two contracts: one or more dimensions per field (matched by name
 * across the contracts), each a finite list of atoms on which every atomic condition is
 * constant. {@link SpaceBuilder} builds it; boxes are products of atom sets over it.
 */
final class Space {
  final List<Dim> dims = new ArrayList<>();
  final List<FieldSpace> fields = new ArrayList<>();
  final List<Remark> remarks = new ArrayList<>();
  private final Map<String, FieldSpace> byName = new HashMap<>();

  /**
   * One field's dimensions: {@link #dim} (its values, unknown included; for a choices field
   * only whether it is known), and for a choices field one absent/present dimension per code
   * a condition names ({@link #bitDims}).
   */
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

  Space() {}

  /** The space of the contracts' leads. */
  static Space of(List<Contract> contracts) {
    return SpaceBuilder.build(contracts);
  }

  /** Adds a dimension; its index. */
  int addDim(Dim dim) {
    dims.add(dim);
    return dims.size() - 1;
  }

  /** Adds a field whose dimensions are added. */
  void add(FieldSpace field) {
    fields.add(field);
    byName.put(field.name, field);
  }

  FieldSpace field(String name) {
    return byName.get(name);
  }

  /** The box of every lead. */

  Box full() {
    AtomSet[] sets = new AtomSet[dims.size()];
    for (int d = 0; d < sets.length; d++) {
      sets[d] = dims.get(d).full();
    }
    return new Box(sets);
  }

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
}
