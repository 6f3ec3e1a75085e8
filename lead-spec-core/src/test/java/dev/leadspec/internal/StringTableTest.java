package dev.leadspec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringTableTest {

  @Test
  void every_declared_code_is_found_at_its_position_among_hundreds() {
    // given
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      codes.add("JOB-" + i);
    }
    StringTable index = StringTable.of(codes);

    // then: fresh strings, as a lead read from JSON carries them
    for (int i = 0; i < codes.size(); i++) {
      assertThat(index.indexOf(new String(codes.get(i).toCharArray()))).as(codes.get(i)).isEqualTo(i);
    }
    assertThat(index.indexOf("JOB-300")).isEqualTo(-1);
    assertThat(index.indexOf("")).isEqualTo(-1);
  }

  @Test
  void codes_whose_hashes_collide_are_told_apart_and_an_undeclared_code_with_the_same_hash_is_not_found() {
    // given: "Aa", "BB" and "C#" share one hash code
    StringTable index = StringTable.of(List.of("Aa", "BB"));

    // then
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode()).isEqualTo("C#".hashCode());
    assertThat(index.indexOf("BB")).isEqualTo(1);
    assertThat(index.indexOf("Aa")).isZero();
    assertThat(index.indexOf("C#")).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void a_field_with_one_code_finds_it_and_nothing_else() {
    StringTable index = StringTable.of(List.of("YES"));
    assertThat(index.indexOf("YES")).isZero();
    assertThat(index.indexOf("NO")).isEqualTo(-1);
  }
}
