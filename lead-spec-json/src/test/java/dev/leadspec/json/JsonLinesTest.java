package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  @Test
  void every_line_is_cut_at_its_line_feed_whatever_its_length_its_bytes_and_the_chunks_it_spans() {
    // given: lines of every length up to 300 bytes, of bytes near the line feed's (0x0B, 0x0C, 0x8A, 0x8B), never blank
    SplittableRandom random = new SplittableRandom(20261128L);
    byte[] near = {0x0C, 0x0B, (byte) 0x8A, (byte) 0x8B, 0x01, (byte) 0xFF, 'x', '{'};
    List<byte[]> lines = new ArrayList<>();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int n = 0; n < 40_000; n++) {
      byte[] line = new byte[1 + random.nextInt(300)];
      for (int i = 0; i < line.length; i++) {
        line[i] = near[random.nextInt(near.length)];
      }
      lines.add(line);
      stream.writeBytes(line);
      stream.write('\n');
    }

    // when: read through a stream that hands over odd-sized pieces
    JsonLines read = new JsonLines(new Trickle(stream.toByteArray(), random), 1 << 20);
    List<byte[]> found = new ArrayList<>();
    for (byte[] line = read.next(); line != null; line = read.next()) {
      found.add(line);
    }

    // then
    assertThat(found).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(found.get(i)).as("line %s", i + 1).isEqualTo(lines.get(i));
    }
    assertThat(read.lineNumber()).isEqualTo(lines.size());
  }

  /** A stream that returns at most a random few thousand bytes per read. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final SplittableRandom random;

    Trickle(byte[] bytes, SplittableRandom random) {
      this.in = new ByteArrayInputStream(bytes);
      this.random = random;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
      return in.read(bytes, offset, Math.min(length, 1 + random.nextInt(5000)));
    }
  }

  @Test
  void a_blank_line_counts_as_a_line_but_gives_no_record() {
    // given
    byte[] stream = "{}\n \t\r\n\n{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    // when
    JsonLines read = new JsonLines(new ByteArrayInputStream(stream), 100);
    byte[] first = read.next();
    int firstLine = read.lineNumber();
    byte[] second = read.next();
    int secondLine = read.lineNumber();

    // then
    assertThat(Arrays.asList(first, second)).containsExactly("{}".getBytes(StandardCharsets.UTF_8),
        "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(List.of(firstLine, secondLine)).containsExactly(1, 4);
    assertThat(read.next()).isNull();
  }
}
