package dev.leadspec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrayMapTest {
  private static final ArrayMap.Keys KEYS = ArrayMap.Keys.of(List.of("a", "b", "c", "d"));

  @Test
  void a_map_over_shared_keys_holds_only_the_slots_with_a_value() {
    // when
    ArrayMap<String> map = ArrayMap.over(KEYS, new Object[] {"1", null, "3", null});

    // then
    assertThat(map).hasSize(2).containsExactly(Map.entry("a", "1"), Map.entry("c", "3"));
    assertThat(map.get("b")).isNull();
    assertThat(map.containsKey("d")).isFalse();
    assertThat(map.indexOf("c")).isEqualTo(2);
    assertThat(map.indexOf("b")).isEqualTo(-1);
    assertThat(map.indexOf("z")).isEqualTo(-1);
    Map<String, String> seen = new LinkedHashMap<>();
    map.forEach(seen::put);
    assertThat(seen).containsExactly(Map.entry("a", "1"), Map.entry("c", "3"));
  }

  @Test
  void a_map_over_shared_keys_equals_the_map_built_in_order_from_the_same_entries() {
    // given
    ArrayMap.Builder<String> builder = new ArrayMap.Builder<>();
    builder.put("c", "3");
    builder.put("a", "1");

    // then
    ArrayMap<String> over = ArrayMap.over(KEYS, new Object[] {"1", null, "3", null});
    assertThat(over).isEqualTo(builder.build()).isEqualTo(Map.of("a", "1", "c", "3"));
    assertThat(over.hashCode()).isEqualTo(Map.of("a", "1", "c", "3").hashCode());
  }

  @Test
  void a_likely_position_is_tried_then_the_next_one_and_an_absent_slot_is_not_found_there() {
    // given
    ArrayMap<String> map = ArrayMap.over(KEYS, new Object[] {"1", null, "3", "4"});

    // then
    assertThat(map.indexOf("a", 0)).isEqualTo(0);
    assertThat(map.indexOf("c", 1)).isEqualTo(2);
    assertThat(map.indexOf("b", 1)).isEqualTo(-1);
    assertThat(map.indexOf("d", 0)).isEqualTo(3);
    assertThat(map.indexOf("d", 99)).isEqualTo(3);
    assertThat(map.indexOf(new String("d".toCharArray()), 3)).isEqualTo(3);
  }

  @Test
  void an_empty_map_over_shared_keys_is_empty() {
    ArrayMap<String> map = ArrayMap.over(KEYS, new Object[4]);

    assertThat(map).isEmpty();
    assertThat(map.entrySet().iterator().hasNext()).isFalse();
    assertThat(map).isEqualTo(Map.of());
  }

  @Test
  void shared_keys_refuse_a_repeated_key_and_values_of_another_length() {
    assertThatThrownBy(() -> ArrayMap.Keys.of(List.of("a", "b", "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("key \"a\" is given twice");
    assertThatThrownBy(() -> ArrayMap.over(KEYS, new Object[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("3 values for 4 keys");
  }
}
