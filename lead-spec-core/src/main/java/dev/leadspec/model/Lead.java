package dev.leadspec.model;

import dev.leadspec.internal.ArrayMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A lead as delivered: an id, the instant it was delivered and its facts. An absent fact is
 * unknown. A lead belongs to no contract: in a dispute it is evaluated against several
 * versions. Facts for fields a contract does not declare are kept and ignored. Immutable.
 *
 * <p>The facts are held in insertion order in two arrays, not a hash map: building a lead
 * costs a few small arrays, and the evaluator finds each fact with about one comparison.
 *
 * <pre>{@code
 * Lead lead = Lead.builder().id("L-1").deliveredAt(Instant.parse("2026-03-02T10:15:00Z"))
 *     .fact("industry", "RETAIL")
 *     .fact("employees", 120)
 *     .fact("plans_upgrade", Answer.YES)
 *     .evidence("plans_upgrade", Evidence.of("rec-17.ogg", Instant.parse("2026-03-02T10:10:00Z")))
 *     .build();
 * }</pre>
 */
public final class Lead {
  private final String id;
  private final Instant deliveredAt;
  private final ArrayMap<Value> facts;
  private final ArrayMap<Evidence> evidence;

  private Lead(String id, Instant deliveredAt, ArrayMap<Value> facts, ArrayMap<Evidence> evidence) {
    this.id = id;
    this.deliveredAt = deliveredAt;
    this.facts = facts;
    this.evidence = evidence;
  }

  /**
   * Starts a lead.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a lead with a layout: it takes only the layout's fields, and its facts are held in the
   * layout's slots (see {@link LeadLayout}). The lead equals the one built without a layout from
   * the same facts; its {@link #facts()} iterate in the layout's order.
   *
   * <pre>{@code
   * static final LeadLayout LAYOUT = LeadLayout.of("industry", "employees");
   *
   * Lead lead = Lead.builder(LAYOUT).id("L-1").deliveredAt(Instant.parse("2026-03-02T10:15:00Z"))
   *     .fact("industry", "RETAIL").fact("employees", 120).build();
   * }</pre>
   *
   * @param layout the fields the lead can have
   * @return a new builder
   */
  public static Builder builder(LeadLayout layout) {
    return new Builder(Objects.requireNonNull(layout, "layout"));
  }

  /**
   * The lead's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * When the lead was delivered to the buyer.
   *
   * @return the instant
   */
  public Instant deliveredAt() {
    return deliveredAt;
  }

  /**
   * The known facts, field name to value, in the order given (for a lead built with a
   * {@link LeadLayout}, the layout's order); unmodifiable.
   *
   * @return the facts
   */
  public Map<String, Value> facts() {
    return facts;
  }

  /**
   * Evidence for some facts, field name to evidence, in the order given; unmodifiable.
   *
   * @return the evidence
   */
  public Map<String, Evidence> evidence() {
    return evidence;
  }

  /**
   * The fact for a field, or empty when it is unknown.
   *
   * @param field the field name
   * @return the value, if known
   */
  public Optional<Value> fact(String field) {
    return Optional.ofNullable(facts.get(field));
  }

