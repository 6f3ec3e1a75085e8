package dev.leadspec.bench;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The composites-and-tables contract of {@link TablesBenchmark}, built with core's model
 * builders: ten criteria among which {@code any}, {@code atLeast(2, …)} of four (BANT),
 * {@code not} of an {@code all}, a decimal {@code between}, {@code containsAny} on a set of
 * codes, two disqualifiers and a criterion whose UNKNOWN counts as MET; and a complete UNIQUE
 * price table by company size. Also its 4096 seeded leads, built beforehand, with unknowns.
 *
 * <p>The criteria, in contract order:
 * <ol>
 *   <li>{@code TA-IND}: industry in {MANUFACTURING, LOGISTICS, RETAIL, FINANCE} (of 6);
 *   <li>{@code TA-REGION}: region in 6 of 10 codes, UNKNOWN counts as MET;
 *   <li>{@code TA-SIZE}: 50 ≤ employees ≤ 5000;
 *   <li>{@code TA-BUDGET}: 250 000.00 ≤ budget ≤ 20 000 000.00 (decimal);
 *   <li>{@code NEED-PRODUCTS}: products contains any of {LAPTOPS, DESKTOPS, SERVERS} (of 6);
 *   <li>{@code BANT}: at least 2 of budget ≥ 1 000 000.00, role in {CIO, IT_MANAGER, PROCUREMENT},
 *       plans_upgrade = YES, timeline_months ≤ 6;
 *   <li>{@code REACH}: any of phone_valid = true, email_valid = true;
 *   <li>{@code TA-NOT-SMALL-FIN}: not (all of industry = FINANCE, employees &lt; 200);
 *   <li>{@code DUP} (disqualifier): duplicate = true;
 *   <li>{@code DQ-DNC} (disqualifier): do_not_call = true.
 * </ol>
 * Price table {@code price}: SMB 50–499 employees 2 500 RUB, MID 500–1 999 4 000 RUB,
 * ENTERPRISE 2 000–5 000 6 000.00 RUB.
 */
final class TablesContract {
  static final int SIZE = 4096;
  static final long SEED = 20261203L;

  static final List<String> INDUSTRIES = List.of("MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE", "EDUCATION", "GOVERNMENT");
  static final List<String> REGIONS = List.of("RU-MOW", "RU-SPE", "RU-SVE", "RU-NVS", "RU-TAT", "RU-KDA", "RU-NIZ", "RU-SAM", "RU-ROS", "RU-BA");
  static final List<String> PRODUCTS = List.of("LAPTOPS", "DESKTOPS", "SERVERS", "PRINTERS", "NETWORK", "PHONES");
  static final List<String> ROLES = List.of("CIO", "IT_MANAGER", "ENGINEER", "PROCUREMENT", "CEO", "SALES", "INTERN");

  static final BigDecimal BUDGET_LOW = new BigDecimal("250000.00");
  static final BigDecimal BUDGET_HIGH = new BigDecimal("20000000.00");
  static final BigDecimal BUDGET_BANT = new BigDecimal("1000000.00");

  static final Money SMB = Money.of("2500", "RUB");
  static final Money MID = Money.of("4000", "RUB");
  static final Money ENTERPRISE = Money.of("6000.00", "RUB");

  /** Criterion ids in contract order. */
  static final List<String> CRITERIA = List.of("TA-IND", "TA-REGION", "TA-SIZE", "TA-BUDGET", "NEED-PRODUCTS", "BANT", "REACH",
      "TA-NOT-SMALL-FIN", "DUP", "DQ-DNC");

  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  private TablesContract() {}

