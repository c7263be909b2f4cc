package dev.advise.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.advise.Fixtures;
import org.junit.jupiter.api.Test;

/** The build records the class-data archive from this run; it must get through every format. */
class TrainingTest {

  @Test
  void theTrainingRunAdvisesTheExamplesInEveryFormatWithoutFailing() {
    String examples = Fixtures.projectDir().resolve("examples").toString();
    assertThatCode(() -> Training.main(new String[] {examples, examples + "/order-matcher.yaml"}))
        .doesNotThrowAnyException();
  }
}
