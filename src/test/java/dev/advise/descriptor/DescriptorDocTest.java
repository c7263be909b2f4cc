package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Fixtures;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/descriptor.md documents every field the parser accepts, with every allowed value. */
class DescriptorDocTest {

  @Test
  void everyFieldAndChoiceIsDocumented() throws IOException {
    String doc = Files.readString(Fixtures.projectDir().resolve("docs/descriptor.md"));
    for (Field f : Fields.all()) {
      String row =
          doc.lines()
              .filter(l -> l.startsWith("| `" + f.specPath() + "` |"))
              .findFirst()
              .orElse("");
      assertThat(row).as(f.specPath()).isNotEmpty();
      f.choices().forEach(choice -> assertThat(row).as(f.specPath()).contains(choice));
    }
  }
}
