package dev.leadspec.analysis;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The edits from one contract's text to another's, criteria first, then fields, tables and terms. */
final class Edits {
  private Edits() {}

  static List<Edit> between(Contract before, Contract after) {
    List<Edit> edits = new ArrayList<>();
    for (Criterion old : before.criteria()) {
      Optional<Criterion> now = after.criterion(old.id());
      if (now.isEmpty()) {
        edits.add(edit(Edit.Kind.CRITERION_REMOVED, old.id(), List.of(), words(old), null));
        continue;
      }
      Criterion c = now.get();
      List<String> parts = new ArrayList<>();
      if (!old.title().equals(c.title())) {
        parts.add("title");
      }
      if (!old.condition().equals(c.condition())) {
        parts.add("condition");
      }
      if (old.role() != c.role()) {
        parts.add("role");
      }
      if (old.unknownAs() != c.unknownAs()) {
        parts.add("unknownAs");
      }
      if (!parts.isEmpty()) {
        edits.add(edit(Edit.Kind.CRITERION_CHANGED, old.id(), parts, words(old), words(c)));
      }
      if (old.admitsLaterEvidence() != c.admitsLaterEvidence()) {
        edits.add(edit(Edit.Kind.TERM_CHANGED, old.id(), List.of(), laterEvidence(old), laterEvidence(c)));
      }
    }
    for (Criterion c : after.criteria()) {
      if (before.criterion(c.id()).isEmpty()) {
        edits.add(edit(Edit.Kind.CRITERION_ADDED, c.id(), List.of(), null, words(c)));
      }
    }
    for (Field old : before.fields()) {
      Optional<Field> now = after.field(old.name());
      if (now.isEmpty()) {
        edits.add(edit(Edit.Kind.FIELD_REMOVED, old.name(), List.of(), words(old), null));
        continue;
      }
      Field f = now.get();
      List<String> parts = new ArrayList<>();
      addIf(parts, "kind", old.kind() != f.kind());
      addIf(parts, "label", !old.label().equals(f.label()));
      addIf(parts, "unit", !old.unit().equals(f.unit()));
      addIf(parts, "codes", !old.codes().equals(f.codes()));
      addIf(parts, "question", !old.question().equals(f.question()));
      if (!parts.isEmpty()) {
        edits.add(edit(Edit.Kind.FIELD_CHANGED, old.name(), parts, words(old), words(f)));
      }
    }
    for (Field f : after.fields()) {
      if (before.field(f.name()).isEmpty()) {
        edits.add(edit(Edit.Kind.FIELD_ADDED, f.name(), List.of(), null, words(f)));
      }
    }
    for (Table old : before.tables()) {
      Optional<Table> now = after.table(old.id());
      if (now.isEmpty()) {
        edits.add(edit(Edit.Kind.TABLE_REMOVED, old.id(), List.of(), words(old), null));
        continue;
      }
      Table t = now.get();
      List<String> parts = new ArrayList<>();
      addIf(parts, "title", !old.title().equals(t.title()));
      addIf(parts, "hitPolicy", old.hitPolicy() != t.hitPolicy());
      addIf(parts, "complete", old.complete() != t.complete());
      addIf(parts, "rows", !old.rows().equals(t.rows()));
      if (!parts.isEmpty()) {
        edits.add(edit(Edit.Kind.TABLE_CHANGED, old.id(), parts, words(old), words(t)));
      }
    }
    for (Table t : after.tables()) {
      if (before.table(t.id()).isEmpty()) {
        edits.add(edit(Edit.Kind.TABLE_ADDED, t.id(), List.of(), null, words(t)));
      }
    }
    Terms x = before.terms();
    Terms y = after.terms();
    if (!x.price().equals(y.price())) {
      edits.add(edit(Edit.Kind.TERM_CHANGED, "price", List.of(), x.price().map(Object::toString).orElse(null),
          y.price().map(Object::toString).orElse(null)));
    }
    if (!x.priceTable().equals(y.priceTable())) {
      edits.add(edit(Edit.Kind.TERM_CHANGED, "price table", List.of(), x.priceTable().orElse(null), y.priceTable().orElse(null)));
    }
    if (!x.challengeWindow().equals(y.challengeWindow())) {
      edits.add(edit(Edit.Kind.TERM_CHANGED, "challenge window", List.of(), x.challengeWindow().map(Object::toString).orElse(null),
          y.challengeWindow().map(Object::toString).orElse(null)));
    }
    if (!before.zone().equals(after.zone())) {
      edits.add(edit(Edit.Kind.TERM_CHANGED, "zone", List.of(), before.zone().getId(), after.zone().getId()));
    }
    if (!before.effectiveFrom().equals(after.effectiveFrom())) {
      edits.add(edit(Edit.Kind.TERM_CHANGED, "effective from", List.of(), before.effectiveFrom().toString(),
          after.effectiveFrom().toString()));
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(e -> e.kind().ordinal()));
    return sorted;
  }

  private static void addIf(List<String> parts, String part, boolean changed) {
    if (changed) {
      parts.add(part);
    }
  }

  private static Edit edit(Edit.Kind kind, String subject, List<String> parts, String before, String after) {
    return Edit.builder().kind(kind).subject(subject).addAllParts(parts).before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after)).build();
  }

  /** {@code required: seconds_on_site >= 300}, with the unknown rule when it is not the default. */
  static String words(Criterion criterion) {
    return criterion.role().name().toLowerCase(Locale.ROOT) + ": " + criterion.condition()
        + (criterion.unknownAs() == Status.MET ? " (unknown counts as met)" : "");
  }

  private static String laterEvidence(Criterion criterion) {
    return criterion.admitsLaterEvidence() ? "admits evidence recorded after delivery" : "only evidence recorded by delivery";
  }

  private static String words(Field field) {
    return field + (field.codes().isEmpty() ? "" : " " + field.codes()) + (Objects.equals(field.label(), field.name()) ? ""
        : " \"" + field.label() + "\"");
  }

  private static String words(Table table) {
    List<String> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      rows.add(row.id() + ": " + row.condition() + " → " + row.output());
    }
    return table.hitPolicy().name().toLowerCase(Locale.ROOT) + (table.complete() ? ", complete" : "") + "; " + String.join("; ", rows);
  }
}
