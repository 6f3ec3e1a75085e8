package dev.leadspec.text;

/**
 * The language a document is rendered in. Phrases are built in, numbers and dates are formatted
 * by fixed rules (never by the JVM's locale): English writes {@code 5 000} and {@code 6.5} and
 * ISO dates; Russian writes {@code 5 000}, {@code 6,5} and {@code 01.03.2026}.
 *
 * <pre>{@code
 * Markdown.contract(contract, Language.RU);
 * }</pre>
 */
public enum Language {
  /** English. */
  EN,
  /** Russian. */
  RU;

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
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
