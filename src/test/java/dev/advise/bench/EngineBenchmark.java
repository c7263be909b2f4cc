package dev.advise.bench;

import dev.advise.Fixtures;
import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.model.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone, per workload: rules already loaded, descriptor already parsed. Run with
 * bench/engine.sh; it is a benchmark, not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

  /** A descriptor that says nothing (the most unknowns), a typical one, and a detailed one. */
  @Param({
    "{}",
    "{type: api, architecture: microservices, isolation: {tenancy: multi}, scaling: {pattern: spiky}}",
    "{type: database, state: stateful, licensing: {model: per-physical-core}, latency: {p99: 2ms, jitter: strict},"
        + " isolation: {tenancy: single, trust: trusted}, sla: {availability: 99.95%, resources: guaranteed,"
        + " hostMaintenance: windows}, resources: {cpu: 32, memory: 512Gi, utilization: 75%, saturation: full},"
        + " scaling: {instances: 2, pattern: steady}, os: {family: linux}, lifecycle: {deployFrequency: rarely}}"
  })
  public String spec;

  private Advisor advisor;
  private Workload workload;

  @Setup
  public void setUp() {
    advisor = Fixtures.advisor();
    workload = Fixtures.workload(spec);
  }

  @Benchmark
  public Advice advise() {
    return advisor.advise(workload);
  }
}
