package dev.leadspec.report;

import dev.leadspec.dispute.Ruling;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** What the page counts beyond the statement: shares by choice and time measures, from the leads themselves. */
final class Measures {
  /** Units that make an integer field a time measure, and how many seconds one of them is. */
  private static final Map<String, Long> TIME_UNITS = timeUnits();

  private Measures() {}

  /** A lead as delivered, the rulings on it and the verdict that stands (the first upheld ruling's, as in the statement). */
  record Judged(Verdict original, List<Ruling> rulings, Verdict standing) {}

  record Shares(List<String> parts, boolean hasUnknown, long[][] counts) {}

  /** A time measure: its values in seconds (or days, or the field's unit) per lead, and how one reads. */
  record Timing(String name, List<Long> all, List<Long> billable, LongFunction<String> text) {}

  static List<Judged> judge(List<Verdict> verdicts, Map<String, List<Ruling>> rulingsByLead) {
    List<Judged> judged = new ArrayList<>(verdicts.size());
    for (Verdict verdict : verdicts) {
      List<Ruling> rulings = rulingsByLead.getOrDefault(verdict.leadId(), List.of());
      Verdict standing = verdict;
      for (Ruling ruling : rulings) {
        if (ruling.isUpheld()) {
          standing = ruling.standing();
          break;
        }
      }
      judged.add(new Judged(verdict, rulings, standing));
    }
    return judged;
  }

