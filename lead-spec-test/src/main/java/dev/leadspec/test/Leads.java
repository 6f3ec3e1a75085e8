package dev.leadspec.test;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Contract-aware lead generators for one contract, engine-neutral and seeded. For every field
 * the contract reads it knows the interesting values (every code, each literal ±1 unit, ± the
 * smallest decimal step, ±1 day, unknown); from them it builds covering leads (every combination
 * when the product is small, every pair of values otherwise), and seeded generators of random
 * leads, accepted leads and leads that fail exactly one named criterion. It also shrinks a
 * failing lead to a minimal one. Immutable apart from memoised searches; safe to share.
 *
 * <pre>{@code
 * Leads leads = Leads.of(contract);
 * leads.interestingValues("employees");          // [unknown, 49, 50, 51, 4999, 5000, 5001]
 * Lead lead = leads.accepted().next(new SplittableRandom(42));
 * Lead minimal = leads.shrink(failing, l -> !evaluator.evaluate(l).isAccepted());
 * }</pre>
 */
public final class Leads {
  /** Covering leads are every combination while there are at most this many. */
  public static final int EXHAUSTIVE_LIMIT = 2048;

  private static final int POOL_LIMIT = 64;
  private static final long SEARCH_SEED = 0x1EAD5BECL;

  private final Contract contract;
  private final Evaluator evaluator;
  private final Instant deliveredAt;
  private final Map<String, FieldDomain> domains = new LinkedHashMap<>();
  private final List<FieldDomain> read = new ArrayList<>();
  private final Map<String, List<FieldDomain>> readByCriterion = new LinkedHashMap<>();
  private final Map<String, List<Lead>> pools = new LinkedHashMap<>();
  private @Nullable List<Lead> covering;

