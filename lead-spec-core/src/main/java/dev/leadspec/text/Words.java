package dev.leadspec.text;

import dev.leadspec.model.Answer;
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
import java.util.Optional;
import java.util.function.Function;

/**
 * Conditions, values, dates and money in words of one language: the phrases come from the
 * language's {@link Phrases}, the labels and units from the contract's fields in that language.
 */
final class Words {
  private final Language language;
  private final Phrases phrases;
  private final Function<String, Field> fields;

  Words(Language language, Function<String, Field> fields) {
    this.language = language;
    this.phrases = language.phrases();
    this.fields = fields;
  }

  /** {@code Employees: between 50 and 5,000 people inclusive}. */
  String condition(Condition condition) {
    return condition.accept(new Condition.Visitor<String>() {
      @Override
      public String visit(Condition.Compare compare) {
        return label(compare.field()) + ": " + compare(compare);
      }

      @Override
      public String visit(Condition.Between between) {
        Field field = fields.apply(between.field());
        return label(between.field()) + ": " + phrases.between(value(between.low()), between.lowInclusive(),
            value(between.high(), field), between.highInclusive());
      }

      @Override
      public String visit(Condition.In in) {
        return label(in.field()) + ": " + phrases.oneOf(in.negated()) + String.join(", ", in.codes());
      }

      @Override
      public String visit(Condition.Contains contains) {
        return label(contains.field()) + ": " + phrases.includes(contains.all()) + String.join(", ", contains.codes());
      }

      @Override
      public String visit(Condition.Known known) {
        return label(known.field()) + ": " + phrases.known(known.known());
      }

      @Override
      public String visit(Condition.All all) {
        return phrases.allOf() + parts(all.parts());
      }

      @Override
      public String visit(Condition.Any any) {
        return phrases.anyOf() + parts(any.parts());
      }

      @Override
      public String visit(Condition.Not not) {
        return phrases.not(condition(not.part()));
      }

      @Override
      public String visit(Condition.AtLeast atLeast) {
        return phrases.atLeastOf(atLeast.count()) + parts(atLeast.parts());
      }
    });
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
    if (field.kind() == FieldKind.ANSWER) {
      boolean yes = compare.value().equals(Value.of(Answer.YES));
      return phrases.answered(compare.operator() == Operator.EQ) + phrases.quotedAnswer(yes);
    }
    String value = value(compare.value(), field);
    switch (compare.operator()) {
      case EQ:
        return ordered(field) ? phrases.equalTo(true) + value : value;
      case NE:
        return (ordered(field) ? phrases.equalTo(false) : phrases.notValue()) + value;
      case LT:
        return phrases.bound(true, false) + value;
      case LE:
        return phrases.bound(true, true) + value;
      case GT:
        return phrases.bound(false, false) + value;
      default:
        return phrases.bound(false, true) + value;
    }
  }

  private static boolean ordered(Field field) {
    return field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.DECIMAL || field.kind() == FieldKind.DATE;
  }

  /** The field's label in this language. */
  String label(String field) {
    return fields.apply(field).label(language.tag());
  }

  /** The field's unit in this language, if it declares one. */
  Optional<String> unit(Field field) {
    return field.unit(language.tag());
  }

  /** A value of a field, followed by the field's unit when it declares one: {@code 300 seconds}. */
  String value(Value value, Field field) {
    String text = value(value);
    return unit(field).map(unit -> phrases.withUnit(text, unit)).orElse(text);
  }

  /** A fact as read: {@code Time on site = 300 seconds}, {@code Industry = unknown}. */
  String fact(String field, Optional<Value> value) {
    return label(field) + " = " + value.map(v -> value(v, fields.apply(field))).orElse(phrases.unknown());
  }

  /** A value without a unit. */
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
        return number(BigDecimal.valueOf(integer.number()));
      }

      @Override
      public String visit(Value.DecimalValue decimal) {
        return number(decimal.number());
      }

      @Override
      public String visit(Value.FlagValue flag) {
        return phrases.flag(flag.flag());
      }

      @Override
      public String visit(Value.AnswerValue answer) {
        return phrases.answer(answer.answer() == Answer.YES);
      }

      @Override
      public String visit(Value.DateValue date) {
        return date(date.date());
      }
    });
  }

  String number(BigDecimal number) {
    return phrases.number(number);
  }

  String date(LocalDate date) {
    return phrases.date(date);
  }

  String money(Money money) {
    return phrases.money(money);
  }

  String output(Output output) {
    return output instanceof Money money ? money(money) : output.toString();
  }

  String duration(Duration duration) {
    if (duration.toSeconds() % 86_400 == 0) {
      return phrases.days(duration.toDays());
    }
    if (duration.toSeconds() % 3_600 == 0) {
      return phrases.hours(duration.toHours());
    }
    return duration.toString();
  }

  String kind(FieldKind kind) {
    return phrases.kind(kind);
  }
}
