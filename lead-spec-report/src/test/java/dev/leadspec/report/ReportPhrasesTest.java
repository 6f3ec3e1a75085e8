package dev.leadspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportPhrasesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/leadspec/report");
  private static final Set<String> TABLES = Set.of("ReportPhrases.java", "EnglishReportPhrases.java", "RussianReportPhrases.java");
  /** A phrase the page asks for: {@code t("...")} or {@code f.t("...")}, one literal. */
  private static final Pattern ASKED = Pattern.compile("\\bt\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");

  private static String code(Path file) throws IOException {
    StringBuilder code = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("*") && !trimmed.startsWith("/*") && !trimmed.startsWith("//")) {
        code.append(line).append('\n');
      }
    }
    return code.toString();
  }

  private static Stream<Path> renderers() throws IOException {
    return Files.list(SOURCES).filter(f -> f.toString().endsWith(".java") && !TABLES.contains(f.getFileName().toString()))
        .sorted();
  }

  @Test
  void every_phrase_the_page_asks_for_is_translated_and_every_translation_is_asked_for() throws IOException {
    // given
    Set<String> asked = new TreeSet<>();
    try (Stream<Path> files = renderers()) {
      for (Path file : files.toList()) {
        Matcher matcher = ASKED.matcher(code(file));
        while (matcher.find()) {
          asked.add(matcher.group(1));
        }
      }
    }
    // then
    assertThat(asked).hasSizeGreaterThan(100);
    assertThat(RussianReportPhrases.PHRASES.keySet()).containsExactlyInAnyOrderElementsOf(asked);
    for (Language language : Language.values()) {
      ReportPhrases phrases = ReportPhrases.of(language);
      for (String english : asked) {
        assertThat(phrases.text(english)).as(language + " " + english).isNotBlank().doesNotContain("@");
      }
      assertThat(phrases.leads(21)).isNotBlank();
      assertThat(phrases.footer(3, 1)).contains("3").contains("1");
      assertThat(phrases.shortDate(LocalDate.of(2026, 3, 2))).contains("03").contains("02");
      assertThat(phrases.durationUnits()).hasSize(4).allSatisfy(unit -> assertThat(unit).isNotBlank());
    }
  }

  @Test
  void no_part_of_the_page_asks_which_language_it_writes() throws IOException {
    try (Stream<Path> files = renderers()) {
      for (Path file : files.toList()) {
        // the names of time units a contract may give in any language (Measures.timeUnits) are read, not written
        String written = code(file).replaceAll("for \\(String \\w+ : List\\.of\\([^)]*\\)\\)", "");
        assertThat(written).as(file.toString()).doesNotContain("Language.RU", "ru()", "f.w(", "Plurals")
            .doesNotContainPattern("\"[^\"\\n]*[а-яА-ЯёЁ][^\"\\n]*\"");
      }
    }
  }

  @Test
  void a_phrase_with_no_russian_is_an_error_naming_it() {
    assertThatThrownBy(() -> ReportPhrases.of(Language.RU).text("No such phrase")).isInstanceOf(IllegalStateException.class)
        .hasMessage("report: no Russian for \"No such phrase\"");
    assertThat(ReportPhrases.of(Language.EN).text("Amount due@nav")).isEqualTo("Amount due");
  }
}
