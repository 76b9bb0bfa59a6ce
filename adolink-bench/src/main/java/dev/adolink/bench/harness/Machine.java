package dev.adolink.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load average (1, 5 and 15 minutes, from {@code /proc/loadavg} where there is one)
 * and its cores, read beside a benchmark's figures: a machine whose load is above its core count
 * was busy, and figures taken then are noisy (compare only the slices taken side by side).
 *
 * @param oneMinute -1 where the load average is unknown
 */
public record Machine(double oneMinute, double fiveMinutes, double fifteenMinutes, int cores) {

  /** The load average now. */
  public static Machine now() {
    int cores = Runtime.getRuntime().availableProcessors();
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new Machine(
          Double.parseDouble(parts[0]),
          Double.parseDouble(parts[1]),
          Double.parseDouble(parts[2]),
          cores);
    } catch (IOException | RuntimeException unknown) {
      double load =
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return new Machine(load < 0 ? -1 : load, -1, -1, cores);
    }
  }

  /** More runnable processes in the last minute than cores. */
  public boolean busy() {
    return oneMinute > cores;
  }

  /** {@code 1.02 1.50 1.86}, or {@code unknown}. */
  public String loadAverage() {
    if (oneMinute < 0) {
      return "unknown";
    }
    return fiveMinutes < 0
        ? String.format(Locale.ROOT, "%.2f", oneMinute)
        : String.format(Locale.ROOT, "%.2f %.2f %.2f", oneMinute, fiveMinutes, fifteenMinutes);
  }
}
