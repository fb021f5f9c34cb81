package org.casework.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine spent: CPU of this JVM and of the local PostgreSQL processes, read from /proc as the peer harness does. */
final class Machine {

    private Machine() {}

    static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** User and system CPU of every process called postgres, in milliseconds (clock ticks of 10 ms). */
    static long postgresCpuMillis() {
        long ticks = 0;
        try (var dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (var dir : dirs) {
                try {
                    var stat = Files.readString(dir.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) continue;
                    var fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
