package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
  private static List<CsvRecords.Row> rows(byte[] csv, CsvLimits limits) {
    CsvRecords records = new CsvRecords(new ByteArrayInputStream(csv), ',', limits);
    List<CsvRecords.Row> rows = new ArrayList<>();
    while (records.hasNext()) {
      rows.add(records.next());
    }
    return rows;
  }

  private static List<String> summary(String csv) {
    return summary(rows(csv.getBytes(StandardCharsets.UTF_8), CsvLimits.defaults()));
  }

  private static List<String> summary(List<CsvRecords.Row> rows) {
    List<String> out = new ArrayList<>();
    for (CsvRecords.Row row : rows) {
      out.add(row.line + ": " + (row.cells != null ? row.cells : "ERROR " + row.error));
    }
    return out;
  }

  @Test
  void a_stray_quote_inside_a_quoted_cell_is_one_error_record_and_the_next_record_is_read() {
    assertThat(summary("id,job\nA,\"manage\"ment\"\nB,services\n")).containsExactly(
        "1: [id, job]",
        "2: ERROR column 2: a quote inside a quoted cell is not doubled (\"\") before 'm'",
        "3: [B, services]");
  }

  @Test
  void quoted_cells_hold_separators_doubled_quotes_and_line_breaks_and_the_next_record_keeps_its_line_number() {
    assertThat(summary("id,note\r\nA,\"a, \"\"b\"\"\nc\"\r\nB,x\n\nC,\n")).containsExactly(
        "1: [id, note]", "2: [A, a, \"b\"\nc]", "4: [B, x]", "6: [C, ]");
  }

  @Test
  void a_quote_never_closed_costs_one_error_record_and_reading_goes_on_at_the_line_after_it() {
    assertThat(summary("id,note\nA,\"open\nB,x\nC,y\n")).containsExactly(
        "1: [id, note]",
        "2: ERROR column 2: the quoted cell is not closed before the end of the file",
        "3: [B, x]", "4: [C, y]");
  }

  @Test
  void a_byte_order_mark_before_the_header_is_not_part_of_the_first_column() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "id,job\nA,x\n".getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, csv, 0, 3);
    System.arraycopy(text, 0, csv, 3, text.length);

    assertThat(summary(rows(csv, CsvLimits.defaults()))).containsExactly("1: [id, job]", "2: [A, x]");
  }

  @Test
  void bytes_that_are_not_utf8_are_an_error_record_not_a_replacement_character() {
    byte[] csv = "id,job\nA,caf\u00e9\nB,x\u00ffy\nC,z\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(summary(rows(csv, CsvLimits.defaults()))).containsExactly("1: [id, job]",
        "2: ERROR column 2: the cell is not UTF-8 text", "3: ERROR column 2: the cell is not UTF-8 text", "4: [C, z]");
    assertThat(summary("id,job\nA,caf\u00e9 \u041c\n")).containsExactly("1: [id, job]", "2: [A, caf\u00e9 \u041c]");
  }

  @Test
  void a_cell_over_its_limit_is_an_error_record_and_memory_stays_bounded_for_a_100_megabyte_cell() {
    // given: a 100 MB cell, streamed, never held whole
    byte[] head = "id,note\nA,".getBytes(StandardCharsets.US_ASCII);
    InputStream huge = new InputStream() {
      long left = 100L << 20;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    InputStream tail = new ByteArrayInputStream("\nB,short\n".getBytes(StandardCharsets.US_ASCII));
    InputStream in = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), huge, tail)));
    CsvRecords records = new CsvRecords(in, ',', CsvLimits.defaults());
    List<CsvRecords.Row> rows = new ArrayList<>();

    // when
    while (records.hasNext()) {
      rows.add(records.next());
    }

    // then
    assertThat(summary(rows)).containsExactly("1: [id, note]",
        "2: ERROR column 2: the cell is longer than 65536 bytes (the limit)", "3: [B, short]");
  }

  @Test
  void a_record_over_its_limit_across_lines_resumes_at_its_second_line() {
    String csv = "id,note\nA,\"" + "y".repeat(50) + "\nB,x\n" + "z".repeat(100) + "\nC,w\n";

    assertThat(summary(rows(csv.getBytes(StandardCharsets.UTF_8), CsvLimits.defaults().maxRecordBytes(64))))
        .containsExactly("1: [id, note]", "2: ERROR the record is longer than 64 bytes (the limit)", "3: [B, x]",
            "4: ERROR the record is longer than 64 bytes (the limit)", "5: [C, w]");
  }

  @Test
  void the_last_record_needs_no_line_break_and_a_separator_of_another_character_splits_the_same_way() {
    CsvRecords records = new CsvRecords(new ByteArrayInputStream("a;\"b;c\"\n1;2".getBytes(StandardCharsets.UTF_8)), ';',
        CsvLimits.defaults());
    List<CsvRecords.Row> rows = new ArrayList<>();
    while (records.hasNext()) {
      rows.add(records.next());
    }
    assertThat(summary(rows)).containsExactly("1: [a, b;c]", "2: [1, 2]");
  }
}
