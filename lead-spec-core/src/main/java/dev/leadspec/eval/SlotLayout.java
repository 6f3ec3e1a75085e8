package dev.leadspec.eval;

import dev.leadspec.internal.ArrayMap;
import dev.leadspec.internal.StringTable;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each field of a contract lives in {@link LeadSlots} (its position in the contract), the
 * code index of each choice field, and the {@link Binder} that places a lead's fact there: the
 * binding job of a compiled contract.
 */
final class SlotLayout {
  private static final Object[] NO_REFS = new Object[0];

  private final List<Field> fields;
  private final FieldKind[] kinds;
  private final @Nullable StringTable[] codeIndexes;
  private final Binder[] binders;
  /** Whether any field keeps a reference (a decimal or a text) rather than a number. */
  private final boolean hasRefs;
  private final Map<String, Integer> slots = new HashMap<>();

  SlotLayout(List<Field> fields) {
    this.fields = fields;
    int n = fields.size();
    kinds = new FieldKind[n];
    codeIndexes = new StringTable[n];
    binders = new Binder[n];
    boolean refs = false;
    for (int i = 0; i < n; i++) {
      Field field = fields.get(i);
      kinds[i] = field.kind();
      slots.put(field.name(), i);
      if (!field.codes().isEmpty()) {
        codeIndexes[i] = StringTable.of(field.codes());
      }
      binders[i] = Binder.of(field, i, codeIndexes[i]);
      refs |= field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.TEXT;
    }
    hasRefs = refs;
  }

  /** Empty slots for one lead at a time. */
  LeadSlots newSlots() {
    int n = kinds.length;
    return new LeadSlots(new long[n], hasRefs ? new Object[n] : NO_REFS, new boolean[n]);
  }

  /**
   * Places the lead's facts in the slots, overwriting every slot, and checks each against its
   * field. A host usually gives facts in the contract's order, so each field is looked for first
   * just after the previous one found: one comparison per field, not a hash look-up.
   */
  void bind(Lead lead, LeadSlots slots) {
    ArrayMap<Value> facts = facts(lead);
    int likely = 0;
    for (Binder field : binders) {
      likely = field.bind(facts, likely, slots, lead);
    }
  }

  /** A lead's facts as the array map they always are. */
  static ArrayMap<Value> facts(Lead lead) {
    return (ArrayMap<Value>) lead.facts();
  }

  int slot(String field) {
    return slots.get(field);
  }

  FieldKind kind(int slot) {
    return kinds[slot];
  }

  Field field(int slot) {
    return fields.get(slot);
  }

  @Nullable StringTable codeIndex(int slot) {
    return codeIndexes[slot];
  }

  Binder binder(int slot) {
    return binders[slot];
  }
}
