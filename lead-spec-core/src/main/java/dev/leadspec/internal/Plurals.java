package dev.leadspec.internal;

/** Plural forms of counted words, for the Russian text of appendices, statements and reports. Internal. */
public final class Plurals {
  private Plurals() {}

  /**
   * The Russian form for a count, by its last digits: 1 день, 2 дня, 5 дней, 11 дней, 21 день.
   *
   * <pre>{@code
   * Plurals.russian(22, "день", "дня", "дней"); // "дня"
   * }</pre>
   *
   * @param count the count
   * @param one the form after 1, 21, 31, ...
   * @param few the form after 2–4, 22–24, ...
   * @param many the form after 0, 5–20, 25–30, ...
   * @return the form for {@code count}
   */
  public static String russian(long count, String one, String few, String many) {
    long tens = count % 100;
    long units = count % 10;
    if (tens >= 11 && tens <= 14) {
      return many;
    }
    return units == 1 ? one : units >= 2 && units <= 4 ? few : many;
  }
}
