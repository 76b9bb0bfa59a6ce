package dev.adolink.azure.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A list that ADO serves in pages. Iterating fetches page after page, lazily; stopping early (a
 * {@code findFirst} on the stream, a {@code break}) fetches no further pages. Each iteration starts
 * from the first page again.
 */
public final class Paged<T> implements Iterable<T> {

  /** Fetches the page at {@code cursor}; the first page has a null cursor. */
  @FunctionalInterface
  public interface PageSource<T> {
    Page<T> fetch(@Nullable String cursor);
  }

  /** Fetches {@code top} items from offset {@code skip} ({@code $top}/{@code $skip} paging). */
  @FunctionalInterface
  public interface OffsetSource<T> {
    List<T> fetch(int skip, int top);
  }

  private final PageSource<T> source;

  private Paged(PageSource<T> source) {
    this.source = source;
  }

  public static <T> Paged<T> of(PageSource<T> source) {
    return new Paged<>(source);
  }

  /**
   * {@code $top}/{@code $skip} paging: the list ends with the first page shorter than {@code
   * pageSize}.
   */
  public static <T> Paged<T> byOffset(int pageSize, OffsetSource<T> source) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be positive");
    }
    return new Paged<>(
        cursor -> {
          int skip = cursor == null ? 0 : Integer.parseInt(cursor);
          List<T> items = source.fetch(skip, pageSize);
          return new Page<>(
              items, items.size() < pageSize ? null : String.valueOf(skip + items.size()));
        });
  }

  /** A list that fits in one answer. */
  public static <T> Paged<T> single(List<T> items) {
    return new Paged<>(cursor -> new Page<>(items, null));
  }

  /** The same list with each item transformed. */
  public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
    return new Paged<>(
        cursor -> {
          Page<T> page = source.fetch(cursor);
          List<R> items = new ArrayList<>(page.items().size());
          page.items().forEach(item -> items.add(mapper.apply(item)));
          return new Page<>(items, page.next());
        });
  }

  /** The pages themselves, lazily. */
  public Iterable<Page<T>> pages() {
    return () ->
        new Iterator<>() {
          private @Nullable String cursor;
          private boolean done;

          @Override
          public boolean hasNext() {
            return !done;
          }

          @Override
          public Page<T> next() {
            if (done) {
              throw new NoSuchElementException();
            }
            Page<T> page = source.fetch(cursor);
            // a server that hands back the cursor it was given would loop forever
            done = page.next() == null || page.next().equals(cursor);
            cursor = page.next();
            return page;
          }
        };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Every item of every page. */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return all;
  }
}