  static Contract contract() {
    return Contract.builder()
        .id("it-integrator-bant")
        .version(1)
        .title("Hardware upgrade leads, BANT-qualified and priced by size")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).label("Industry").addAllCodes(INDUSTRIES).build(),
            Field.builder().name("region").kind(FieldKind.CHOICE).label("Region").addAllCodes(REGIONS).build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").unit("people").build(),
            Field.builder().name("budget").kind(FieldKind.DECIMAL).label("Hardware budget").unit("RUB").build(),
            Field.builder().name("products").kind(FieldKind.CHOICES).label("Products wanted").addAllCodes(PRODUCTS).build(),
            Field.builder().name("role").kind(FieldKind.CHOICE).label("Contact's role").addAllCodes(ROLES).build(),
            Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).label("Plans an upgrade")
                .question("Do you plan to upgrade your hardware this year?").build(),
            Field.builder().name("timeline_months").kind(FieldKind.INTEGER).label("Months until purchase").unit("months").build(),
            Field.builder().name("phone_valid").kind(FieldKind.FLAG).label("Phone verified").build(),
            Field.builder().name("email_valid").kind(FieldKind.FLAG).label("E-mail verified").build(),
            Field.builder().name("duplicate").kind(FieldKind.FLAG).label("Duplicate").build(),
            Field.builder().name("do_not_call").kind(FieldKind.FLAG).label("On the do-not-call list").build())
        .addCriteria(
            required("TA-IND", "Target industry", new Condition.In("industry", INDUSTRIES.subList(0, 4), false)),
            Criterion.builder().id("TA-REGION").title("Served region (unrecorded counts as served)")
                .condition(new Condition.In("region", REGIONS.subList(0, 6), false))
                .role(Role.REQUIRED).unknownAs(Status.MET).build(),
            required("TA-SIZE", "Company size",
                new Condition.Between("employees", Value.of(50), Value.of(5000), true, true)),
            required("TA-BUDGET", "Budget in range",
                new Condition.Between("budget", Value.of(BUDGET_LOW), Value.of(BUDGET_HIGH), true, true)),
            required("NEED-PRODUCTS", "Wants computers",
                new Condition.Contains("products", List.of("LAPTOPS", "DESKTOPS", "SERVERS"), false)),
            required("BANT", "Two of budget, authority, need, timeline", Condition.atLeast(2,
                new Condition.Compare("budget", Operator.GE, Value.of(BUDGET_BANT)),
                new Condition.In("role", List.of("CIO", "IT_MANAGER", "PROCUREMENT"), false),
                new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES)),
                new Condition.Compare("timeline_months", Operator.LE, Value.of(6)))),
            required("REACH", "Reachable by phone or e-mail", Condition.any(
                new Condition.Compare("phone_valid", Operator.EQ, Value.of(true)),
                new Condition.Compare("email_valid", Operator.EQ, Value.of(true)))),
            required("TA-NOT-SMALL-FIN", "Not a small financial firm", Condition.not(Condition.all(
                new Condition.Compare("industry", Operator.EQ, Value.of("FINANCE")),
                new Condition.Compare("employees", Operator.LT, Value.of(200))))),
            disqualifier("DUP", "Duplicate lead", new Condition.Compare("duplicate", Operator.EQ, Value.of(true))),
            disqualifier("DQ-DNC", "On the do-not-call list", new Condition.Compare("do_not_call", Operator.EQ, Value.of(true))))
        .addTables(Table.builder().id("price").title("Price per lead by company size").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(
                Row.of("SMB", size(50, 499), SMB),
                Row.of("MID", size(500, 1999), MID),
                Row.of("ENTERPRISE", size(2000, 5000), ENTERPRISE))
            .build())
        .terms(Terms.builder().priceTable("price").build())
        .build();
  }

  private static Condition size(long low, long high) {
    return new Condition.Between("employees", Value.of(low), Value.of(high), true, true);
  }

  private static Criterion required(String id, String title, Condition condition) {
    return Criterion.builder().id(id).title(title).condition(condition).role(Role.REQUIRED).build();
  }

  private static Criterion disqualifier(String id, String title, Condition condition) {
    return Criterion.builder().id(id).title(title).condition(condition).role(Role.DISQUALIFIER).build();
  }

  static Lead[] leads() {
    return leads(SEED, SIZE);
  }

  /**
   * Leads built beforehand from a seed. Every fact is unknown (absent) with probability 1/16
   * (the disqualifiers' flags 1/8); the values straddle every bound (49/50, 199/200, 499/500,
   * 1999/2000, 5000/5001 employees; 249 999.99/250 000.00, 999 999.99/1 000 000.00 and
   * 20 000 000.00/20 000 000.01 budget; 6/7 months), so every criterion and every part of every
   * composite is met, not met and unknown on some leads. Codes are fresh strings, as a host
   * reading them from a database holds them.
   */
  static Lead[] leads(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    Lead[] leads = new Lead[size];
    for (int i = 0; i < size; i++) {
      leads[i] = lead(i, random);
    }
    return leads;
  }

  private static Lead lead(int index, SplittableRandom random) {
    Lead.Builder lead = Lead.builder().id(String.format(Locale.ROOT, "T-%05d", index)).deliveredAt(START.plusSeconds(97L * index));
    if (known(random)) {
      lead.fact("industry", code(random, INDUSTRIES, 4, 8));
    }
    if (known(random)) {
      lead.fact("region", code(random, REGIONS, 6, 8));
    }
    if (known(random)) {
      lead.fact("employees", employees(random));
    }
    if (known(random)) {
      lead.fact("budget", budget(random));
    }
    if (known(random)) {
      lead.fact("products", products(random));
    }
    if (known(random)) {
      lead.fact("role", code(random, ROLES, 4, 3));
    }
    if (known(random)) {
      lead.fact("plans_upgrade", random.nextInt(3) == 0 ? Answer.NO : Answer.YES);
    }
    if (known(random)) {
      lead.fact("timeline_months", random.nextInt(4) == 0 ? 6 + random.nextInt(2) : random.nextInt(25));
    }
    if (known(random)) {
      lead.fact("phone_valid", random.nextInt(3) != 0);
    }
    if (known(random)) {
      lead.fact("email_valid", random.nextInt(3) != 0);
    }
    if (random.nextInt(8) != 0) {
      lead.fact("duplicate", random.nextInt(12) == 0);
    }
    if (random.nextInt(8) != 0) {
      lead.fact("do_not_call", random.nextInt(16) == 0);
    }
    lead.fact("source", fresh(random.nextBoolean() ? "WEB" : "CALL"));
    return lead.build();
  }

  private static boolean known(SplittableRandom random) {
    return random.nextInt(16) != 0;
  }

  /** One of the first {@code targets} codes, or, once in {@code oneIn}, one of the others. */
  private static String code(SplittableRandom random, List<String> codes, int targets, int oneIn) {
    int index = random.nextInt(oneIn) == 0 ? targets + random.nextInt(codes.size() - targets) : random.nextInt(targets);
    return fresh(codes.get(index));
  }

  private static long employees(SplittableRandom random) {
    switch (random.nextInt(32)) {
      case 0: return 49;
      case 1: return 50;
      case 2: return 199;
      case 3: return 200;
      case 4: return 499;
      case 5: return 500;
      case 6: return 1999;
      case 7: return 2000;
      case 8: return 5000;
      case 9: return 5001;
      case 10: return 1 + random.nextInt(48);
      case 11: return 5002 + random.nextInt(100_000);
      default: return 50 + random.nextInt(4951);
    }
  }

  private static BigDecimal budget(SplittableRandom random) {
    switch (random.nextInt(32)) {
      case 0: return new BigDecimal("249999.99");
      case 1: return new BigDecimal("250000.00");
      case 2: return new BigDecimal("250000");
      case 3: return new BigDecimal("999999.99");
      case 4: return new BigDecimal("1000000.0");
      case 5: return new BigDecimal("20000000.00");
      case 6: return new BigDecimal("20000000.01");
      case 7: return BigDecimal.valueOf(random.nextInt(250_000_00), 2);
      default: return BigDecimal.valueOf(250_000_00L + random.nextLong(19_750_000_00L), 2);
    }
  }

  /**
   * A set of zero to three products, each drawn from those the contract looks for (the first
   * three) three times in four.
   */
  private static Value products(SplittableRandom random) {
    int count = random.nextInt(16) == 0 ? 0 : 1 + random.nextInt(3);
    List<String> chosen = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String code = PRODUCTS.get(random.nextInt(4) != 0 ? random.nextInt(3) : 3 + random.nextInt(3));
      if (!chosen.contains(code)) {
        chosen.add(fresh(code));
      }
    }
    return Value.codes(chosen);
  }

  private static String fresh(String text) {
    return new String(text.toCharArray());
  }
}
