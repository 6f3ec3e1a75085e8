package dev.leadspec.report;

import dev.leadspec.dispute.Ground;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Field;
import dev.leadspec.model.Money;
import dev.leadspec.model.Value;
import dev.leadspec.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Words, numbers, dates and money on the page, by fixed per-language rules (never the JVM's
 * locale), and HTML escaping. Numbers, dates and money are the core's ({@link Language#number},
 * {@link Language#date}, {@link Language#money}): English groups thousands by a comma, Russian by
 * a no-break space so a number never breaks across lines; the words are the language's
 * {@link ReportPhrases}.
 */
final class Format {
  /** U+00A0: joins an amount to its currency, a number to its unit. */
  static final char NBSP = '\u00a0';

  private final Language language;
  private final ReportPhrases phrases;

  Format(Language language) {
    this.language = language;
    this.phrases = ReportPhrases.of(language);
  }

  /** The page's phrase table. */
  ReportPhrases phrases() {
    return phrases;
  }

  /** The BCP 47 tag of the language, for the contract's titles, labels and units. */
  String tag() {
    return language.tag();
  }

  /** A phrase of the page, keyed by its English text. */
  String t(String english) {
    return phrases.text(english);
  }

  String integer(long number) {
    return decimal(BigDecimal.valueOf(number));
  }

  /** Grouped per language, decimal separator per language, never exponent notation. */
  String decimal(BigDecimal number) {
    return language.number(number);
  }

  /** The exact amount, as the statement has it: no rounding. */
  String money(Money money) {
    return language.money(money);
  }

  /** A ruling's ground in words. */
  String ground(Ground ground) {
    return language.ground(ground);
  }

  String amounts(List<Money> amounts) {
    if (amounts.isEmpty()) {
      return "0";
    }
    StringBuilder text = new StringBuilder();
    for (Money money : amounts) {
      text.append(text.length() == 0 ? "" : " + ").append(money(money));
    }
    return text.toString();
  }

  /** {@code part / whole} as a percentage with one decimal, half up; {@code –} when whole is 0. */
  String percent(long part, long whole) {
    if (whole == 0) {
      return "–";
    }
    return decimal(percentValue(part, whole)) + NBSP + "%";
  }

  static BigDecimal percentValue(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }


  String date(LocalDate date) {
    return language.date(date);
  }

  /** A short day label for a chart's axis: {@code 03-02} or {@code 02.03}. */
  String shortDate(LocalDate date) {
    return phrases.shortDate(date);
  }

  String dateTime(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return date(local.toLocalDate()) + " " + two(local.getHour()) + ":" + two(local.getMinute());
  }

  /** A sortable key for an instant: ISO, UTC. */
  static String sortKey(Instant instant) {
    return instant.toString();
  }

  private static String two(int number) {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  /** {@code 2 d 3 h}, {@code 1 h 20 min}, {@code 45 s}: the two largest non-zero units. */
  String duration(Duration duration) {
    boolean negative = duration.isNegative();
    long seconds = Math.abs(duration.getSeconds());
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3_600;
    long minutes = seconds % 3_600 / 60;
    long secs = seconds % 60;
    String[] units = phrases.durationUnits();
    long[] values = {days, hours, minutes, secs};
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < values.length && shown < 2; i++) {
      if (values[i] != 0 || (shown == 0 && i == values.length - 1)) {
        text.append(text.length() == 0 ? "" : " ").append(integer(values[i])).append(NBSP).append(units[i]);
        shown++;
      } else if (shown > 0) {
        break;
      }
    }
    return (negative ? "-" : "") + text;
  }

  /** A fact's value in words: codes as they are, numbers grouped, answers and flags per language. */
  String value(Value value) {
    return value.accept(new Value.Visitor<String>() {
      @Override
      public String visit(Value.TextValue text) {
        return text.text();
      }

      @Override
      public String visit(Value.CodesValue codes) {
        return codes.toString();
      }

      @Override
      public String visit(Value.IntegerValue integer) {
        return integer(integer.number());
      }

      @Override
      public String visit(Value.DecimalValue decimal) {
        return decimal(decimal.number());
      }

      @Override
      public String visit(Value.FlagValue flag) {
        return flag(flag.flag());
      }

      @Override
      public String visit(Value.AnswerValue answer) {
        return answer(answer.answer());
      }

      @Override
      public String visit(Value.DateValue date) {
        return date(date.date());
      }
    });
  }

  /** A fact's value followed by the field's unit in this language, when it declares one: {@code 300 s}. */
  String value(Value value, Field field) {
    String text = value(value);
    return field.unit(language.tag()).map(unit -> text + NBSP + unit).orElse(text);
  }

  String flag(boolean flag) {
    return flag ? t("yes") : t("no");
  }

  String answer(Answer answer) {
    return answer == Answer.YES ? t("YES") : t("NO");
  }

  String unknown() {
    return t("unknown");
  }

  /** Text for element content and attribute values: {@code & < > " '} escaped. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = null;
      }
      if (replacement == null && (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)) {
        replacement = "\ufffd";
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
