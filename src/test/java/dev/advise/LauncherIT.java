package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script and the shaded jar, run as a user would, from another directory. */
class LauncherIT {

  @TempDir Path elsewhere;

  private record Run(int code, String out, String err) {}

  private Run advise(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", Fixtures.projectDir().resolve("advise").toString()));
    command.addAll(List.of(args));
    Path out = elsewhere.resolve("out.txt");
    Path err = elsewhere.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(elsewhere.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void advisesAnExampleFromAnotherWorkingDirectory() throws Exception {
    Path example = Fixtures.projectDir().resolve("examples/oracle-erp-database.yaml");
    Run r = advise(example.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Recommendation: bare-metal").contains("licensing.per-physical-core");
  }

  @Test
  void exitCodesPassThroughTheLauncher() throws Exception {
    assertThat(advise("--no-such-option").code()).isEqualTo(2);
    Run missing = advise("missing.yaml");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("missing.yaml: no such file or folder");
  }
}