  private Leads(Contract contract) {
    this.contract = contract;
    this.evaluator = Evaluator.of(contract);
    this.deliveredAt = contract.effectiveAt();
    List<Condition> conditions = new ArrayList<>();
    for (Criterion criterion : contract.criteria()) {
      conditions.add(criterion.condition());
    }
    for (Table table : contract.tables()) {
      for (Row row : table.rows()) {
        conditions.add(row.condition());
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (Condition condition : conditions) {
      names.addAll(condition.fields());
    }
    for (Field field : contract.fields()) {
      FieldDomain domain = new FieldDomain(field, conditions, contract.effectiveFrom());
      domains.put(field.name(), domain);
      if (names.contains(field.name())) {
        read.add(domain);
      }
    }
    for (Criterion criterion : contract.criteria()) {
      List<FieldDomain> fields = new ArrayList<>();
      for (String name : criterion.condition().fields()) {
        fields.add(domains.get(name));
      }
      readByCriterion.put(criterion.id(), fields);
    }
  }

  /**
   * The generators for a contract.
   *
   * <pre>{@code
   * Leads leads = Leads.of(contract);
   * }</pre>
   *
   * @param contract a built contract
   * @return its generators
   * @throws NullPointerException if {@code contract} is null
   */
  public static Leads of(Contract contract) {
    return new Leads(Objects.requireNonNull(contract, "contract"));
  }

  /**
   * The contract the leads are made for.
   *
   * <pre>{@code
   * Leads.of(contract).contract() == contract; // true
   * }</pre>
   *
   * @return the contract
   */
  public Contract contract() {
    return contract;
  }

  /**
   * The fields some criterion or table row reads, in declaration order.
   *
   * <pre>{@code
   * leads.fieldsRead(); // [industry, employees, plans_upgrade]
   * }</pre>
   *
   * @return the field names
   */
  public List<String> fieldsRead() {
    List<String> names = new ArrayList<>();
    for (FieldDomain domain : read) {
      names.add(domain.name());
    }
    return names;
  }

  /**
   * The values of a field worth trying, unknown (empty) first: every code of a choice field;
   * for a choices field the empty set, each code alone, each literal set and each of them less
   * one code, and all codes; each integer literal ±1; each decimal literal ±1 and ± one unit of
   * the decimal place after the finest literal's (so 2.5 gives 2.49 and 2.51); each date ±1 day;
   * each text literal and one other text; both flags and both answers.
   *
   * <pre>{@code
   * leads.interestingValues("employees"); // [Optional.empty, Optional[49], Optional[50], Optional[51], ...]
   * }</pre>
   *
   * @param field a declared field's name
   * @return the values, unknown first
   * @throws IllegalArgumentException if the contract has no such field
   */
  public List<Optional<Value>> interestingValues(String field) {
    List<Optional<Value>> values = new ArrayList<>();
    values.add(Optional.empty());
    for (Value value : domain(field).interesting()) {
      values.add(Optional.of(value));
    }
    return Collections.unmodifiableList(values);
  }

  private FieldDomain domain(String field) {
    FieldDomain domain = domains.get(Objects.requireNonNull(field, "field"));
    if (domain == null) {
      throw new IllegalArgumentException("contract " + contract.reference() + ": field \"" + field + "\" is not declared");
    }
    return domain;
  }

  /**
   * Leads covering the interesting values of the fields read: every combination when there are
   * at most {@link #EXHAUSTIVE_LIMIT}, otherwise a deterministic set in which every pair of
   * values of every two fields occurs at least once. Other facts are unknown.
   *
   * <pre>{@code
   * for (Lead lead : leads.covering()) assertThat(evaluator.evaluate(lead).results()).isNotEmpty();
   * }</pre>
   *
   * @return the covering leads, ids {@code covering-1}, {@code covering-2}, ...
   */
  public synchronized List<Lead> covering() {
    List<Lead> memo = covering;
    if (memo == null) {
      List<int[]> rows = Covering.rows(optionCounts(), EXHAUSTIVE_LIMIT);
      List<Lead> leads = new ArrayList<>(rows.size());
      for (int[] row : rows) {
        Map<String, Value> facts = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
          if (row[i] > 0) {
            facts.put(read.get(i).name(), read.get(i).interesting().get(row[i] - 1));
          }
        }
        leads.add(lead("covering-" + (leads.size() + 1), facts, Map.of()));
      }
      memo = Collections.unmodifiableList(leads);
      covering = memo;
    }
    return memo;
  }

  /**
   * Whether {@link #covering()} is every combination of interesting values, not just every pair.
   *
   * <pre>{@code
   * if (leads.coveringIsExhaustive()) ... // small contract: the covering leads are all of them
   * }</pre>
   *
   * @return true when the product of the value counts is at most {@link #EXHAUSTIVE_LIMIT}
   */
  public boolean coveringIsExhaustive() {
    return Covering.product(optionCounts()) <= EXHAUSTIVE_LIMIT || read.size() < 2;
  }

  private int[] optionCounts() {
    int[] counts = new int[read.size()];
    for (int i = 0; i < read.size(); i++) {
      counts[i] = read.get(i).interesting().size() + 1;
    }
    return counts;
  }

  /**
   * Random leads: each declared field unknown, an interesting value or a wild one (a far
   * number, another decimal scale, a random set of codes), valid for the contract.
   *
   * <pre>{@code
   * Lead lead = leads.random().next(new SplittableRandom(7));
   * }</pre>
   *
   * @return the generator
   */
  public LeadGenerator random() {
    return new Generator(lead -> true) {
      @Override
      public Lead next(SplittableRandom random) {
        Map<String, Value> facts = new LinkedHashMap<>();
        for (FieldDomain domain : domains.values()) {
          if (random.nextInt(6) > 0) {
            facts.put(domain.name(), domain.random(random));
          }
        }
        return lead(id("random", random), facts, Map.of());
      }
    };
  }

  /**
   * Accepted leads: a random walk from accepted leads found among the covering leads (or, when
   * none is, by a seeded search), each step changing one field and keeping the lead accepted.
   *
   * <pre>{@code
   * Lead lead = leads.accepted().next(new SplittableRandom(7));
   * }</pre>
   *
   * @return the generator
   * @throws LeadSpecException when no accepted lead can be found (the contract may accept none)
   */
  public LeadGenerator accepted() {
    List<Lead> pool = pool("", this::isAccepted, this::failingCount);
    if (pool.isEmpty()) {
      throw new LeadSpecException("contract " + contract.reference() + ": no accepted lead found among "
          + covering().size() + " covering leads and a seeded search; can any lead be accepted?");
    }
    return walk("accepted", pool, this::isAccepted);
  }

  /**
   * Leads that fail exactly the named criterion and no other (a required criterion not met, or
   * a disqualifier that fires, after the unknown policy), found among the covering leads, by
   * changing one field of accepted leads, or by a seeded search, then varied by a random walk.
   *
   * <pre>{@code
   * Lead lead = leads.failingOnly("TA-SIZE").next(new SplittableRandom(7));
   * assertThat(evaluator.evaluate(lead)).isRejectedFor("TA-SIZE");
   * }</pre>
   *
   * @param criterionId the criterion's id
   * @return the generator
   * @throws IllegalArgumentException if the contract has no such criterion
   * @throws LeadSpecException when no lead fails that criterion alone: whenever it fails, another
   *     criterion fails too (it never decides the outcome by itself)
   */
  public LeadGenerator failingOnly(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    if (contract.criterion(criterionId).isEmpty()) {
      throw new IllegalArgumentException("contract " + contract.reference() + ": criterion " + criterionId
          + " is not declared; criteria are " + readByCriterion.keySet());
    }
    Predicate<Lead> only = lead -> failsOnly(lead, criterionId);
    List<Lead> pool = pool(criterionId, only, lead -> failingOthers(evaluator.evaluate(lead), criterionId));
    if (pool.isEmpty()) {
      throw new LeadSpecException("contract " + contract.reference() + ": no lead fails criterion " + criterionId
          + " alone among " + covering().size() + " covering leads and a seeded search"
          + (coveringIsExhaustive() ? " (every combination of interesting values was tried)" : "")
          + "; whenever it fails another criterion fails too, so it never decides the outcome by itself");
    }
    return walk("only-" + criterionId, pool, only);
  }

  /**
   * Shrinks a failing lead to a minimal one that still fails: facts dropped to unknown, numbers
   * and dates moved to the nearest interesting value, codes to the first that still fails, sets
   * of codes made smaller, until no simpler lead fails. Keeps the lead's id.
   *
   * <pre>{@code
   * Lead minimal = leads.shrink(failing, lead -> evaluator.evaluate(lead).isAccepted());
   * }</pre>
   *
   * @param failing a lead for which {@code fails} holds
   * @param fails whether a lead still fails
   * @return the minimal failing lead
   * @throws IllegalArgumentException if {@code failing} does not fail
   */
  public Lead shrink(Lead failing, Predicate<Lead> fails) {
    return Shrinking.shrink(failing, fails, this::shrinkCandidates);
  }

  /**
   * The leads one step simpler than the given one, best first: each fact dropped, then each
   * fact replaced by a simpler value. An engine's shrinker can walk these.
   *
   * <pre>{@code
   * List<Lead> simpler = leads.shrinkCandidates(lead);
   * }</pre>
   *
   * @param lead the lead
   * @return simpler leads
   */
  public List<Lead> shrinkCandidates(Lead lead) {
    List<Lead> candidates = new ArrayList<>();
    for (String field : lead.facts().keySet()) {
      candidates.add(with(lead, field, Optional.empty()));
    }
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      FieldDomain domain = domains.get(fact.getKey());
      if (domain == null || !domain.fits(fact.getValue())) {
        continue;
      }
      for (Value simpler : domain.simpler(fact.getValue())) {
        candidates.add(with(lead, fact.getKey(), Optional.of(simpler)));
      }
    }
    return candidates;
  }

