package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.LeadSpecException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlLinesTest {
  private static JsonlLines lines(String text, long max) {
    return new JsonlLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "rulings.jsonl", max);
  }

  @Test
  void blank_lines_are_passed_over_a_carriage_return_is_dropped_and_each_line_keeps_its_number() throws IOException {
    // given
    List<String> read = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();

    // when
    try (JsonlLines lines = lines("{\"a\":1}\r\n\n  \t\r\n{\"b\":\u00ff}\n{\"c\":3}", 64)) {
      for (byte[] line = lines.next(); line != null; line = lines.next()) {
        read.add(new String(line, StandardCharsets.ISO_8859_1));
        numbers.add(lines.line());
      }
    }

    // then: bytes as they are, a byte that is not UTF-8 left to the reader of the line
    assertThat(read).containsExactly("{\"a\":1}", "{\"b\":\u00ff}", "{\"c\":3}");
    assertThat(numbers).containsExactly(1, 4, 5);
  }

  @Test
  void a_line_longer_than_the_record_size_is_an_error_naming_the_file_and_the_line() throws IOException {
    try (JsonlLines lines = lines("{}\n" + "x".repeat(65) + "\n{}\n", 64)) {
      assertThat(lines.next()).isNotNull();

      assertThatThrownBy(lines::next).isInstanceOf(LeadSpecException.class)
          .hasMessage("rulings.jsonl line 2: record size limit exceeded: the line is longer than 64 bytes");
    }
  }

  @Test
  void a_line_of_exactly_the_record_size_is_read() throws IOException {
    try (JsonlLines lines = lines("x".repeat(64) + "\n", 64)) {
      assertThat(lines.next()).hasSize(64);
      assertThat(lines.next()).isNull();
    }
  }
}
