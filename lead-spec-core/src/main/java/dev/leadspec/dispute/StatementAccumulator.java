package dev.leadspec.dispute;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link Statement} in the making, which can be split and merged: add each lead's verdict with
 * the rulings on its challenges, merge partial accumulators made elsewhere (other threads, other
 * machines) in any order, then make the statement. Counts are {@code long}; money is exact; any
 * split of the leads into parts and any order of merging gives the statement that
 * {@link Statement#of} gives for all of them, which is made with this very accumulator.
 *
 * <p>It does not see lead ids: a caller that merges parts must give each lead to one part only
 * ({@link Statement#of} checks that for a single batch). Mutable and not thread-safe: one per
 * thread, merged afterwards. {@link #toBytes()} and {@link #fromBytes(byte[])} carry one between
 * processes in a compact form that depends on nothing but the JDK.
 *
 * <pre>{@code
 * StatementAccumulator part1 = new StatementAccumulator();
 * part1.add(verdict1, List.of());
 * StatementAccumulator part2 = new StatementAccumulator();
 * part2.add(verdict2, rulingsOnLead2);
 * Statement statement = part1.merge(part2).statement(); // equals Statement.of(both verdicts, rulingsOnLead2)
 * }</pre>
 */
public final class StatementAccumulator {
  /** The first byte of {@link #toBytes()}: the version of the encoding. */
  private static final byte ENCODING = 1;
  private static final Comparator<VersionKey> VERSION_ORDER =
      Comparator.comparing(VersionKey::contractId).thenComparingInt(VersionKey::version);

  private final Count total = new Count("total");
  private final Map<VersionKey, Count> versions = new TreeMap<>(VERSION_ORDER);
  private final Map<LocalDate, Count> days = new TreeMap<>();
  /** The zones the days are counted in: each governing version's, by id. */
  private final java.util.Set<String> zones = new java.util.TreeSet<>();

  /**
   * An empty accumulator: no leads yet.
   *
   * <pre>{@code
   * StatementAccumulator accumulator = new StatementAccumulator();
   * }</pre>
   */
  public StatementAccumulator() {}

  /**
   * Counts one lead: its verdict as delivered and the rulings on its challenges, in the order
   * they were made (the first upheld ruling decides how the lead stands).
   *
   * <pre>{@code
   * accumulator.add(history.evaluate(lead), arbiter.ruleAll(List.of(lead), challengesOnLead));
   * }</pre>
   *
   * @param verdict the lead's verdict as delivered
   * @param rulings the rulings on challenges against that verdict, possibly none
   * @return this accumulator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a ruling is about another lead
   */
  public StatementAccumulator add(Verdict verdict, Collection<Ruling> rulings) {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(rulings, "rulings");
    for (Ruling ruling : rulings) {
      if (!ruling.leadId().equals(verdict.leadId())) {
        throw new IllegalArgumentException("statement: ruling for lead " + ruling.leadId() + " given with the verdict on lead "
            + verdict.leadId());
      }
    }
    LocalDate day = Statement.day(verdict.lead().deliveredAt(), verdict.contract().zone());
    total.add(verdict, rulings);
    versions.computeIfAbsent(new VersionKey(verdict.contractId(), verdict.contractVersion()),
        key -> new Count(verdict.contract().reference())).add(verdict, rulings);
    days.computeIfAbsent(day, d -> new Count(d.toString())).add(verdict, rulings);
    zones.add(verdict.contract().zone().getId());
    return this;
  }

  /**
   * Adds the counts of another accumulator to this one; the other is left as it was.
   *
   * <pre>{@code
   * StatementAccumulator whole = left.merge(right);
   * }</pre>
   *
   * @param other the accumulator of other leads
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   */
  public StatementAccumulator merge(StatementAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      return merge(fromBytes(toBytes()));
    }
    total.merge(other.total);
    other.versions.forEach((key, count) -> versions.computeIfAbsent(key, k -> new Count(count.label)).merge(count));
    other.days.forEach((day, count) -> days.computeIfAbsent(day, d -> new Count(count.label)).merge(count));
    zones.addAll(other.zones);
    return this;
  }

  /**
   * Leads counted so far.
   *
   * @return the count
   */
  public long leads() {
    return total.leads;
  }

  /**
   * The statement of the leads counted so far; the accumulator can go on counting.
   *
   * <pre>{@code
   * Statement statement = accumulator.statement();
   * }</pre>
   *
   * @return the statement
   */
  public Statement statement() {
    List<Tally> byVersion = new ArrayList<>();
    versions.values().forEach(c -> byVersion.add(c.tally()));
    List<Tally> byDay = new ArrayList<>();
    days.values().forEach(c -> byDay.add(c.tally()));
    List<java.time.ZoneId> dayZones = new ArrayList<>();
    zones.forEach(zone -> dayZones.add(java.time.ZoneId.of(zone)));
    return ImmutableStatement.builder().total(total.tally()).addAllByVersion(byVersion).addAllByDay(byDay)
        .addAllZones(dayZones).build();
  }

  /**
   * The counts in a compact binary form that {@link #fromBytes(byte[])} reads back, for a
   * distributed engine's state or a message; it names criteria, grounds, currencies, amounts and
   * the days' time zones as text, so it does not depend on any class's layout. The zones come
   * last, so bytes written before they were counted (which end after the days) still read, with
   * no zone.
   *
   * <pre>{@code
   * byte[] state = accumulator.toBytes();
   * StatementAccumulator again = StatementAccumulator.fromBytes(state);
   * }</pre>
   *
   * @return the encoding
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(ENCODING);
      total.write(out);
      out.writeInt(versions.size());
      for (Map.Entry<VersionKey, Count> version : versions.entrySet()) {
        writeString(out, version.getKey().contractId());
        out.writeInt(version.getKey().version());
        version.getValue().write(out);
      }
      out.writeInt(days.size());
      for (Map.Entry<LocalDate, Count> day : days.entrySet()) {
        out.writeLong(day.getKey().toEpochDay());
        day.getValue().write(out);
      }
      out.writeInt(zones.size());
      for (String zone : zones) {
        writeString(out, zone);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * <pre>{@code
   * StatementAccumulator accumulator = StatementAccumulator.fromBytes(state);
   * }</pre>
   *
   * @param bytes the encoding
   * @return a new accumulator with those counts
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if the bytes are not such an encoding
   */
  public static StatementAccumulator fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    StatementAccumulator accumulator = new StatementAccumulator();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte encoding = in.readByte();
      if (encoding != ENCODING) {
        throw new IllegalArgumentException("statement accumulator: encoding " + encoding + " is not " + ENCODING);
      }
      accumulator.total.read(in);
      int versions = count(in);
      for (int i = 0; i < versions; i++) {
        VersionKey key = new VersionKey(readString(in), in.readInt());
        Count count = new Count("");
        count.read(in);
        accumulator.versions.put(key, count);
      }
      int days = count(in);
      for (int i = 0; i < days; i++) {
        LocalDate day = LocalDate.ofEpochDay(in.readLong());
        Count count = new Count("");
        count.read(in);
        accumulator.days.put(day, count);
      }
      if (in.available() > 0) {
        int zones = count(in);
        for (int i = 0; i < zones; i++) {
          accumulator.zones.add(java.time.ZoneId.of(readString(in)).getId());
        }
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("statement accumulator: bytes after the end of the encoding");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException("statement accumulator: " + bytes.length + " bytes are not an encoding ("
          + e.getMessage() + ")", e);
    }
    return accumulator;
  }

  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IllegalArgumentException("statement accumulator: count " + count + " does not fit the bytes left");
    }
    return count;
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = count(in);
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "StatementAccumulator{" + total.leads + " leads, " + versions.size() + " versions, " + days.size() + " days}";
  }

  /** A contract version, ordered by id and number. */
  private record VersionKey(String contractId, int version) {}

  /** The counts of one tally. */
  private static final class Count {
    private String label;
    private long leads;
    private long accepted;
    private long billable;
    private long rejected;
    private long upheldAgainst;
    private long reinstated;
    private long replacements;
    private long upheld;
    private final Map<String, Long> reasons = new LinkedHashMap<>();
    /** Per criterion id, its least position among the contracts of the leads it rejected. */
    private final Map<String, Integer> reasonOrder = new LinkedHashMap<>();
    private final Map<Ground, Long> dismissed = new EnumMap<>(Ground.class);
    private final Map<String, Money> due = new TreeMap<>();

    Count(String label) {
      this.label = label;
    }

    void add(Verdict original, Collection<Ruling> rulings) {
      leads++;
      accepted += original.isAccepted() ? 1 : 0;
      Optional<Ruling> upheldRuling = Optional.empty();
      for (Ruling ruling : rulings) {
        if (ruling.isUpheld()) {
          upheld++;
          if (upheldRuling.isEmpty()) {
            upheldRuling = Optional.of(ruling);
          }
        } else {
          dismissed.merge(ruling.ground(), 1L, Long::sum);
        }
      }
      Verdict standing = upheldRuling.map(Ruling::standing).orElse(original);
      if (standing.isAccepted()) {
        billable++;
        reinstated += original.isAccepted() ? 0 : 1;
        standing.price().ifPresent(price -> due.merge(price.currency().getCurrencyCode(), price, Money::plus));
      } else if (original.isAccepted()) {
        upheldAgainst++;
      } else {
        rejected++;
        replacements += standing.rejectedOnlyForUnknowns() ? 1 : 0;
        List<Criterion> criteria = standing.contract().criteria();
        for (CriterionResult reason : standing.reasons()) {
          reasons.merge(reason.criterionId(), 1L, Long::sum);
          int position = 0;
          while (!criteria.get(position).id().equals(reason.criterionId())) {
            position++;
          }
          reasonOrder.merge(reason.criterionId(), position, Math::min);
        }
      }
    }

    void merge(Count other) {
      leads += other.leads;
      accepted += other.accepted;
      billable += other.billable;
      rejected += other.rejected;
      upheldAgainst += other.upheldAgainst;
      reinstated += other.reinstated;
      replacements += other.replacements;
      upheld += other.upheld;
      other.reasons.forEach((id, n) -> reasons.merge(id, n, Long::sum));
      other.reasonOrder.forEach((id, position) -> reasonOrder.merge(id, position, Math::min));
      other.dismissed.forEach((ground, n) -> dismissed.merge(ground, n, Long::sum));
      other.due.forEach((currency, amount) -> due.merge(currency, amount, Money::plus));
    }

    Tally tally() {
      List<String> ids = new ArrayList<>(reasons.keySet());
      ids.sort(Comparator.comparing((String id) -> reasonOrder.get(id)).thenComparing(Comparator.naturalOrder()));
      Map<String, Long> ordered = new LinkedHashMap<>();
      ids.forEach(id -> ordered.put(id, reasons.get(id)));
      Map<Ground, Long> grounds = new LinkedHashMap<>(dismissed);
      return Tally.builder().label(label).leads(leads).accepted(accepted).billable(billable).rejected(rejected)
          .upheldAgainst(upheldAgainst).reinstated(reinstated).replacementsOwed(replacements).putAllRejectionsByReason(ordered)
          .challengesUpheld(upheld).putAllChallengesDismissed(grounds).addAllAmountDue(due.values()).build();
    }

    void write(DataOutputStream out) throws IOException {
      writeString(out, label);
      for (long n : new long[] {leads, accepted, billable, rejected, upheldAgainst, reinstated, replacements, upheld}) {
        out.writeLong(n);
      }
      out.writeInt(reasons.size());
      for (Map.Entry<String, Long> reason : reasons.entrySet()) {
        writeString(out, reason.getKey());
        out.writeLong(reason.getValue());
        out.writeInt(reasonOrder.get(reason.getKey()));
      }
      out.writeInt(dismissed.size());
      for (Map.Entry<Ground, Long> ground : dismissed.entrySet()) {
        writeString(out, ground.getKey().name());
        out.writeLong(ground.getValue());
      }
      out.writeInt(due.size());
      for (Money amount : due.values()) {
        writeString(out, amount.currency().getCurrencyCode());
        writeString(out, amount.amount().toString());
      }
    }

    void read(DataInputStream in) throws IOException {
      label = readString(in);
      leads = in.readLong();
      accepted = in.readLong();
      billable = in.readLong();
      rejected = in.readLong();
      upheldAgainst = in.readLong();
      reinstated = in.readLong();
      replacements = in.readLong();
      upheld = in.readLong();
      int reasonCount = count(in);
      for (int i = 0; i < reasonCount; i++) {
        String id = readString(in);
        reasons.put(id, in.readLong());
        reasonOrder.put(id, in.readInt());
      }
      int groundCount = count(in);
      for (int i = 0; i < groundCount; i++) {
        dismissed.put(Ground.valueOf(readString(in)), in.readLong());
      }
      int currencies = count(in);
      for (int i = 0; i < currencies; i++) {
        Currency currency = Currency.getInstance(readString(in));
        due.put(currency.getCurrencyCode(), Money.of(new BigDecimal(readString(in)), currency));
      }
    }
  }
}
