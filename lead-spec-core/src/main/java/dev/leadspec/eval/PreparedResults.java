package dev.leadspec.eval;

import dev.leadspec.internal.ArrayMap;
import dev.leadspec.internal.StringTable;
import dev.leadspec.model.Answer;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One criterion's results prepared at compile time for every reading of the fields it reads,
 * when those are choice, answer or flag fields with few values in all: a verdict then hands out
 * a shared, immutable result instead of building one per lead. A reading is a mixed-radix
 * number with one digit per field read: 0 for unknown, 1 + the value's index otherwise.
 */
final class PreparedResults {
  /** At most this many readings are prepared per criterion (two results each). */
  static final int MAX_READINGS = 256;

  private final String[] fields;
  /** Each field's slot: where a lead built in the contract's order holds it. */
  private final int[] slots;
  private final FieldKind[] kinds;
  private final @Nullable StringTable[] codes;
  private final int[] radix;
  /** Index {@code 2 * reading + (accepted ? 1 : 0)}. */
  private final CriterionResult[] results;

  private PreparedResults(String[] fields, int[] slots, FieldKind[] kinds, @Nullable StringTable[] codes, int[] radix,
      CriterionResult[] results) {
    this.fields = fields;
    this.slots = slots;
    this.kinds = kinds;
    this.codes = codes;
    this.radix = radix;
    this.results = results;
  }

  /** The prepared results of criterion {@code i}, or null when its fields have too many values. */
  static @Nullable PreparedResults prepare(CompiledContract compiled, CriterionResults made, int i) {
    String[] fields = made.readFields[i];
    int k = fields.length;
    int[] slots = made.readSlots[i];
    FieldKind[] kinds = new FieldKind[k];
    StringTable[] codes = new StringTable[k];
    int[] radix = new int[k];
    int readings = 1;
    for (int j = 0; j < k; j++) {
      kinds[j] = compiled.kind(slots[j]);
      switch (kinds[j]) {
        case CHOICE:
          codes[j] = compiled.codeIndex(slots[j]);
          radix[j] = 1 + codes[j].size();
          break;
        case ANSWER:
        case FLAG:
          radix[j] = 3;
          break;
        default:
          return null;
      }
      readings *= radix[j];
      if (readings > MAX_READINGS) {
        return null;
      }
    }
    CriterionResult[] results = new CriterionResult[2 * readings];
    LeadSlots lead = compiled.newSlots();
    int[] digits = new int[k];
    for (int reading = 0; reading < readings; reading++) {
      int rest = reading;
      for (int j = k - 1; j >= 0; j--) {
        digits[j] = rest % radix[j];
        rest /= radix[j];
      }
      List<FactReading> facts = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        boolean known = digits[j] > 0;
        lead.known[slots[j]] = known;
        lead.num[slots[j]] = known ? digits[j] - 1 : 0;
        facts.add(FactReading.reading(fields[j], known ? Optional.of(value(compiled, slots[j], digits[j] - 1)) : Optional.empty()));
      }
      int status = compiled.criterion(i).eval(lead);
      results[2 * reading] = made.result(i, status, false, facts);
      results[2 * reading + 1] = made.result(i, status, true, facts);
    }
    return new PreparedResults(fields, slots, kinds, codes, radix, results);
  }

  private static Value value(CompiledContract compiled, int slot, int index) {
    switch (compiled.kind(slot)) {
      case CHOICE:
        return Value.of(compiled.field(slot).codes().get(index));
      case ANSWER:
        return Value.of(index == 1 ? Answer.YES : Answer.NO);
      default:
        return Value.of(index == 1);
    }
  }

  /** The prepared result for this lead's reading; the lead has been checked against the contract. */
  CriterionResult result(Lead lead, boolean accepted) {
    ArrayMap<Value> facts = SlotLayout.facts(lead);
    int reading = 0;
    for (int j = 0; j < fields.length; j++) {
      int at = facts.indexOf(fields[j], slots[j]);
      int digit;
      if (at < 0) {
        digit = 0;
      } else if (kinds[j] == FieldKind.CHOICE) {
        digit = 1 + codes[j].indexOf(((Value.TextValue) facts.valueAt(at)).text());
      } else if (kinds[j] == FieldKind.FLAG) {
        // 1 + the value's ordering key (false 0, true 1), read without the OptionalLong that
        // orderingKey() makes: this runs for every prepared result of every lead
        digit = ((Value.FlagValue) facts.valueAt(at)).flag() ? 2 : 1;
      } else {
        // an answer: 1 + its ordering key (NO 0, YES 1)
        digit = ((Value.AnswerValue) facts.valueAt(at)).answer() == Answer.YES ? 2 : 1;
      }
      reading = reading * radix[j] + digit;
    }
    return results[2 * reading + (accepted ? 1 : 0)];
  }
}
