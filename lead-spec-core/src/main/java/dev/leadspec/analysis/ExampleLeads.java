package dev.leadspec.analysis;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds example leads inside boxes of a {@link Space}, the leads findings and diff regions show. */
final class ExampleLeads {
  private final Space space;

  ExampleLeads(Space space) {
    this.space = space;
  }

  /** A lead inside the box: free fields unknown, others known where the box allows. */
  Lead lead(Box box, String id, Instant deliveredAt) {
    Lead.Builder lead = Lead.builder().id(id).deliveredAt(deliveredAt);
    for (Space.FieldSpace field : space.fields) {
      if (space.free(box, field)) {
        continue;
      }
      Dim dim = space.dims.get(field.dim);
      AtomSet set = box.set(field.dim);
      int atom = set.first();
      if (atom < 0 || atom == dim.unknownAtom()) {
        continue;
      }
      lead.fact(field.name, value(field, dim, atom, box));
    }
    return lead.build();
  }

  private static Value value(Space.FieldSpace field, Dim dim, int atom, Box box) {
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
}
