package dev.adolink.azure.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

  @Test
  void followsCursorsUntilThereIsNone() {
    List<String> asked = new ArrayList<>();
    Paged<Integer> paged =
        Paged.of(
            cursor -> {
              asked.add(String.valueOf(cursor));
              return cursor == null ? new Page<>(List.of(1, 2), "b") : new Page<>(List.of(3), null);
            });

    assertThat(paged.toList()).containsExactly(1, 2, 3);
    assertThat(asked).containsExactly("null", "b");
  }

  @Test
  void fetchesNoFurtherPageThanTheCallerReads() {
    List<Integer> skips = new ArrayList<>();
    Paged<Integer> paged =
        Paged.byOffset(
            2,
            (skip, top) -> {
              skips.add(skip);
              return IntStream.range(skip, skip + top).boxed().toList();
            });

    assertThat(paged.stream().filter(i -> i == 3).findFirst()).contains(3);
    assertThat(skips).containsExactly(0, 2);
  }

  @Test
  void offsetPagingEndsWithTheFirstShortPage() {
    Paged<Integer> paged =
        Paged.byOffset(
            3, (skip, top) -> IntStream.range(skip, Math.min(skip + top, 7)).boxed().toList());

    assertThat(paged.toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void stopsWhenAServerHandsBackTheSameCursor() {
    Paged<Integer> paged = Paged.of(cursor -> new Page<>(List.of(1), "same"));

    assertThat(paged.toList()).containsExactly(1, 1);
  }

  @Test
  void mapsItemsLazily() {
    Paged<String> paged = Paged.single(List.of(1, 2)).map(i -> "#" + i);

    assertThat(paged).containsExactly("#1", "#2");
  }
}
