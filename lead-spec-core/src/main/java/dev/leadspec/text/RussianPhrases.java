package dev.leadspec.text;

import dev.leadspec.analysis.Remark;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.internal.Plurals;
import dev.leadspec.model.Contract;
import dev.leadspec.model.FieldKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Russian phrase table: {@code 5 000} (no-break space), {@code 6,5}, {@code 01.03.2026}, {@code 1 500 INR}. Words,
 * and the sentences whose order Russian sets itself (a range, a ruling's explanation, a diff's remark); the sentences
 * both languages share are {@link Phrases}' default methods.
 */
final class RussianPhrases implements Phrases {
  @Override
  public char groupSeparator() {
    return NBSP;
  }

  @Override
  public char decimalSeparator() {
    return ',';
  }

  @Override
  public String date(LocalDate date) {
    return two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) + "." + date.getYear();
  }

  private static String two(int number) {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  @Override
  public String dayNoun(long days) {
    return Plurals.russian(days, "день", "дня", "дней");
  }

  @Override
  public String hourNoun(long hours) {
    return Plurals.russian(hours, "час", "часа", "часов");
  }

  @Override
  public String flag(boolean flag) {
    return flag ? "да" : "нет";
  }

  @Override
  public String answer(boolean yes) {
    return yes ? "ДА" : "НЕТ";
  }

  @Override
  public String quotedAnswer(boolean yes) {
    return "«" + answer(yes) + "»";
  }

  @Override
  public String unknown() {
    return "неизвестно";
  }

  @Override
  public String kind(FieldKind kind) {
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

  @Override
  public String oneOf(boolean negated) {
    return negated ? "ни одно из: " : "одно из: ";
  }

  @Override
  public String includes(boolean all) {
    return all ? "содержит все из: " : "содержит любое из: ";
  }

  @Override
  public String known(boolean known) {
    return known ? "известно" : "неизвестно";
  }

  @Override
  public String notPrefix() {
    return "неверно, что ";
  }

  @Override
  public String allOf() {
    return "все условия: ";
  }

  @Override
  public String anyOf() {
    return "хотя бы одно из условий: ";
  }

  @Override
  public String ofParts() {
    return " из условий: ";
  }

  @Override
  public String answered(boolean equal) {
    return equal ? "ответ " : "ответ не ";
  }

  @Override
  public String equalTo(boolean equal) {
    return equal ? "равно " : "не равно ";
  }

  @Override
  public String notValue() {
    return "не ";
  }

  @Override
  public String bound(boolean below, boolean inclusive) {
    return below ? (inclusive ? "не более " : "менее ") : (inclusive ? "не менее " : "более ");
  }

  @Override
  public String between(String low, boolean lowInclusive, String high, boolean highInclusive) {
    if (lowInclusive && highInclusive) {
      return "от " + low + " до " + high + " включительно";
    }
    if (!lowInclusive && !highInclusive) {
      return "строго между " + low + " и " + high;
    }
    return "от " + low + (lowInclusive ? " включительно" : " не включительно") + " до " + high
        + (highInclusive ? " включительно" : " не включительно");
  }

  @Override
  public String or() {
    return " или ";
  }

  @Override
  public String and() {
    return " и ";
  }

  @Override
  public String contractWord() {
    return "Договор";
  }

  @Override
  public String fingerprint() {
    return "Отпечаток (SHA-256 канонического JSON): ";
  }

  @Override
  public String[] fieldColumns() {
    return new String[] {"Поле", "Название", "Тип", "Единица", "Значения"};
  }

  @Override
  public String criteriaRule() {
    return "Лид засчитывается, если выполнены все обязательные критерии и не сработал ни один критерий исключения.";
  }

  @Override
  public String role(boolean required) {
    return required ? "обязательный" : "исключение";
  }

  @Override
  public String unknownRule(boolean required, boolean unknownMet) {
    if (required) {
      return unknownMet ? "Неизвестное значение засчитывается." : "Неизвестное значение не засчитывается.";
    }
    return unknownMet ? "Неизвестное значение исключает лид." : "Неизвестное значение не исключает лид.";
  }

  @Override
  public String laterEvidenceSentence() {
    return " Решить его могут и доказательства, полученные после передачи лида.";
  }

  @Override
  public String hitPolicy(boolean unique) {
    return unique ? "Строки не пересекаются" : "Применяется первая подходящая строка";
  }

  @Override
  public String everyAcceptedLeadMatches() {
    return "каждый засчитанный лид подходит под строку";
  }

  @Override
  public String[] rowColumns() {
    return new String[] {"Строка", "Условие", "Результат"};
  }

  @Override
  public String termsTitle() {
    return "Условия оплаты и споров";
  }

  @Override
  public String byTable() {
    return "по таблице ";
  }

  @Override
  public String priceNotStated() {
    return "не указана";
  }

  @Override
  public String afterDeliveryWords() {
    return " после передачи лида";
  }

  @Override
  public String noLimit() {
    return "не ограничен";
  }

  @Override
  public String outcome(boolean accepted) {
    return accepted ? "ЗАСЧИТАН" : "НЕ ЗАСЧИТАН";
  }

  @Override
  public String leadWord() {
    return "лид";
  }

  @Override
  public String under() {
    return "по договору";
  }

  @Override
  public String status(boolean disqualifier, boolean met) {
    if (disqualifier) {
      return met ? "сработал" : "не сработал";
    }
    return met ? "выполнен" : "не выполнен";
  }

  @Override
  public String unknownStatus(boolean disqualifier, boolean countsMet) {
    if (disqualifier) {
      return countsMet ? "неизвестно, исключает" : "неизвестно, не исключает";
    }
    return countsMet ? "неизвестно, засчитывается" : "неизвестно, не засчитывается";
  }

  @Override
  public String needs(boolean required) {
    return required ? "Требуется: " : "Исключает: ";
  }

  @Override
  public String readWord() {
    return "Прочитано";
  }

  @Override
  public String conflict(String rows) {
    return "КОНФЛИКТ строк " + rows;
  }

  @Override
  public String noMatch() {
    return "НЕТ СТРОКИ (таблица должна быть полной)";
  }

  @Override
  public String noRow() {
    return "ни одна строка не подходит";
  }

  @Override
  public String statementName() {
    return "Акт по лидам";
  }

  @Override
  public String[] totals() {
    return new String[] {"Лидов", "Засчитано при передаче", "К оплате", "из них восстановлено по спорам",
        "Снято по спорам покупателя", "Не засчитано", "из них к замене, только из-за неизвестных фактов",
        "Споров удовлетворено", "Споров отклонено", "Сумма к оплате"};
  }

  @Override
  public String ground(Ground ground) {
    switch (ground) {
      case LATE:
        return "подан после срока";
      case OUT_OF_CONTRACT:
        return "не ссылается на согласованный критерий";
      case EVIDENCE_AFTER_DELIVERY:
        return "доказательства только после передачи";
      case NOT_SUBSTANTIATED:
        return "не подтверждён";
      default:
        return "подтверждён";
    }
  }

  @Override
  public String rejectionsTitle() {
    return "Отказы по критериям";
  }

  @Override
  public String[] rejectionColumns() {
    return new String[] {"Критерий", "Лидов"};
  }

  @Override
  public String perVersion() {
    return "По версиям договора";
  }

  @Override
  public String perDay() {
    return "По дням";
  }

  @Override
  public String versionColumn() {
    return "Версия";
  }

  @Override
  public String dayWord() {
    return "День";
  }

  @Override
  public String[] tallyColumns() {
    return new String[] {"Лидов", "Засчитано", "К оплате", "Снято", "Не засчитано", "К замене", "Сумма"};
  }

  @Override
  public String side(boolean first) {
    return first ? "первый договор" : "второй договор";
  }

  @Override
  public String amendmentName() {
    return "Поправка";
  }

  @Override
  public String editsTitle() {
    return "Правки";
  }

  @Override
  public String editGroup(int group) {
    return new String[] {"Критерии", "Поля", "Таблицы", "Условия оплаты и споров"}[group];
  }

  @Override
  public String unchanged() {
    return "Текст договора не изменился.";
  }

  @Override
  public String regionsTitle() {
    return "Лиды, чей вердикт меняется";
  }

  @Override
  public String noRegion(boolean complete) {
    return complete ? "Ни один лид не получает другого вердикта." : "Различий не найдено в пределах бюджета анализа.";
  }

  @Override
  public String notesTitle() {
    return "Примечания";
  }

  @Override
  public String edited(int change, int gender) {
    String[][] forms = {{"добавлен", "добавлено", "добавлена"}, {"удалён", "удалено", "удалена"},
        {"изменён", "изменено", "изменена"}};
    return forms[change][gender];
  }

  @Override
  public String term(String term) {
    switch (term) {
      case "price":
        return "Цена";
      case "price table":
        return "Таблица цен";
      case "challenge window":
        return "Срок оспаривания";
      case "zone":
        return "Часовой пояс";
      default:
        return "Действует с";
    }
  }

  @Override
  public String none() {
    return "нет";
  }

  @Override
  public String laterEvidence(boolean later) {
    return later ? "решают и доказательства, полученные после передачи" : "решают только доказательства, полученные до передачи";
  }

  @Override
  public String part(String part) {
    switch (part) {
      case "title": return "название";
      case "condition": return "условие";
      case "role": return "роль";
      case "unknownAs": return "правило для неизвестного";
      case "kind": return "тип";
      case "label": return "подпись";
      case "unit": return "единица";
      case "codes": return "коды";
      case "question": return "вопрос";
      case "hitPolicy": return "правило строк";
      case "complete": return "полнота";
      default: return "строки";
    }
  }

  @Override
  public String unknownMetWords(boolean required) {
    return required ? "неизвестное засчитывается" : "неизвестное исключает";
  }

  @Override
  public String rowPolicy(boolean unique) {
    return unique ? "строки не пересекаются" : "первая подходящая строка";
  }

  @Override
  public String completeWord() {
    return "полная";
  }

  @Override
  public String alsoAccepts() {
    return " также засчитывает ";
  }

  @Override
  public String atPrice() {
    return ", по цене ";
  }

  @Override
  public String rejectsThemFor() {
    return " отклоняет их по ";
  }

  @Override
  public String noLongerAcceptsWords() {
    return " больше не засчитывает ";
  }

  @Override
  public String paid() {
    return " платил ";
  }

  @Override
  public String insteadOfWord() {
    return " вместо ";
  }

  @Override
  public String evaluates(boolean priced) {
    return " иначе оценивает ";
  }

  @Override
  public String differentlyColon() {
    return ": ";
  }

  @Override
  public String otherReasons(boolean now, String reasons) {
    return (now ? "теперь также по " : "больше не по ") + reasons;
  }

  @Override
  public String rejectsForOtherReasons() {
    return " отклоняет по другим причинам ";
  }

  @Override
  public String bothCite() {
    return " (прочие невыполненные критерии называют обе версии)";
  }

  @Override
  public String exampleWord() {
    return "Пример";
  }

  @Override
  public String allLeads() {
    return "все такие лиды";
  }

  @Override
  public String leadsWhere() {
    return "лиды, где ";
  }

  @Override
  public String unchangedCriteria() {
    return "неизменённым критериям";
  }

  @Override
  public String remark(Remark remark) {
    switch (remark.kind()) {
      case KINDS_DIFFER:
        return "поле \"" + remark.field().orElseThrow() + "\" в одном договоре — " + kind(remark.kinds().get(0))
            + ", в другом — " + kind(remark.kinds().get(1)) + ": сравниваются только лиды, у которых оно неизвестно";
      case CODES_IN_ONE_CONTRACT:
        return "поле \"" + remark.field().orElseThrow() + "\": коды " + remark.codes()
            + " объявлены только в одном договоре: лиды с ними не сравниваются";
      default:
        return "сравнение остановилось на пределе анализа (" + remark.budget() + " "
            + Plurals.russian(remark.budget(), "область", "области", "областей") + "): другие лиды тоже могут получить другой вердикт";
    }
  }

  @Override
  public String explanation(Ruling ruling) {
    Contract contract = ruling.original().contract();
    Instant delivered = ruling.original().lead().deliveredAt();
    switch (ruling.ground()) {
      case LATE:
        return "подан " + ruling.challenge().filedAt() + ", после того как срок оспаривания ("
            + window(contract.terms().challengeWindow().orElseThrow()) + ") истёк " + ruling.windowCloses().orElseThrow()
            + " (лид передан " + delivered + "; " + contract.reference() + ")";
      case OUT_OF_CONTRACT: {
        List<String> foreign = ruling.outOfContractCitations();
        String citations = ruling.challenge().citedCriteria().isEmpty() ? "не ссылается ни на один критерий договора "
            : "ссылается на " + String.join(", ", foreign)
                + (foreign.size() == 1 ? ", но это не критерий договора " : ", но ни один из них не критерий договора ");
        return citations + contract.reference() + "; условие, которое не было согласовано, не может решать судьбу лида";
      }
      case EVIDENCE_AFTER_DELIVERY:
        return "все исправления записаны после передачи лида " + delivered
            + ", и ни один оспоренный критерий не допускает для них более поздних доказательств: " + corrections(ruling.setAside());
      case SUBSTANTIATED: {
        List<String> on = ruling.decidingCitations();
        return "после повторной оценки " + with(ruling) + " лид " + outcome(ruling.reevaluated().orElseThrow().isAccepted())
            + (on.size() == 1 ? " по критерию " : " по критериям ") + String.join(", ", on) + " (" + contract.reference() + ")";
      }
      default: {
        boolean accepted = ruling.reevaluated().orElseThrow().isAccepted();
        String stays = accepted == ruling.original().isAccepted() ? "итог прежний: " + outcome(accepted)
            : "итог меняется на " + outcome(accepted) + ", но не по оспоренному критерию";
        List<String> cited = ruling.agreedCitations();
        return "после повторной оценки " + with(ruling) + " " + stays + " (" + contract.reference()
            + (cited.size() == 1 ? "; оспорен критерий " : "; оспорены критерии ") + String.join(", ", cited) + ")"
            + (ruling.setAside().isEmpty() ? "" : "; не приняты как записанные после передачи: " + corrections(ruling.setAside()));
      }
    }
  }

  private static String with(Ruling ruling) {
    return ruling.admitted().isEmpty() ? "без исправлений" : "с исправлениями " + corrections(ruling.admitted());
  }

  private String window(Duration window) {
    if (window.toHours() % 24 == 0 && window.toSeconds() % 3600 == 0) {
      return days(window.toDays());
    }
    return window.toSeconds() % 3600 == 0 ? hours(window.toHours()) : window.toString();
  }

  private static String corrections(List<Correction> corrections) {
    List<String> texts = new ArrayList<>();
    corrections.forEach(c -> texts.add(c.toString()));
    return String.join("; ", texts);
  }

  @Override
  public String noFacts() {
    return "лид без фактов";
  }
}
