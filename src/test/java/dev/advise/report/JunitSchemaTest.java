package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * JUnit output is valid against the Jenkins JUnit schema (../shared/schemas/junit-10.xsd, when it
 * is beside the checkout) over the examples, failed checks, broken files and odd names; a workload
 * with no placement under --check is a skipped test; every suite and case has a time.
 */
class JunitSchemaTest {

  private static Schema schema() throws SAXException {
    Path xsd = Fixtures.projectDir().resolve("../shared/schemas/junit-10.xsd").normalize();
    assumeTrue(Files.isRegularFile(xsd), "shared/schemas is not beside this checkout");
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
  }

  private static void assertValid(String xml) throws SAXException, IOException {
    schema().newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void examplesFailedChecksBrokenFilesAndOddNamesAreValid() throws Exception {
    Path odd = Path.of("target/junit-odd-names");
    Files.createDirectories(odd);
    String failing = Files.readString(Path.of("examples/ci-runners.yaml"), StandardCharsets.UTF_8);
    for (String name : List.of("a <b> & \"c\".yaml", "ünï ]]>.yaml", "x:y.yaml")) {
      Files.writeString(
          odd.resolve(name),
          failing.replace("name: ci-runners", "name: '<odd> & ]]> \u0007'"),
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        odd.resolve("x:y.yaml"),
        failing.replaceAll("(?m)^  placement: .*\\n", ""),
        StandardCharsets.UTF_8);
    Cli.Result r =
        Cli.run(
            "--format",
            "junit",
            "--check",
            "examples",
            "src/test/resources/broken/descriptors",
            odd.toString(),
            "no-such-file.yaml");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("<failure", "<error", "<skipped");
    assertValid(r.out());
  }

  @Test
  void theSchemaRejectsASuiteWithoutItsCounts() throws Exception {
    String broken =
        "<testsuites><testsuite name=\"a\"><testcase name=\"b\"/></testsuite></testsuites>";
    Schema schema = schema(); // skips here, outside the assertion, when the schema is absent
    assertThatThrownBy(
            () -> schema.newValidator().validate(new StreamSource(new StringReader(broken))))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void aWorkloadWithoutPlacementIsSkippedUnderCheckAndEveryElementHasATime() throws Exception {
    String text =
        Files.readString(Path.of("examples/ci-runners.yaml"), StandardCharsets.UTF_8)
            .replaceAll("(?m)^  placement: .*\\n", "");
    assertThat(text).doesNotContain("placement:");
    Cli.Result checked = Cli.run(Cli.pipe(text), "--format", "junit", "--check", "-");
    assertThat(checked.code()).isZero();
    assertThat(checked.out())
        .contains("tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"1\" time=\"0\"")
        .contains("<testcase classname=\"-\" name=\"ci-runners\" time=\"0\">")
        .contains("<skipped message=\"no spec.placement to check\"/>");
    assertValid(checked.out());
    Cli.Result advised = Cli.run(Cli.pipe(text), "--format", "junit", "-");
    assertThat(advised.out()).doesNotContain("<skipped").contains("skipped=\"0\"");
  }
}
