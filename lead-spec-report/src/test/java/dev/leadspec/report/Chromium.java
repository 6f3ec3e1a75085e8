package dev.leadspec.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's {@code chromium} package) run once per page: a fresh profile, no
 * network services, a bounded wait, the process destroyed if it overruns.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** Chromium from {@code $CHROMIUM} or the {@code PATH}. */
  static Optional<Chromium> find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(new Chromium(Path.of(configured)));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /** What one run printed: the standard output (the DOM for --dump-dom) and the log on standard error. */
  record Run(String out, String log) {}

  /** The DOM after the page's scripts ran. */
  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** A PNG of the page's first {@code width} × {@code height} pixels. */
  Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toUri().toString()));
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("lead-spec-chromium");
    try {
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-default-apps", "--mute-audio", "--enable-logging=stderr", "--v=0",
          "--user-data-dir=" + work.resolve("profile")));
      command.addAll(arguments);
      Path out = work.resolve("out.txt");
      Path err = work.resolve("err.txt");
      Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      try {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
      } finally {
        if (process.isAlive()) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      }
      return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      delete(work);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a profile file chromium still held: the temp dir is left for the OS to clean
    }
  }
}
