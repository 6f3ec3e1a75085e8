package dev.leadspec.model;

import java.util.Objects;

/**
 * The output of a table row: a code (a tier, an NPS group) or an amount of {@link Money}.
 *
 * <pre>{@code
 * Output.code("PROMOTER");
 * Money.of("500", "RUB");   // also an Output
 * }</pre>
 */
public sealed interface Output permits Output.Code, Money {

  /**
   * A code output.
   *
   * @param code the code
   * @return the output
   * @throws NullPointerException if {@code code} is null
   */
  static Output code(String code) {
    return new Code(code);
  }

  /**
   * A code output: a tier, a group, a category.
   *
   * @param code the code
   */
  record Code(String code) implements Output {
    /**
     * Checks the code.
     *
     * @param code the code
     * @throws IllegalArgumentException if it is blank
     */
    public Code {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("output code is blank");
      }
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
