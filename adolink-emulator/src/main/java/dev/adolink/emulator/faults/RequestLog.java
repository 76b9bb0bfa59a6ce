package dev.adolink.emulator.faults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Every API request served, newest last; keeps the latest {@link #CAPACITY}. Thread-safe. */
public final class RequestLog {

  /** One served request; {@code at} in epoch milliseconds of the emulator clock. */
  public record Entry(long seq, long at, String method, String path, String query, int status) {}

  static final int CAPACITY = 200_000;

  private final Deque<Entry> entries = new ArrayDeque<>();
  private long seq;

  public synchronized Entry add(long at, String method, String path, String query, int status) {
    Entry entry = new Entry(++seq, at, method, path, query, status);
    entries.addLast(entry);
    if (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
    return entry;
  }

  /** The entries with a sequence number above {@code since}. */
  public synchronized List<Entry> since(long since) {
    List<Entry> found = new ArrayList<>();
    var it = entries.descendingIterator();
    while (it.hasNext()) {
      Entry e = it.next();
      if (e.seq() <= since) {
        break;
      }
      found.add(e);
    }
    java.util.Collections.reverse(found);
    return found;
  }

  public synchronized void clear() {
    entries.clear();
  }
}
