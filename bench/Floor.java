import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The floor advise is measured against: on the same JVM and libraries, it only walks the paths
 * (sorted), reads each file, parses it safely with SnakeYAML, and prints each document as a JSON
 * line with Jackson, on all cores with output in input order. No validation, no rules, no advice.
 * Built and run by bench/compare.sh.
 */
public final class Floor {

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    ObjectMapper json = new ObjectMapper();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    Deque<Future<String>> inFlight = new ArrayDeque<>();
    int next = 0;
    while (next < files.size() || !inFlight.isEmpty()) {
      while (next < files.size() && inFlight.size() < threads * 8) {
        Path file = files.get(next++);
        inFlight.add(pool.submit(() -> lines(file, json)));
      }
      out.write(inFlight.poll().get());
    }
    out.flush();
    pool.shutdown();
  }

  private static String lines(Path file, ObjectMapper json) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    StringBuilder sb = new StringBuilder();
    for (Object doc : yaml.loadAll(new StringReader(Files.readString(file)))) {
      sb.append(json.writeValueAsString(doc)).append('\n');
    }
    return sb.toString();
  }
}
