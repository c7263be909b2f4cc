package dev.advise.batch;

import dev.advise.engine.Advisor;
import dev.advise.rules.RuleSet;
import java.util.concurrent.FutureTask;

/**
 * The advisor a batch uses, perhaps still being prepared on a thread of its own. Preparing the rule
 * set for advice (what-if's tables, D23) takes a short run about as long as starting to walk the
 * inputs, reading the first files and parsing them, none of which needs it; so a batch starts those
 * at once and waits for the advisor only when the first workload is advised.
 */
final class PendingAdvisor {

  private final FutureTask<Advisor> task;

  private PendingAdvisor(FutureTask<Advisor> task) {
    this.task = task;
  }

  static PendingAdvisor of(Advisor advisor) {
    FutureTask<Advisor> done = new FutureTask<>(() -> advisor);
    done.run();
    return new PendingAdvisor(done);
  }

  /** Starts preparing the advisor for {@code rules} on a thread of its own. */
  static PendingAdvisor preparing(RuleSet rules) {
    FutureTask<Advisor> task = new FutureTask<>(() -> new Advisor(rules));
    Thread thread = new Thread(task, "advise-prepare");
    thread.setDaemon(true);
    thread.start();
    return new PendingAdvisor(task);
  }

  /**
   * The advisor, once prepared. A caller that comes before the thread has begun prepares it itself
   * (a task runs once; the thread then finds it taken); one that comes while it runs waits for it.
   * A failure to prepare is rethrown as it was thrown.
   */
  Advisor get() {
    task.run();
    return Batch.await(task);
  }
}
