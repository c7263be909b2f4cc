package dev.advise.batch;

import dev.advise.descriptor.ItemPositions;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.engine.Check;
import dev.advise.model.Choice;
import dev.advise.model.Substrate;
import dev.advise.rules.RuleSet;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Advises every workload the walker finds, on all cores, handing each file's outcome on in input
 * order. At most a small window of files is in flight, so memory does not grow with the size of the
 * batch. Nothing is lost: an unreadable file or an invalid document becomes a problem in its file's
 * outcome, and the others are still advised.
 */
public final class Batch {

  /**
   * What to do beyond advising: judge {@code spec.placement}, how far behind may pass, threads, how
   * much input to accept, and the day against which {@code spec.exception} dates are read (passed
   * in, so that tests can choose it).
   */
  public record Options(
      boolean check, int tolerance, int threads, Limits limits, String from, LocalDate today) {
    public Options(boolean check, int tolerance, int threads, Limits limits) {
      this(check, tolerance, threads, limits, null, LocalDate.now(ZoneOffset.UTC));
    }

    public static Options of(boolean check, int tolerance, Limits limits) {
      return new Options(check, tolerance, Runtime.getRuntime().availableProcessors(), limits);
    }

    /**
     * The same options, reading inputs as manifests ({@code k8s} or {@code compose}); null for
     * descriptors.
     */
    public Options from(String format) {
      return new Options(check, tolerance, threads, limits, format, today);
    }

    /** The same options, reading exception dates against {@code day}. */
    public Options today(LocalDate day) {
      return new Options(check, tolerance, threads, limits, from, day);
    }
  }

  private static final int FILES_PER_CHUNK = 4;
  private static final int CHUNKS_PER_THREAD = 3;

  private final PendingAdvisor advisor;
  private final Options options;
  private final IdWarnings idWarnings;
  private final Wanted wanted;

  public Batch(Advisor advisor, Options options) {
    this(PendingAdvisor.of(advisor), advisor.rules(), options);
  }

  private Batch(PendingAdvisor advisor, RuleSet rules, Options options) {
    this.advisor = advisor;
    this.options = options;
    this.idWarnings = new IdWarnings(rules);
    this.wanted = Wanted.of(options.from());
  }

  /**
   * A batch that advises with {@code rules}, whose advisor is prepared on a thread of its own while
   * the batch starts walking, reading and parsing ({@link PendingAdvisor}).
   */
  public static Batch preparing(RuleSet rules, Options options) {
    return new Batch(PendingAdvisor.preparing(rules), rules, options);
  }

  /** Advises everything {@code found} yields; {@code sink} sees the outcomes in input order. */
  public void run(Iterator<Found> found, InputStream stdin, Consumer<FileOutcome> sink) {
    run(found, stdin, outcome -> outcome, sink);
  }

  /**
   * Advises everything {@code found} yields and applies {@code prepare} to each file's outcome on
   * the same worker thread (so work that needs only that file, such as encoding it, runs on all
   * cores); {@code sink} sees the prepared outcomes in input order.
   */
  public <T> void run(
      Iterator<Found> found,
      InputStream stdin,
      Function<FileOutcome, T> prepare,
      Consumer<T> sink) {
    InOrder<T> inOrder = new InOrder<>(prepare, sink, wanted);
    if (options.threads() <= 1) {
      found.forEachRemaining(
          f -> inOrder.accept(prepared(ParsedInput.of(f, stdin, options), prepare)));
    } else {
      onWorkers(found, stdin, prepare, inOrder);
    }
    advisor.get(); // a failure to prepare it shows even when no workload needed it
  }

  private <T> void onWorkers(
      Iterator<Found> found,
      InputStream stdin,
      Function<FileOutcome, T> prepare,
      InOrder<T> inOrder) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "advise-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      // Files go to the workers a few at a time: handing over each one alone cost more in
      // waking threads than reading a small descriptor does.
      Deque<Future<List<InOrder.Done<T>>>> inFlight = new ArrayDeque<>();
      while (found.hasNext() || !inFlight.isEmpty()) {
        while (found.hasNext() && inFlight.size() < options.threads() * CHUNKS_PER_THREAD) {
          List<Found> chunk = new ArrayList<>(FILES_PER_CHUNK);
          while (found.hasNext() && chunk.size() < FILES_PER_CHUNK) {
            chunk.add(found.next());
          }
          inFlight.add(
              pool.submit(
                  () -> {
                    // read and parse the whole chunk first: at the start of a run that is work
                    // done while the advisor is still being prepared
                    List<ParsedInput> parsed = new ArrayList<>(chunk.size());
                    for (Found f : chunk) {
                      parsed.add(ParsedInput.of(f, stdin, options));
                    }
                    List<InOrder.Done<T>> done = new ArrayList<>(chunk.size());
                    for (ParsedInput p : parsed) {
                      done.add(prepared(p, prepare));
                    }
                    return done;
                  }));
        }
        await(inFlight.poll()).forEach(inOrder);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The outcome of a parsed input and what {@code prepare} made of it. */
  private <T> InOrder.Done<T> prepared(ParsedInput p, Function<FileOutcome, T> prepare) {
    if (p.end() != null) {
      // the end of a folder is judged in order, from the outcomes before it
      return new InOrder.Done<>(p.end(), null, null);
    }
    FileOutcome outcome = outcome(p);
    return new InOrder.Done<>(null, outcome, prepare.apply(outcome));
  }

  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Reads, parses and advises one input. */
  FileOutcome process(Found found, InputStream stdin) {
    if (found instanceof Found.FolderDone) {
      throw new IllegalArgumentException("the end of a folder is not an input");
    }
    return outcome(ParsedInput.of(found, stdin, options));
  }

  /** The outcome of a parsed input: its documents advised, or the outcome it already has. */
  private FileOutcome outcome(ParsedInput p) {
    if (p.outcome() != null) {
      return p.outcome();
    }
    Input input = p.input();
    List<Advised> results = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    IdWarnings.FileSearch nearMisses =
        idWarnings.forFile(
            input.source(),
            // manifests hold their ids in annotations: their warnings stay at the field
            options.from() == null ? new ItemPositions(p.text(), options.limits()) : null);
    int skipped = 0;
    String skippedWhat = null;
    for (ParsedDocument doc : p.docs()) {
      if (doc instanceof ParsedDocument.Valid valid) {
        results.add(advise(input.source(), valid));
        nearMisses.check(valid);
      } else if (doc instanceof ParsedDocument.Skipped s) {
        skipped++;
        skippedWhat = skippedWhat == null ? s.what() : skippedWhat;
      } else {
        problems.addAll(((ParsedDocument.Invalid) doc).problems());
      }
    }
    if (!input.found() && results.isEmpty() && problems.isEmpty()) {
      // a file named on the command line, or standard input, is an argument as a folder is
      problems.add(wanted.nothingIn(input.source(), p.text(), skipped, skippedWhat));
    }
    return new FileOutcome(
        input.source(), results, problems, nearMisses.warnings(), skipped, skippedWhat);
  }

  private Advised advise(String source, ParsedDocument.Valid doc) {
    Advice advice = advisor.get().advise(doc.workload());
    Optional<Check> check = Optional.empty();
    if (options.check()) {
      check =
          doc.workload()
              .spec()
              .get("placement")
              .flatMap(v -> Substrate.byId(((Choice) v).value()))
              .map(
                  placement ->
                      Check.judge(
                          advice,
                          placement,
                          options.tolerance(),
                          doc.workload().exception(),
                          options.today()));
    }
    return new Advised(source, doc.document(), doc.position("placement").line(), advice, check);
  }
}