  /** Fields with a closed set of values, by name, as the latest version declares them (then older versions' others). */
  static List<Field> choiceFields(ContractHistory history) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (int i = history.versions().size() - 1; i >= 0; i--) {
      for (Field field : history.versions().get(i).fields()) {
        if (field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.FLAG || field.kind() == FieldKind.ANSWER) {
          fields.putIfAbsent(field.name(), field);
        }
      }
    }
    return new ArrayList<>(fields.values());
  }

  /** Counts per value of one field for all leads, the billable ones and the ones that stand rejected. */
  static Shares shares(Field field, List<Judged> judged, Format f) {
    List<String> codes = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    switch (field.kind()) {
      case FLAG:
        codes.add("true");
        codes.add("false");
        parts.add(f.flag(true));
        parts.add(f.flag(false));
        break;
      case ANSWER:
        codes.add(Answer.YES.name());
        codes.add(Answer.NO.name());
        parts.add(f.answer(Answer.YES));
        parts.add(f.answer(Answer.NO));
        break;
      default:
        codes.addAll(field.codes());
        parts.addAll(field.codes());
    }
    long[][] counts = new long[3][codes.size() + 1];
    for (Judged j : judged) {
      int index = Optional.ofNullable(j.original().lead().facts().get(field.name())).map(Measures::code).map(codes::indexOf)
          .filter(i -> i >= 0).orElse(codes.size());
      counts[0][index]++;
      counts[j.standing().isAccepted() ? 1 : 2][index]++;
    }
    boolean unknown = counts[0][codes.size()] > 0;
    if (unknown) {
      parts.add(f.unknown());
      return new Shares(parts, true, counts);
    }
    long[][] known = new long[3][codes.size()];
    for (int r = 0; r < 3; r++) {
      System.arraycopy(counts[r], 0, known[r], 0, codes.size());
    }
    return new Shares(parts, false, known);
  }

  /** The code a share counts a value under: a choice's code, {@code true}/{@code false}, {@code YES}/{@code NO}. */
  private static String code(Value value) {
    return value.toString();
  }

  /**
   * The time measures the leads allow: from the earliest evidence recorded up to delivery (the
   * call) to delivery; from each date field to the day of delivery; and each integer field whose
   * unit is a unit of time. A measure no lead carries is left out.
   */
  static List<Timing> timings(ContractHistory history, List<Judged> judged, Format f) {
    List<Timing> timings = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    List<Long> billable = new ArrayList<>();
    for (Judged j : judged) {
      Lead lead = j.original().lead();
      Optional<Instant> earliest = Optional.empty();
      for (Evidence evidence : lead.evidence().values()) {
        if (!evidence.recordedAt().isAfter(lead.deliveredAt())
            && (earliest.isEmpty() || evidence.recordedAt().isBefore(earliest.get()))) {
          earliest = Optional.of(evidence.recordedAt());
        }
      }
      if (earliest.isPresent()) {
        long seconds = Duration.between(earliest.get(), lead.deliveredAt()).getSeconds();
        add(j, seconds, all, billable);
      }
    }
    if (!all.isEmpty()) {
      timings.add(new Timing(f.t("Recorded call → delivery"), all, billable,
          seconds -> f.duration(Duration.ofSeconds(seconds))));
    }
    List<Field> fields = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (int i = history.versions().size() - 1; i >= 0; i--) {
      for (Field field : history.versions().get(i).fields()) {
        if (names.add(field.name())) {
          fields.add(field);
        }
      }
    }
    for (Field field : fields) {
      if (field.kind() == FieldKind.DATE) {
        List<Long> days = new ArrayList<>();
        List<Long> billableDays = new ArrayList<>();
        for (Judged j : judged) {
          Optional<Value> value = j.original().lead().fact(field.name());
          if (value.isPresent() && FieldKind.DATE.admits(value.get())) {
            Contract contract = j.original().contract();
            LocalDate delivered = j.original().lead().deliveredAt().atZone(contract.zone()).toLocalDate();
            add(j, delivered.toEpochDay() - value.get().orderingKey().getAsLong(), days, billableDays);
          }
        }
        if (!days.isEmpty()) {
          timings.add(new Timing(field.label(f.tag()) + " → " + f.t("delivery"), days, billableDays,
              count -> f.integer(count) + Format.NBSP + f.t("d")));
        }
      } else if (field.kind() == FieldKind.INTEGER && field.unit().isPresent()
          && TIME_UNITS.containsKey(field.unit().get().strip().toLowerCase(Locale.ROOT))) {
        List<Long> values = new ArrayList<>();
        List<Long> billableValues = new ArrayList<>();
        long unit = TIME_UNITS.get(field.unit().get().strip().toLowerCase(Locale.ROOT));
        for (Judged j : judged) {
          Optional<Value> value = j.original().lead().fact(field.name());
          if (value.isPresent() && FieldKind.INTEGER.admits(value.get())) {
            add(j, value.get().orderingKey().getAsLong(), values, billableValues);
          }
        }
        if (!values.isEmpty()) {
          timings.add(new Timing(field.label(f.tag()), values, billableValues,
              count -> unit > 0 && count <= Long.MAX_VALUE / unit && count >= -(Long.MAX_VALUE / unit)
                  ? f.duration(Duration.ofSeconds(count * unit)) : f.integer(count) + Format.NBSP + field.unit(f.tag()).orElseThrow()));
        }
      }
    }
    return timings;
  }

  private static void add(Judged j, long value, List<Long> all, List<Long> billable) {
    all.add(value);
    if (j.standing().isAccepted()) {
      billable.add(value);
    }
  }

  /** Min, median, 90th percentile and max, nearest rank: values that occur, never interpolated. */
  static long[] stats(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return new long[] {sorted.get(0), sorted.get(rank(50, n)), sorted.get(rank(90, n)), sorted.get(n - 1)};
  }

  /** The nearest-rank index of percentile {@code p} among {@code n} sorted values: ceil(p n / 100) - 1. */
  static int rank(int p, int n) {
    return Math.max(0, (int) ((p * (long) n + 99) / 100) - 1);
  }

  private static Map<String, Long> timeUnits() {
    Map<String, Long> units = new LinkedHashMap<>();
    for (String s : List.of("s", "sec", "second", "seconds", "с", "сек", "секунд", "секунды", "секунда")) {
      units.put(s, 1L);
    }
    for (String m : List.of("min", "minute", "minutes", "мин", "минут", "минуты", "минута")) {
      units.put(m, 60L);
    }
    for (String h : List.of("h", "hour", "hours", "ч", "час", "часа", "часов")) {
      units.put(h, 3_600L);
    }
    for (String d : List.of("d", "day", "days", "дн", "день", "дня", "дней")) {
      units.put(d, 86_400L);
    }
    return Collections.unmodifiableMap(units);
  }
}
