package dev.leadspec.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named, typed fact that the contract reads. Choice and choices fields carry their closed
 * set of codes; an answer field carries the scripted question.
 *
 * <pre>{@code
 * Field employees = Field.builder().name("employees").kind(FieldKind.INTEGER)
 *     .label("Employees").unit("people").build();
 * Field industry = Field.builder().name("industry").kind(FieldKind.CHOICE)
 *     .addCodes("MANUFACTURING", "LOGISTICS", "RETAIL").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Field {
  /** At most this many codes in a {@link FieldKind#CHOICES} field. */
  public static final int MAX_CHOICES_CODES = 64;

  Field() {}

  /**
   * Starts a field.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name leads and conditions use: {@code employees}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The kind of fact.
   *
   * @return the kind
   */
  public abstract FieldKind kind();

  /**
   * The label people read; the name unless stated.
   *
   * @return the label
   */
  @Value.Default
  public String label() {
    return name();
  }

  /**
   * The label in other languages, by BCP 47 language tag ({@code "ru"}); a document
   * rendered in a language found here uses it, any other language {@link #label()}.
   * Building the contract refuses a tag not written as BCP 47 writes it ({@code ru}, {@code pt-BR},
   * not {@code RU} or {@code ru_RU}), a blank text, and a text under the contract's own
   * {@link Contract#language() language} other than the default text.
   *
   * <pre>{@code
   * Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").putLabels("ru", "Сотрудники")
   * }</pre>
   *
   * @return the translations, in declaration order
   */
  public abstract Map<String, String> labels();

  /**
   * The label in a language: its translation when {@link #labels()} has one, else
   * {@link #label()}.
   *
   * @param language a BCP 47 language tag, {@code "en"} or {@code "ru"}
   * @return the label people read in that language
   */
  public String label(String language) {
    String translated = labels().get(language);
    return translated != null ? translated : label();
  }

  /**
   * The unit, when the field has one: {@code people}, {@code RUB}.
   *
   * @return the unit
   */
  public abstract Optional<String> unit();

  /**
   * The unit in other languages, by BCP 47 language tag: {@code people} is {@code чел.} in
   * {@code "ru"}.
   * Only a field with a {@link #unit()} may translate it; the tags and texts follow the rules of
   * {@link #labels()}.
   *
   * <pre>{@code
   * Field.builder().name("talk_seconds").kind(FieldKind.INTEGER).unit("seconds").putUnits("ru", "с")
   * }</pre>
   *
   * @return the translations, in declaration order
   */
  public abstract Map<String, String> units();

  /**
   * The unit in a language: its translation when {@link #units()} has one, else {@link #unit()}.
   *
   * @param language a BCP 47 language tag, {@code "en"} or {@code "ru"}
   * @return the unit people read in that language, if the field has one
   */
  public Optional<String> unit(String language) {
    String translated = units().get(language);
    return translated != null ? Optional.of(translated) : unit();
  }

  /**
   * The closed set of codes of a choice or choices field, in declaration order.
   *
   * @return the codes
   */
  public abstract List<String> codes();

  /**
   * The scripted question of an answer field.
   *
   * @return the question
   */
  public abstract Optional<String> question();

  /**
   * The scripted question in other languages, by BCP 47 language tag: a Russian appendix asks
   * the Russian question. Only a field with a {@link #question()} may translate it; the tags and
   * texts follow the rules of {@link #labels()}.
   *
   * <pre>{@code
   * Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).question("Do you plan to upgrade?")
   *     .putQuestions("ru", "Планируете ли вы обновление?")
   * }</pre>
   *
   * @return the translations, in declaration order
   */
  public abstract Map<String, String> questions();

  /**
   * The scripted question in a language: its translation when {@link #questions()} has one, else
   * {@link #question()}.
   *
   * @param language a BCP 47 language tag, {@code "en"} or {@code "ru"}
   * @return the question people read in that language, if the field has one
   */
  public Optional<String> question(String language) {
    String translated = questions().get(language);
    return translated != null ? Optional.of(translated) : question();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("field name is blank");
    }
    boolean coded = kind() == FieldKind.CHOICE || kind() == FieldKind.CHOICES;
    if (coded && codes().isEmpty()) {
      throw new IllegalArgumentException("field \"" + name() + "\": " + kind().words() + " field needs at least one code");
    }
    if (!coded && !codes().isEmpty()) {
      throw new IllegalArgumentException("field \"" + name() + "\": only choice fields have codes, but " + kind().words() + " field was given " + codes());
    }
    if (kind() == FieldKind.CHOICES && codes().size() > MAX_CHOICES_CODES) {
      throw new IllegalArgumentException("field \"" + name() + "\": a choices field has at most " + MAX_CHOICES_CODES + " codes, but was given " + codes().size());
    }
    Set<String> seen = new HashSet<>();
    for (String code : codes()) {
      if (code.isBlank()) {
        throw new IllegalArgumentException("field \"" + name() + "\": a code is blank");
      }
      if (!seen.add(code)) {
        throw new IllegalArgumentException("field \"" + name() + "\": code \"" + code + "\" is declared twice");
      }
    }
    if (question().isPresent() && kind() != FieldKind.ANSWER) {
      throw new IllegalArgumentException("field \"" + name() + "\": only answer fields have a question, but " + kind().words() + " field was given one");
    }
  }

  @Override
  public String toString() {
    return name() + " (" + kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  /** Builds a {@link Field}; {@code build()} checks it. */
  public static final class Builder extends ImmutableField.Builder {
    Builder() {}
  }
}
