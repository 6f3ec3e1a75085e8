package dev.leadspec.report;

import dev.leadspec.model.Answer;
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
 * locale), and HTML escaping. Thousands are grouped by a no-break space so a number never
 * breaks across lines; English writes a decimal point, Russian a comma.
 */
final class Format {
  /** U+00A0: groups thousands and joins an amount to its currency. */
  static final char NBSP = '\u00a0';

  private final Language language;

  Format(Language language) {
    this.language = language;
  }

  boolean ru() {
    return language == Language.RU;
  }

  /** The English or the Russian words. */
  String w(String en, String ru) {
    return ru() ? ru : en;
  }

  String integer(long number) {
    return decimal(BigDecimal.valueOf(number));
  }

  /** Grouped by a no-break space, decimal point per language, never exponent notation. */
  String decimal(BigDecimal number) {
    String plain = number.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(NBSP);
      }
      grouped.append(whole.charAt(i));
    }
    if (point >= 0) {
      grouped.append(ru() ? ',' : '.').append(digits, point + 1, digits.length());
    }
    return (negative ? "-" : "") + grouped;
  }

  /** The exact amount, as the statement has it: no rounding. */
  String money(Money money) {
    return decimal(money.amount()) + NBSP + money.currency().getCurrencyCode();
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
    if (!ru()) {
      return date.toString();
    }
    return two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) + "." + date.getYear();
  }

  /** A short day label for a chart's axis: {@code 03-02} or {@code 02.03}. */
  String shortDate(LocalDate date) {
    return ru() ? two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) : two(date.getMonthValue()) + "-" + two(date.getDayOfMonth());
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
    String[] units = ru() ? new String[] {"дн", "ч", "мин", "с"} : new String[] {"d", "h", "min", "s"};
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
    if (value instanceof Value.IntegerValue integer) {
      return integer(integer.number());
    }
    if (value instanceof Value.DecimalValue decimal) {
      return decimal(decimal.number());
    }
    if (value instanceof Value.DateValue date) {
      return date(date.date());
    }
    if (value instanceof Value.FlagValue flag) {
      return flag(flag.flag());
    }
    if (value instanceof Value.AnswerValue answer) {
      return answer(answer.answer());
    }
    if (value instanceof Value.TextValue text) {
      return text.text();
    }
    return value.toString();
  }

  String flag(boolean flag) {
    return flag ? w("yes", "да") : w("no", "нет");
  }

  String answer(Answer answer) {
    return answer == Answer.YES ? w("YES", "ДА") : w("NO", "НЕТ");
  }

  String unknown() {
    return w("unknown", "неизвестно");
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
