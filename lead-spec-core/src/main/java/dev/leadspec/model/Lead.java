package dev.leadspec.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lead as delivered: an id, the instant it was delivered and its facts. An absent fact is
 * unknown. A lead belongs to no contract: in a dispute it is evaluated against several
 * versions. Facts for fields a contract does not declare are kept and ignored.
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
@Value.Immutable
public abstract class Lead {
  Lead() {}

  /** Starts a lead. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** The lead's id. @return the id */
  public abstract String id();

  /** When the lead was delivered to the buyer. @return the instant */
  public abstract Instant deliveredAt();

  /** The known facts, field name to value, in the order given. @return the facts */
  public abstract Map<String, dev.leadspec.model.Value> facts();

  /** Evidence for some facts, field name to evidence. @return the evidence */
  public abstract Map<String, Evidence> evidence();

  /**
   * The fact for a field, or empty when it is unknown.
   *
   * @param field the field name
   * @return the value, if known
   */
  public Optional<dev.leadspec.model.Value> fact(String field) {
    return Optional.ofNullable(facts().get(field));
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("lead id is blank");
    }
    for (String field : evidence().keySet()) {
      if (!facts().containsKey(field)) {
        throw new IllegalArgumentException("lead " + id() + ": evidence for field \"" + field + "\" which has no fact");
      }
    }
  }

  /** Builds a {@link Lead}; the {@code fact} overloads wrap plain Java values. */
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}

    /**
     * A code of a choice field, or a text.
     *
     * @param field the field name
     * @param text the code or text
     * @return this builder
     */
    public Builder fact(String field, String text) {
      putFacts(field, dev.leadspec.model.Value.of(text));
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
      putFacts(field, dev.leadspec.model.Value.of(number));
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
      putFacts(field, dev.leadspec.model.Value.of(number));
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
      putFacts(field, dev.leadspec.model.Value.of(flag));
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
      putFacts(field, dev.leadspec.model.Value.of(answer));
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
      putFacts(field, dev.leadspec.model.Value.of(date));
      return this;
    }

    /**
     * Any value.
     *
     * @param field the field name
     * @param value the value
     * @return this builder
     */
    public Builder fact(String field, dev.leadspec.model.Value value) {
      putFacts(field, value);
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
      putFacts(field, dev.leadspec.model.Value.codes(codes));
      return this;
    }

    /**
     * Evidence for a fact.
     *
     * @param field the field name, which must have a fact
     * @param evidence where the fact came from and when
     * @return this builder
     */
    public Builder evidence(String field, Evidence evidence) {
      putEvidence(field, evidence);
      return this;
    }
  }
}