  /**
   * The lead with one fact set, or dropped to unknown (with its evidence).
   *
   * <pre>{@code
   * Lead unknownSize = Leads.with(lead, "employees", Optional.empty());
   * }</pre>
   *
   * @param lead the lead
   * @param field the field name
   * @param value the value, or empty for unknown
   * @return the changed lead
   */
  public static Lead with(Lead lead, String field, Optional<Value> value) {
    Lead.Builder builder = Lead.builder().id(lead.id()).deliveredAt(lead.deliveredAt()).facts(lead.facts())
        .evidence(lead.evidence());
    return value.isPresent() ? builder.fact(field, value.get()).build() : builder.unknown(field).build();
  }

  private Lead lead(String id, Map<String, Value> facts, Map<String, Evidence> evidence) {
    return Lead.builder().id(id).deliveredAt(deliveredAt).facts(facts).evidence(evidence).build();
  }

  private static Lead renamed(Lead lead, String id) {
    return Lead.builder().id(id).deliveredAt(lead.deliveredAt()).facts(lead.facts()).evidence(lead.evidence()).build();
  }

  private static String id(String prefix, SplittableRandom random) {
    return prefix + "-" + Long.toHexString(random.nextLong() >>> 32);
  }

  // ---- judging leads --------------------------------------------------------------------------

  private boolean isAccepted(Lead lead) {
    return evaluator.evaluate(lead).isAccepted();
  }

  /** Whether the result counts against the lead: a required criterion not met, a disqualifier fired. */
  static boolean fails(CriterionResult result) {
    return result.role() == Role.REQUIRED ? result.countedAs() != Status.MET : result.countedAs() == Status.MET;
  }

  private int failingCount(Lead lead) {
    int count = 0;
    for (CriterionResult result : evaluator.evaluate(lead).results()) {
      if (fails(result)) {
        count++;
      }
    }
    return count;
  }

