package dev.leadspec.text;

import dev.leadspec.internal.Plurals;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Conditions, values, dates and money in words, by fixed per-language rules. */
final class Words {
  private final Language language;
  private final Function<String, Field> fields;

  Words(Language language, Function<String, Field> fields) {
    this.language = language;
    this.fields = fields;
  }

  private boolean ru() {
    return language == Language.RU;
  }

  /** {@code Employees: between 50 and 5 000 inclusive}. */
  String condition(Condition condition) {
    if (condition instanceof Condition.Compare compare) {
      return label(compare.field()) + ": " + compare(compare);
    }
    if (condition instanceof Condition.Between between) {
      return label(between.field()) + ": " + between(between);
    }
    if (condition instanceof Condition.In in) {
      String codes = String.join(", ", in.codes());
      return label(in.field()) + ": " + (in.negated() ? (ru() ? "ни одно из: " : "none of ") : (ru() ? "одно из: " : "one of ")) + codes;
    }
    if (condition instanceof Condition.Contains contains) {
      String codes = String.join(", ", contains.codes());
      return label(contains.field()) + ": " + (contains.all() ? (ru() ? "содержит все из: " : "includes all of ")
          : (ru() ? "содержит любое из: " : "includes any of ")) + codes;
    }
    if (condition instanceof Condition.Known known) {
      return label(known.field()) + ": " + (known.known() ? (ru() ? "известно" : "is known") : (ru() ? "неизвестно" : "is unknown"));
    }
    if (condition instanceof Condition.Not not) {
      return (ru() ? "неверно, что " : "not: ") + "(" + condition(not.part()) + ")";
    }
    if (condition instanceof Condition.All all) {
      return (ru() ? "все условия: " : "all of: ") + parts(all.parts());
    }
    if (condition instanceof Condition.Any any) {
      return (ru() ? "хотя бы одно из условий: " : "any of: ") + parts(any.parts());
    }
    Condition.AtLeast atLeast = (Condition.AtLeast) condition;
    return (ru() ? "не менее " + atLeast.count() + " из условий: " : "at least " + atLeast.count() + " of: ") + parts(atLeast.parts());
  }

  private String parts(List<Condition> parts) {
    List<String> texts = new ArrayList<>();
    for (Condition part : parts) {
      texts.add("(" + condition(part) + ")");
    }
    return String.join("; ", texts);
  }

  private String compare(Condition.Compare compare) {
    Field field = fields.apply(compare.field());
    String value = value(compare.value());
    if (field.kind() == FieldKind.ANSWER) {
      String answer = ru() ? (value.equals("YES") ? "«ДА»" : "«НЕТ»") : value;
      return (compare.operator() == Operator.EQ ? (ru() ? "ответ " : "answered ") : (ru() ? "ответ не " : "not answered ")) + answer;
    }
    switch (compare.operator()) {
      case EQ:
        return ordered(field) ? (ru() ? "равно " : "equal to ") + value : value;
      case NE:
        return ordered(field) ? (ru() ? "не равно " : "not equal to ") + value : (ru() ? "не " : "not ") + value;
      case LT:
        return (ru() ? "менее " : "less than ") + value;
      case LE:
        return (ru() ? "не более " : "at most ") + value;
      case GT:
        return (ru() ? "более " : "more than ") + value;
      default:
        return (ru() ? "не менее " : "at least ") + value;
    }
  }

  private static boolean ordered(Field field) {
    return field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.DATE;
  }

  private String between(Condition.Between between) {
    String low = value(between.low());
    String high = value(between.high());
    if (between.lowInclusive() && between.highInclusive()) {
      return ru() ? "от " + low + " до " + high + " включительно" : "between " + low + " and " + high + " inclusive";
    }
    if (!between.lowInclusive() && !between.highInclusive()) {
      return ru() ? "строго между " + low + " и " + high : "between " + low + " and " + high + " exclusive";
    }
    return ru()
        ? "от " + low + (between.lowInclusive() ? " включительно" : " не включительно") + " до " + high
            + (between.highInclusive() ? " включительно" : " не включительно")
        : "between " + low + (between.lowInclusive() ? " inclusive" : " exclusive") + " and " + high
            + (between.highInclusive() ? " inclusive" : " exclusive");
  }

  String label(String field) {
    return fields.apply(field).label();
  }

  String value(Value value) {
    if (value instanceof Value.IntegerValue integer) {
      return number(BigDecimal.valueOf(integer.number()));
    }
    if (value instanceof Value.DecimalValue decimal) {
      return number(decimal.number());
    }
    if (value instanceof Value.DateValue date) {
      return date(date.date());
    }
    if (value instanceof Value.FlagValue flag) {
      return flag.flag() ? (ru() ? "да" : "yes") : (ru() ? "нет" : "no");
    }
    return value.toString();
  }

  /** Thousands grouped by a space, decimal point per language, never exponent notation. */
  String number(BigDecimal number) {
    String plain = number.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(whole.charAt(i));
    }
    if (point >= 0) {
      grouped.append(ru() ? ',' : '.').append(digits.substring(point + 1));
    }
    return (negative ? "-" : "") + grouped;
  }

  String date(LocalDate date) {
    if (!ru()) {
      return date.toString();
    }
    return two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) + "." + date.getYear();
  }

  private static String two(int number) {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  String money(Money money) {
    return number(money.amount()) + " " + money.currency().getCurrencyCode();
  }

  String output(Output output) {
    return output instanceof Money money ? money(money) : output.toString();
  }

  String duration(Duration duration) {
    if (duration.toSeconds() % 86_400 == 0) {
      long days = duration.toDays();
      return ru() ? days + " " + Plurals.russian(days, "день", "дня", "дней") : days + (days == 1 ? " day" : " days");
    }
    if (duration.toSeconds() % 3_600 == 0) {
      long hours = duration.toHours();
      return ru() ? hours + " " + Plurals.russian(hours, "час", "часа", "часов") : hours + (hours == 1 ? " hour" : " hours");
    }
    return duration.toString();
  }


  String kind(FieldKind kind) {
    if (!ru()) {
      return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
    switch (kind) {
      case CHOICE:
        return "выбор";
      case CHOICES:
        return "множественный выбор";
      case INTEGER:
        return "целое число";
      case DECIMAL:
        return "десятичное число";
      case FLAG:
        return "да/нет";
      case ANSWER:
        return "ответ на вопрос скрипта";
      case DATE:
        return "дата";
      default:
        return "текст";
    }
  }
}
