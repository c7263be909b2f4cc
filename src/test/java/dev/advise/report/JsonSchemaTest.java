package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The JSON output conforms to the schema published in docs/output.schema.json. */
class JsonSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    JsonNode node =
        JSON.readTree(Files.readString(Fixtures.projectDir().resolve("docs/output.schema.json")));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void everyExampleWithChecksAndAnErrorConformsToThePublishedSchema() throws IOException {
    Cli.Result r =
        Cli.run(
            "--format",
            "json",
            "--check",
            "examples",
            "src/test/resources/broken/descriptors/several-problems.yaml",
            "no-such-file.yaml");
    assertThat(r.code()).isEqualTo(3);
    JsonNode out = JSON.readTree(r.out());
    assertThat(schema().validate(out)).isEmpty();
    assertThat(out.at("/results").size()).isEqualTo(out.at("/summary/workloads").asInt());
    assertThat(out.at("/errors").size()).isEqualTo(4);
  }

  @Test
  void everyWinnersReasonsCiteASource() throws IOException {
    JsonNode out = JSON.readTree(Cli.run("--format", "json", "examples").out());
    for (JsonNode result : out.at("/results")) {
      JsonNode winner = result.at("/ranking/0");
      assertThat(winner.get("verdict").asText()).isEqualTo("recommended");
      assertThat(winner.get("reasons"))
          .isNotEmpty()
          .allSatisfy(reason -> assertThat(reason.get("sources")).isNotEmpty());
    }
  }

  @Test
  void theSchemaRejectsOutputThatBreaksTheContract() throws IOException {
    JsonNode broken =
        JSON.readTree(
            "{\"schemaVersion\": 1, \"results\": [{\"source\": \"a\", \"document\": 0}],"
                + " \"errors\": [], \"summary\": {\"files\": 1, \"workloads\": 1, \"errors\": 0, \"recommendations\": {}}}");
    assertThat(schema().validate(broken)).isNotEmpty();
  }
}
