package dev.advise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package lines from docs/decisions.md: one direction, and I/O only at the edges. */
@AnalyzeClasses(packages = "dev.advise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modelIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("..model..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("..model..", "java..")
          .because(
              "the workload model is what every stage hands on, so it must load and be tested alone");

  @ArchTest
  static final ArchRule engineDoesNoIo =
      noClasses()
          .that()
          .resideInAPackage("..engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..",
              "java.nio..",
              "com.fasterxml..",
              "org.yaml..",
              "picocli..",
              "..descriptor..",
              "..report..",
              "..batch..",
              "..cli..")
          .because(
              "scoring is a pure function of a workload and a rule set: one advisor serves every thread and tests need no files");

  @ArchTest
  static final ArchRule descriptorKnowsNothingDownstream =
      noClasses()
          .that()
          .resideInAPackage("..descriptor..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..engine..", "..report..", "..cli..", "..batch..", "..rules..")
          .because("reading a descriptor must not depend on how it is scored or shown");

  @ArchTest
  static final ArchRule rulesKnowNothingDownstream =
      noClasses()
          .that()
          .resideInAPackage("..rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..engine..", "..report..", "..cli..", "..batch..")
          .because("the rule model is data the engine reads, and cannot know who reads it");

  @ArchTest
  static final ArchRule reportDoesNotTouchTheCliOrFiles =
      noClasses()
          .that()
          .resideInAPackage("..report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..cli..", "java.nio.file..", "picocli..")
          .because(
              "a format turns advice into bytes; where the bytes go is decided by the command line");

  @ArchTest
  static final ArchRule batchDoesNotFormatOrParseArguments =
      noClasses()
          .that()
          .resideInAPackage("..batch..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..report..", "..cli..", "picocli..")
          .because("the batch finds and advises inputs; formats and options are chosen above it");

  @ArchTest
  static final ArchRule onlyTheCliKnowsPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("..cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..")
          .because(
              "the option parser is a detail of the command line; everything below it takes plain values");

  /**
   * The importer reads foreign YAML into drafts and asks the engine what is still unknown: it sits
   * above the engine and below the batch and the command line, and formats no report.
   */
  @ArchTest
  static final ArchRule importerSitsBetweenEngineAndBatch =
      noClasses()
          .that()
          .resideInAPackage("..importer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..report..", "..cli..", "..batch..", "picocli..", "com.fasterxml..")
          .because(
              "drafts are made from what the engine would ask, and printed by the command line");

  @ArchTest
  static final ArchRule nothingBelowTheImporterKnowsIt =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..model..", "..descriptor..", "..rules..", "..engine..", "..report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..importer..")
          .because("advising a descriptor never needs the importer, so it is never loaded for one");

  /** Only the batch's manifest door opens the importer, so advising descriptors never loads it. */
  @ArchTest
  static final ArchRule theBatchReachesTheImporterThroughOneClass =
      noClasses()
          .that()
          .resideInAPackage("..batch..")
          .and()
          .doNotHaveSimpleName("Manifests")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..importer..")
          .because("one door keeps the importer off the path of every descriptor");

  @ArchTest
  static final ArchRule onlyDescriptorRulesAndImporterKnowYaml =
      noClasses()
          .that()
          .resideOutsideOfPackages("..descriptor..", "..rules..", "..importer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.yaml..")
          .because(
              "YAML is read one way, under SnakeYAML limits, where its marks become located problems");

  /** No main class uses Jackson: it is the oracle the tests hold the encoder to (D80). */
  @ArchTest
  static final ArchRule oneJsonEncoder =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..")
          .because(
              "every JSON output (json, ndjson, SARIF, rules test) is written by the one encoder, report.JsonText;"
                  + " a second JSON path would escape and lay out differently (D80)");

  /**
   * The per-file path matches no regular expression (docs/performance.md): values are scanned by
   * hand. Patterns stay where they run once per run (rule files) or only for an error.
   */
  @ArchTest
  static final ArchRule noPatternsPerFile =
      noClasses()
          .that()
          .resideInAnyPackage("..model..", "..engine..", "..report..", "..batch..")
          .or()
          .haveSimpleName("PlainDescriptorReader")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.util.regex..")
          .because(
              "a regular expression per value per file costs more than the reading itself (docs/performance.md)");

  @ArchTest
  static final ArchRule onlyTheCliExits =
      noClasses()
          .that()
          .resideOutsideOfPackage("..cli..")
          .should()
          .callMethod(System.class, "exit", int.class)
          .because(
              "the command returns an exit code that tests read; a library that exits takes the test runner down with it");
}
