package dev.leadspec.text;

import dev.leadspec.analysis.Remark;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The language a document is rendered in, with its phrase table. Phrases are built in, numbers,
 * dates and money are formatted by fixed rules (never by the JVM's locale): English writes
 * {@code 5,000}, {@code 6.5}, ISO dates and {@code 1,500 INR}; Russian writes {@code 5 000}
 * (a no-break space), {@code 6,5}, {@code 01.03.2026} and {@code 1 500 INR}. Money is the
 * amount, a no-break space and the currency's ISO 4217 code in every language. A language is one
 * phrase table class plus one constant here.
 *
 * <pre>{@code
 * Markdown.contract(contract, Language.RU);
 * Language.EN.money(Money.of("1500", "INR")); // "1,500 INR" (a no-break space before INR)
 * }</pre>
 */
public enum Language {
  /** English. */
  EN(new EnglishPhrases()),
  /** Russian. */
  RU(new RussianPhrases());

  private final Phrases phrases;

  Language(Phrases phrases) {
    this.phrases = phrases;
  }

  /** The phrase table the renderers of this package read. */
  Phrases phrases() {
    return phrases;
  }

  /**
   * The BCP 47 tag contracts use for this language's titles and labels.
   *
   * <pre>{@code
   * criterion.title(Language.RU.tag()); // the Russian title, or the default one
   * }</pre>
   *
   * @return {@code "en"} or {@code "ru"}
   */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A number as this language writes it: thousands grouped, its decimal separator, the scale
   * kept, never exponent notation.
   *
   * <pre>{@code
   * Language.EN.number(new BigDecimal("5000.5")); // "5,000.5"
   * Language.RU.number(new BigDecimal("5000.5")); // "5 000,5" (a no-break space)
   * }</pre>
   *
   * @param number the number
   * @return the number in words of this language
   * @throws NullPointerException if {@code number} is null
   */
  public String number(BigDecimal number) {
    return phrases.number(Objects.requireNonNull(number, "number"));
  }

  /**
   * An amount of money as this language writes it: the amount exactly as given (no rounding),
   * a no-break space, the currency code.
   *
   * <pre>{@code
   * Language.EN.money(Money.of("1500", "INR"));  // "1,500 INR"
   * Language.RU.money(Money.of("12.50", "BRL")); // "12,50 BRL"
   * }</pre>
   *
   * @param money the amount
   * @return the amount in words of this language
   * @throws NullPointerException if {@code money} is null
   */
  public String money(Money money) {
    return phrases.money(Objects.requireNonNull(money, "money"));
  }

  /**
   * A date as this language writes it.
   *
   * <pre>{@code
   * Language.RU.date(LocalDate.of(2026, 3, 1)); // "01.03.2026"
   * }</pre>
   *
   * @param date the date
   * @return {@code 2026-03-01} or {@code 01.03.2026}
   * @throws NullPointerException if {@code date} is null
   */
  public String date(LocalDate date) {
    return phrases.date(Objects.requireNonNull(date, "date"));
  }

  /**
   * A ruling's ground in words of this language, never the constant's name.
   *
   * <pre>{@code
   * Language.EN.ground(Ground.LATE); // "filed after the window"
   * }</pre>
   *
   * @param ground the ground
   * @return the words
   * @throws NullPointerException if {@code ground} is null
   */
  public String ground(Ground ground) {
    return phrases.ground(Objects.requireNonNull(ground, "ground"));
  }

  /**
   * A ruling's explanation in words of this language: in English the ruling's own record
   * ({@link Ruling#explanation()}), in Russian the same facts in Russian.
   *
   * <pre>{@code
   * Language.RU.explanation(ruling); // "ссылается на SAME-BRAND, но это не критерий договора it v1; ..."
   * }</pre>
   *
   * @param ruling the ruling
   * @return the words, a lower-case fragment
   * @throws NullPointerException if {@code ruling} is null
   */
  public String explanation(Ruling ruling) {
    return phrases.explanation(Objects.requireNonNull(ruling, "ruling"));
  }

  /**
   * What a diff could not compare, in words of this language: in English the remark's own record
   * ({@link Remark#text()}), as the Markdown diff writes its notes.
   *
   * <pre>{@code
   * Language.RU.remark(diff.remarkDetails().get(0)); // "поле \"industry\": коды [MINING] объявлены только в одном договоре: ..."
   * }</pre>
   *
   * @param remark the remark
   * @return the words, a lower-case fragment
   * @throws NullPointerException if {@code remark} is null
   */
  public String remark(Remark remark) {
    return phrases.remark(Objects.requireNonNull(remark, "remark"));
  }
}
