package dev.leadspec.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's leads, generated from a seed: each criterion fails on its own with
 * probability 1/8 (so about 30 % are accepted and every criterion fails alone and together with
 * every other), passing and failing values include the boundaries 49/50, 5000/5001 and 29/30,
 * an unanswered question is as likely as NO, and two noise fields vary freely. Strings are
 * fresh copies, as a host reading them from a database or JSON would hold them, so no
 * implementation gets an identity shortcut on interned literals.
 */
final class LeadData {
  static final int SIZE = 4096;
  static final long SEED = 20261124L;
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final List<String> SOURCES = List.of("WEB", "CALL", "PARTNER", "EVENT");

  private LeadData() {}

  static HostLead[] leads() {
    return leads(SEED, SIZE);
  }

  static HostLead[] leads(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    HostLead[] leads = new HostLead[size];
    for (int i = 0; i < size; i++) {
      leads[i] = lead(i, random);
    }
    return leads;
  }

  private static HostLead lead(int index, SplittableRandom random) {
    boolean[] fail = new boolean[ReferenceContract.CRITERIA.size()];
    for (int c = 0; c < fail.length; c++) {
      fail[c] = random.nextInt(8) == 0;
    }
    String industry = code(random, ReferenceContract.INDUSTRIES, 3, fail[0]);
    String region = code(random, ReferenceContract.REGIONS, 6, fail[1]);
    int employees = fail[2] ? failingEmployees(random) : passingEmployees(random);
    int computers;
    if (fail[3]) {
      computers = random.nextInt(3) == 0 ? 29 : random.nextInt(29);
    } else {
      computers = random.nextInt(6) == 0 ? 30 : 31 + random.nextInt(2000);
    }
    String role = code(random, ReferenceContract.ROLES, 4, fail[4]);
    return new HostLead(
        String.format(java.util.Locale.ROOT, "L-%05d", index),
        START.plusSeconds(97L * index),
        industry,
        region,
        employees,
        computers,
        role,
        answer(random, fail[5]),
        answer(random, fail[6]),
        !fail[7],
        fail[8],
        fresh(SOURCES.get(random.nextInt(SOURCES.size()))),
        20 + random.nextInt(1800));
  }

  private static String code(SplittableRandom random, List<String> codes, int targets, boolean fail) {
    int index = fail ? targets + random.nextInt(codes.size() - targets) : random.nextInt(targets);
    return fresh(codes.get(index));
  }

  private static int passingEmployees(SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0: return 50;
      case 1: return 5000;
      default: return 51 + random.nextInt(4949);
    }
  }

  private static int failingEmployees(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0: return 49;
      case 1: return 5001;
      case 2: return 1 + random.nextInt(48);
      default: return 5002 + random.nextInt(100_000);
    }
  }

  private static @Nullable String answer(SplittableRandom random, boolean fail) {
    if (!fail) {
      return fresh("YES");
    }
    return random.nextBoolean() ? fresh("NO") : null;
  }

  private static String fresh(String text) {
    return new String(text.toCharArray());
  }

  /** Hand-written Java's decision for every lead, the reference each engine is checked against. */
  static List<Decision> expected(HostLead[] leads) {
    List<Decision> decisions = new ArrayList<>(leads.length);
    for (HostLead lead : leads) {
      DecisionSink.Collector collector = new DecisionSink.Collector();
      HandWritten.evaluate(lead, collector);
      decisions.add(collector.decision());
    }
    return decisions;
  }
}
