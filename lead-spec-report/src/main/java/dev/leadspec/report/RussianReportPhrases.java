package dev.leadspec.report;

import dev.leadspec.internal.Plurals;
import java.time.LocalDate;
import java.util.Map;

/** The page in Russian: each English phrase's translation. */
final class RussianReportPhrases implements ReportPhrases {
  /** English phrase (with its {@code @context}, if any) to Russian. */
  static final Map<String, String> PHRASES = Map.ofEntries(
      Map.entry("Lead statement", "Акт по лидам"),
      Map.entry("Contract ", "Договор "),
      Map.entry(", leads delivered ", ", лиды переданы "),
      Map.entry(": ", ": "),
      Map.entry(" billable.", " к оплате."),
      Map.entry("Contents", "Содержание"),
      Map.entry("Contract", "Договор"),
      Map.entry("Summary", "Итог"),
      Map.entry("Amount due", "Сумма к оплате"),
      Map.entry("Challenges", "Споры"),
      Map.entry("Daily dynamics", "Динамика по дням"),
      Map.entry("Shares", "Доли"),
      Map.entry("Time measures", "Время"),
      Map.entry("Rejected and challenged leads", "Незасчитанные и оспоренные лиды"),
      Map.entry("The contract", "Договор"),
      Map.entry("The versions of ", "Версии договора "),
      Map.entry(". A lead is judged by the version in effect when it was delivered; the fingerprint (SHA-256 of the canonical JSON) proves which text both sides agreed to.", ". Лид оценивается по версии, действовавшей в момент передачи; отпечаток (SHA-256 канонического JSON) подтверждает, какой текст согласовали стороны."),
      Map.entry("Version", "Версия"),
      Map.entry("Effective from", "Действует с"),
      Map.entry("Price", "Цена"),
      Map.entry("Challenge window", "Срок оспаривания"),
      Map.entry("Leads", "Лидов"),
      Map.entry("Fingerprint", "Отпечаток"),
      Map.entry("no limit", "не ограничен"),
      Map.entry(" per accepted lead", " за засчитанный лид"),
      Map.entry("by table ", "по таблице "),
      Map.entry("not stated", "не указана"),
      Map.entry("Billable leads", "Лидов к оплате"),
      Map.entry("reinstated by challenges: ", "восстановлено по спорам: "),
      Map.entry("Leads delivered", "Лидов передано"),
      Map.entry("Accepted as delivered", "Засчитано при передаче"),
      Map.entry("Rejected", "Не засчитано"),
      Map.entry("Replacements owed", "К замене"),
      Map.entry("rejected only for unknown facts", "только из-за неизвестных фактов"),
      Map.entry("Overturned by the buyer", "Снято по спорам покупателя"),
      Map.entry("accepted, then an upheld challenge", "засчитаны, затем спор удовлетворён"),
      Map.entry("Reinstated", "Восстановлено"),
      Map.entry("rejected, then an upheld challenge", "не засчитаны, затем спор удовлетворён"),
      Map.entry("Challenges upheld", "Споров удовлетворено"),
      Map.entry("Challenges dismissed", "Споров отклонено"),
      Map.entry("Nothing is due: no lead is billable at a price.", "К оплате ничего: нет засчитанных лидов с ценой."),
      Map.entry("Per contract version", "По версиям договора"),
      Map.entry("Amount due per contract version, ", "Сумма к оплате по версиям, "),
      Map.entry("Bars per version; the table below gives the figures.", "Столбцы по версиям; цифры в таблице ниже."),
      Map.entry("Per day of delivery", "По дням передачи"),
      Map.entry("Amount due per day, ", "Сумма к оплате по дням, "),
      Map.entry("One column per day of delivery; the figures are in the table Per day.", "Столбец на каждый день передачи; цифры в таблице «По дням»."),
      Map.entry("Billable leads and replacements owed per day", "К оплате и к замене по дням"),
      Map.entry("billable", "к оплате"),
      Map.entry("rejected, replacement owed", "не засчитан, к замене"),
      Map.entry("rejected", "не засчитан"),
      Map.entry("overturned", "снят по спору"),
      Map.entry("Leads per day by what they come to", "Лиды по дням: чем закончились"),
      Map.entry("Stacked columns per day: billable, rejected with a replacement owed, other rejections, overturned; the figures are in the table Per day.", "Столбцы по дням: к оплате, не засчитаны с заменой, прочие отказы, сняты по спорам; цифры в таблице «По дням»."),
      Map.entry("Day", "День"),
      Map.entry("Accepted", "Засчитано"),
      Map.entry("Accept rate", "Доля"),
      Map.entry("Billable", "К оплате"),
      Map.entry("Overturned", "Снято"),
      Map.entry("Replacements", "К замене"),
      Map.entry("Challenges by ground", "Споры по основаниям"),
      Map.entry("No challenge was ruled on.", "Спорных лидов нет."),
      Map.entry("Ground", "Основание"),
      Map.entry("Decision", "Решение"),
      Map.entry("upheld", "удовлетворён"),
      Map.entry("dismissed", "отклонён"),
      Map.entry("One bar per ground; the table beside gives the figures.", "Полоса на каждое основание; цифры в таблице рядом."),
      Map.entry("Leads and accept rate", "Лиды и доля засчитанных"),
      Map.entry("accepted as delivered", "засчитан при передаче"),
      Map.entry("rejected as delivered", "не засчитан при передаче"),
      Map.entry("accept rate, % (right axis)", "доля засчитанных, % (правая ось)"),
      Map.entry("Leads per day and accept rate", "Лиды по дням и доля засчитанных"),
      Map.entry("Columns: leads accepted and rejected as delivered, per day; line: the accept rate in percent. The figures are in the table Per day.", "Столбцы: засчитанные и незасчитанные при передаче лиды по дням; линия: доля засчитанных в процентах. Цифры в таблице «По дням»."),
      Map.entry("Standing rejections by criterion", "Отказы по критериям"),
      Map.entry("No lead stands rejected.", "Незасчитанных лидов нет."),
      Map.entry("A rejected lead counts once under every criterion it failed, so a column can be taller than the day's rejected leads.", "Незасчитанный лид учитывается по каждому невыполненному критерию, поэтому столбец может быть выше числа незасчитанных лидов дня."),
      Map.entry("Standing rejections per day, stacked by criterion", "Отказы по дням, по критериям"),
      Map.entry("Stacked columns per day, one colour per criterion; the table below gives the figures.", "Столбцы по дням, цвет на каждый критерий; цифры в таблице ниже."),
      Map.entry("Standing rejections by criterion and day", "Отказы по критериям и дням"),
      Map.entry("All days", "Всего"),
      Map.entry("Per day", "По дням"),
      Map.entry("Shares by the contract's choices", "Доли по полям выбора договора"),
      Map.entry("The contract names no choice, flag or scripted answer.", "В договоре нет полей выбора, флагов или ответов на вопросы скрипта."),
      Map.entry("Every lead as delivered, the billable leads and the others (standing rejected or overturned), split by the value each field had.", "Все переданные лиды, лиды к оплате и остальные (не засчитанные или снятые по спорам) в разрезе значений каждого поля."),
      Map.entry("all leads", "все лиды"),
      Map.entry("not billable", "не к оплате"),
      Map.entry("Shares of ", "Доли значений: "),
      Map.entry("One bar per group of leads, split by value; the table beside gives the counts and shares.", "Полоса на каждую группу лидов по значениям; числа и доли в таблице рядом."),
      Map.entry("Value", "Значение"),
      Map.entry("The leads carry no timestamps to measure by: no evidence with the instant it was recorded, no date field and no field measured in time units. Record the call's evidence with each fact to see the time from the call to delivery here.", "В лидах нет отметок времени: ни доказательств с моментом записи, ни полей-дат, ни полей в единицах времени. Записывайте доказательство звонка к каждому факту, чтобы увидеть здесь время от звонка до передачи."),
      Map.entry("Medians and the 90th percentile are nearest-rank values of the leads that carry the measure.", "Медиана и 90-й процентиль — значения ближайшего ранга по лидам, где есть это измерение."),
      Map.entry("Measure", "Измерение"),
      Map.entry("Measured", "Измерено"),
      Map.entry("Min", "Мин."),
      Map.entry("Median", "Медиана"),
      Map.entry("90th pct.", "90-й проц."),
      Map.entry("Max", "Макс."),
      Map.entry("Every lead was accepted and none was challenged.", "Все лиды засчитаны, споров нет."),
      Map.entry("Every lead rejected as delivered or challenged, with each criterion that decided and the facts it read.", "Каждый лид, не засчитанный при передаче или оспоренный, с решившими критериями и прочитанными фактами."),
      Map.entry("Filter", "Фильтр"),
      Map.entry("lead, criterion, ground…", "лид, критерий, основание…"),
      Map.entry("of", "из"),
      Map.entry("Lead", "Лид"),
      Map.entry("Delivered", "Передан"),
      Map.entry("As delivered", "При передаче"),
      Map.entry("Stands", "Итог"),
      Map.entry("Reasons", "Причины"),
      Map.entry("cites ", "ссылается на "),
      Map.entry("none: accepted", "нет: засчитан"),
      Map.entry("(as delivered; reinstated)", "(при передаче; восстановлен)"),
      Map.entry("accepted", "засчитан"),
      Map.entry("buyer", "покупатель"),
      Map.entry("supplier", "поставщик"),
      Map.entry("Recorded call → delivery", "Записанный звонок → передача"),
      Map.entry("delivery", "передача"),
      Map.entry("d", "дн"),
      Map.entry("yes", "да"),
      Map.entry("no", "нет"),
      Map.entry("YES", "ДА"),
      Map.entry("NO", "НЕТ"),
      Map.entry("unknown", "неизвестно"),
      Map.entry("Amount due@nav", "К оплате"),
      Map.entry("Amount due@column", "Сумма"),
      Map.entry("Daily dynamics@nav", "По дням"),
      Map.entry("Challenges@count", "Споров"),
      Map.entry("Leads@measured", "Лиды"));

  @Override
  public String text(String english) {
    String russian = PHRASES.get(english);
    if (russian == null) {
      throw new IllegalStateException("report: no Russian for \"" + english + "\"");
    }
    return russian;
  }

  @Override
  public String leads(long count) {
    return Plurals.russian(count, "лид", "лида", "лидов");
  }

  @Override
  public String footer(int verdicts, int rulings) {
    return "Составлено lead-spec по " + verdicts + " вердиктам и " + rulings + " решениям по спорам. Все цифры взяты из акта; "
        + "суммы точные, без округления.";
  }

  @Override
  public String shortDate(LocalDate date) {
    return EnglishReportPhrases.two(date.getDayOfMonth()) + "." + EnglishReportPhrases.two(date.getMonthValue());
  }

  @Override
  public String[] durationUnits() {
    return new String[] {"дн", "ч", "мин", "с"};
  }
}