  /** Equal when id, delivery instant, facts and evidence are equal; the order facts were given in does not matter. */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || other instanceof Lead that && id.equals(that.id) && deliveredAt.equals(that.deliveredAt)
        && facts.equals(that.facts) && evidence.equals(that.evidence);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + id.hashCode();
    h += (h << 5) + deliveredAt.hashCode();
    h += (h << 5) + facts.hashCode();
    h += (h << 5) + evidence.hashCode();
    return h;
  }

  /**
   * The lead as one line.
   *
   * <pre>{@code
   * Lead{id=L-1, deliveredAt=2026-03-02T10:15:00Z, facts={industry=RETAIL, employees=120}, evidence={}}
   * }</pre>
   */
  @Override
  public String toString() {
    return "Lead{id=" + id + ", deliveredAt=" + deliveredAt + ", facts=" + facts + ", evidence=" + evidence + "}";
  }

  /**
   * Builds a {@link Lead}; the {@code fact} overloads wrap plain Java values. Setting a fact again
   * replaces the value in its place. Id and delivery instant are set once each. A builder made
   * with a {@link LeadLayout} takes only the layout's fields: a fact for any other field
   * throws {@link IllegalArgumentException} naming it and the layout's fields.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Instant deliveredAt;
    /** The facts in insertion order, without a layout. */
    private final ArrayMap.@Nullable Builder<Value> facts;
    /** With a layout: its fields, one slot each, a fact's value or null, and where the next fact probably goes. */
    private final @Nullable LeadLayout layout;
    private Object @Nullable [] slots;
    private boolean slotsShared;
    private int next;
    private ArrayMap.@Nullable Builder<Evidence> evidence;

    Builder() {
      this.facts = new ArrayMap.Builder<>();
      this.layout = null;
    }

    Builder(LeadLayout layout) {
      this.facts = null;
      this.layout = layout;
      this.slots = new Object[layout.fields().size()];
    }

    /**
     * The lead's id.
     *
     * @param id the id, not blank
     * @return this builder
     * @throws IllegalStateException if the id was already set
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      if (this.id != null) {
        throw new IllegalStateException("lead " + this.id + ": id is already set; not setting it to " + id);
      }
      this.id = id;
      return this;
    }

    /**
     * When the lead was delivered.
     *
     * @param deliveredAt the instant
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder deliveredAt(Instant deliveredAt) {
      Objects.requireNonNull(deliveredAt, "deliveredAt");
      if (this.deliveredAt != null) {
        throw new IllegalStateException("lead " + (id == null ? "" : id + ": ") + "deliveredAt is already set to "
            + this.deliveredAt + "; not setting it to " + deliveredAt);
      }
      this.deliveredAt = deliveredAt;
      return this;
    }

    /**
     * A code of a choice field, or a text.
     *
     * @param field the field name
     * @param text the code or text
     * @return this builder
     */
    public Builder fact(String field, String text) {
      put(field, Value.of(text));
      return this;
    }

    /**
     * An integer.
     *
     * @param field the field name
     * @param number the number
     * @return this builder
     */
    public Builder fact(String field, long number) {
      put(field, Value.of(number));
      return this;
    }

    /**
     * A decimal.
     *
     * @param field the field name
     * @param number the number
     * @return this builder
     */
    public Builder fact(String field, BigDecimal number) {
      put(field, Value.of(number));
      return this;
    }

    /**
     * A flag.
     *
     * @param field the field name
     * @param flag the flag
     * @return this builder
     */
    public Builder fact(String field, boolean flag) {
      put(field, Value.of(flag));
      return this;
    }

    /**
     * A scripted answer.
     *
     * @param field the field name
     * @param answer the answer
     * @return this builder
     */
    public Builder fact(String field, Answer answer) {
      put(field, Value.of(answer));
      return this;
    }

    /**
     * A date.
     *
     * @param field the field name
     * @param date the date
     * @return this builder
     */
    public Builder fact(String field, LocalDate date) {
      put(field, Value.of(date));
      return this;
    }

    /**
     * Any value.
     *
     * @param field the field name
     * @param value the value
     * @return this builder
     */
    public Builder fact(String field, Value value) {
      put(field, value);
      return this;
    }

    /**
     * A set of codes of a choices field.
     *
     * @param field the field name
     * @param codes the codes
     * @return this builder
     */
    public Builder codes(String field, String... codes) {
      put(field, Value.codes(codes));
      return this;
    }

    /**
     * Every fact of a map, in its order, each replacing any earlier value for its field.
     *
     * <pre>{@code
     * Lead copy = Lead.builder().id("L-2").deliveredAt(lead.deliveredAt()).facts(lead.facts()).build();
     * }</pre>
     *
     * @param facts field name to value
     * @return this builder
     */
    public Builder facts(Map<String, ? extends Value> facts) {
      facts.forEach(this::put);
      return this;
    }

    /**
     * Makes a field unknown again: drops its fact and any evidence for it.
     *
     * <pre>{@code
     * Lead unknownSize = Lead.builder().id("L-3").deliveredAt(lead.deliveredAt()).facts(lead.facts())
     *     .unknown("employees").build();
     * }</pre>
     *
     * @param field the field name
     * @return this builder
     */
    public Builder unknown(String field) {
      Objects.requireNonNull(field, "field");
      ArrayMap.Builder<Value> inOrder = facts;
      LeadLayout fields = layout;
      if (inOrder != null) {
        inOrder.remove(field);
      } else if (fields != null) {
        int slot = fields.slot(field, -1);
        if (slot >= 0) {
          ownSlots()[slot] = null;
        }
      }
      if (evidence != null) {
        evidence.remove(field);
      }
      return this;
    }

    /**
     * Evidence for a fact; the fact must be set by the time the lead is built.
     *
     * @param field the field name
     * @param evidence where the fact came from and when
     * @return this builder
     */
    public Builder evidence(String field, Evidence evidence) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(evidence, "evidence");
      ArrayMap.Builder<Evidence> all = this.evidence;
      if (all == null) {
        all = new ArrayMap.Builder<>();
        this.evidence = all;
      }
      all.put(field, evidence);
      return this;
    }

    /**
     * Every evidence of a map, in its order; each field must have a fact by the time the lead is
     * built.
     *
     * <pre>{@code
     * Lead copy = Lead.builder().id(lead.id()).deliveredAt(lead.deliveredAt())
     *     .facts(lead.facts()).evidence(lead.evidence()).build();
     * }</pre>
     *
     * @param evidence field name to evidence
     * @return this builder
     */
    public Builder evidence(Map<String, Evidence> evidence) {
      evidence.forEach(this::evidence);
      return this;
    }

    private void put(String field, Value value) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
      ArrayMap.Builder<Value> inOrder = facts;
      if (inOrder != null) {
        inOrder.put(field, value);
        return;
      }
      LeadLayout fields = Objects.requireNonNull(layout);
      int slot = fields.slot(field, next);
      if (slot < 0) {
        throw fields.notInLayout(id, field);
      }
      ownSlots()[slot] = value;
      next = slot + 1;
    }

    /** The layout's slots, copied first if a lead built before holds them. */
    private Object[] ownSlots() {
      Object[] own = Objects.requireNonNull(slots);
      if (slotsShared) {
        own = own.clone();
        slots = own;
        slotsShared = false;
      }
      return own;
    }

    private ArrayMap<Value> buildFacts() {
      ArrayMap.Builder<Value> inOrder = facts;
      if (inOrder != null) {
        return inOrder.build();
      }
      slotsShared = true;
      return ArrayMap.over(Objects.requireNonNull(layout).keys(), Objects.requireNonNull(slots));
    }

    /**
     * The lead.
     *
     * @return the lead
     * @throws IllegalStateException if the id or delivery instant is not set
     * @throws IllegalArgumentException if the id is blank or evidence names a field with no fact
     */
    public Lead build() {
      if (id == null || deliveredAt == null) {
        throw new IllegalStateException("lead " + (id == null ? "" : id + " ") + "cannot be built: "
            + (id == null ? (deliveredAt == null ? "id and deliveredAt are" : "id is") : "deliveredAt is") + " not set");
      }
      if (id.isBlank()) {
        throw new IllegalArgumentException("lead id is blank");
      }
      ArrayMap<Value> factMap = buildFacts();
      ArrayMap<Evidence> evidenceMap = ArrayMap.empty();
      if (evidence != null) {
        for (String field : evidence.keys()) {
          if (!factMap.containsKey(field)) {
            throw new IllegalArgumentException("lead " + id + ": evidence for field \"" + field + "\" which has no fact");
          }
        }
        evidenceMap = evidence.build();
      }
      return new Lead(id, deliveredAt, factMap, evidenceMap);
    }
  }
}
