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
  static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("..model..")
      .should().dependOnClassesThat().resideOutsideOfPackages("..model..", "java..");

  @ArchTest
  static final ArchRule engineDoesNoIo = noClasses().that().resideInAPackage("..engine..")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..",
          "com.fasterxml..", "org.yaml..", "picocli..", "..descriptor..", "..report..", "..batch..", "..cli..");

  @ArchTest
  static final ArchRule descriptorKnowsNothingDownstream = noClasses().that().resideInAPackage("..descriptor..")
      .should().dependOnClassesThat().resideInAnyPackage("..engine..", "..report..", "..cli..", "..batch..", "..rules..");

  @ArchTest
  static final ArchRule rulesKnowNothingDownstream = noClasses().that().resideInAPackage("..rules..")
      .should().dependOnClassesThat().resideInAnyPackage("..engine..", "..report..", "..cli..", "..batch..");

  @ArchTest
  static final ArchRule reportDoesNotTouchTheCliOrFiles = noClasses().that().resideInAPackage("..report..")
      .should().dependOnClassesThat().resideInAnyPackage("..cli..", "java.nio.file..", "picocli..");

  @ArchTest
  static final ArchRule batchDoesNotFormatOrParseArguments = noClasses().that().resideInAPackage("..batch..")
      .should().dependOnClassesThat().resideInAnyPackage("..report..", "..cli..", "picocli..");

  @ArchTest
  static final ArchRule onlyTheCliKnowsPicocli = noClasses().that().resideOutsideOfPackage("..cli..")
      .should().dependOnClassesThat().resideInAnyPackage("picocli..");

  /**
   * The importer reads foreign YAML into drafts and asks the engine what is still unknown: it
   * sits above the engine and below the batch and the command line, and formats no report.
   */
  @ArchTest
  static final ArchRule importerSitsBetweenEngineAndBatch = noClasses().that().resideInAPackage("..importer..")
      .should().dependOnClassesThat().resideInAnyPackage("..report..", "..cli..", "..batch..", "picocli..",
          "com.fasterxml..");

  @ArchTest
  static final ArchRule nothingBelowTheImporterKnowsIt = noClasses()
      .that().resideInAnyPackage("..model..", "..descriptor..", "..rules..", "..engine..", "..report..")
      .should().dependOnClassesThat().resideInAnyPackage("..importer..");

  /** Only the batch's manifest door opens the importer, so advising descriptors never loads it. */
  @ArchTest
  static final ArchRule theBatchReachesTheImporterThroughOneClass = noClasses()
      .that().resideInAPackage("..batch..").and().doNotHaveSimpleName("Manifests")
      .should().dependOnClassesThat().resideInAnyPackage("..importer..");

  @ArchTest
  static final ArchRule onlyDescriptorRulesAndImporterKnowYaml = noClasses()
      .that().resideOutsideOfPackages("..descriptor..", "..rules..", "..importer..")
      .should().dependOnClassesThat().resideInAnyPackage("org.yaml..");

  @ArchTest
  static final ArchRule onlyReportKnowsJackson = noClasses().that().resideOutsideOfPackage("..report..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..");

  /**
   * The per-file path matches no regular expression (docs/performance.md): values are scanned
   * by hand. Patterns stay where they run once per run (rule files) or only for an error.
   */
  @ArchTest
  static final ArchRule noPatternsPerFile = noClasses()
      .that().resideInAnyPackage("..model..", "..engine..", "..report..", "..batch..")
      .or().haveSimpleName("PlainDescriptorReader")
      .should().dependOnClassesThat().resideInAnyPackage("java.util.regex..");
}