  private boolean failsOnly(Lead lead, String criterionId) {
    Verdict verdict = evaluator.evaluate(lead);
    return failingOthers(verdict, criterionId) == 0;
  }

  /** How far the verdict is from failing only {@code criterionId}: 0 when it fails exactly that one. */
  private static int failingOthers(Verdict verdict, String criterionId) {
    int distance = 0;
    for (CriterionResult result : verdict.results()) {
      boolean target = result.criterionId().equals(criterionId);
      if (fails(result) != target) {
        distance++;
      }
    }
    return distance;
  }

  // ---- searching --------------------------------------------------------------------------------

  /** Up to {@link #POOL_LIMIT} distinct leads satisfying {@code wanted}, memoised under {@code key}. */
  private synchronized List<Lead> pool(String key, Predicate<Lead> wanted, ToIntFunction<Lead> distance) {
    List<Lead> memo = pools.get(key);
    if (memo != null) {
      return memo;
    }
    Set<Map<String, Value>> seen = new LinkedHashSet<>();
    List<Lead> found = new ArrayList<>();
    for (Lead lead : covering()) {
      if (found.size() < POOL_LIMIT && wanted.test(lead) && seen.add(lead.facts())) {
        found.add(lead);
      }
    }
    if (!key.isEmpty() && found.size() < POOL_LIMIT) {
      // one field of the criterion changed on an accepted lead
      List<Lead> accepted = pool("", this::isAccepted, this::failingCount);
      for (Lead base : accepted.subList(0, Math.min(16, accepted.size()))) {
        for (FieldDomain domain : readByCriterion.get(key)) {
          for (Optional<Value> value : interestingValues(domain.name())) {
            Lead changed = with(base, domain.name(), value);
            if (found.size() < POOL_LIMIT && wanted.test(changed) && seen.add(changed.facts())) {
              found.add(changed);
            }
          }
        }
      }
    }
    if (found.isEmpty()) {
      Lead climbed = climb(distance);
      if (climbed != null && wanted.test(climbed)) {
        found.add(climbed);
      }
    }
    List<Lead> pool = Collections.unmodifiableList(found);
    pools.put(key, pool);
    return pool;
  }

  /** Seeded hill climbing from random leads towards distance 0; null when it never gets there. */
  private @Nullable Lead climb(ToIntFunction<Lead> distance) {
    SplittableRandom random = new SplittableRandom(SEARCH_SEED);
    LeadGenerator start = random();
    for (int restart = 0; restart < 20; restart++) {
      Lead current = start.next(random);
      int score = distance.applyAsInt(current);
      boolean improved = true;
      while (score > 0 && improved) {
        improved = false;
        for (FieldDomain domain : read) {
          for (Optional<Value> value : interestingValues(domain.name())) {
            Lead candidate = with(current, domain.name(), value);
            int candidateScore = distance.applyAsInt(candidate);
            if (candidateScore < score) {
              current = candidate;
              score = candidateScore;
              improved = true;
            }
          }
        }
      }
      if (score == 0) {
        return renamed(current, "search-" + (restart + 1));
      }
    }
    return null;
  }

  private LeadGenerator walk(String prefix, List<Lead> pool, Predicate<Lead> stays) {
    return new Generator(stays) {
      @Override
      public Lead next(SplittableRandom random) {
        Lead current = pool.get(random.nextInt(pool.size()));
        int steps = read.isEmpty() ? 0 : random.nextInt(2 * read.size() + 1);
        for (int step = 0; step < steps; step++) {
          FieldDomain domain = read.get(random.nextInt(read.size()));
          Optional<Value> value = random.nextInt(6) == 0 ? Optional.empty() : Optional.of(domain.random(random));
          Lead candidate = with(current, domain.name(), value);
          if (stays.test(candidate)) {
            current = candidate;
          }
        }
        return renamed(current, id(prefix, random));
      }
    };
  }

  /** A generator whose shrink candidates stay within its kind of lead. */
  private abstract class Generator implements LeadGenerator {
    private final Predicate<Lead> stays;

    Generator(Predicate<Lead> stays) {
      this.stays = stays;
    }

    @Override
    public List<Lead> shrinkCandidates(Lead lead) {
      List<Lead> kept = new ArrayList<>();
      for (Lead candidate : Leads.this.shrinkCandidates(lead)) {
        if (stays.test(candidate)) {
          kept.add(candidate);
        }
      }
      return kept;
    }
  }

  @Override
  public String toString() {
    return "Leads{" + contract.reference() + ", " + read + "}";
  }
}
