package dev.advise.importer;

/**
 * How sure an imported value is (the scale of the corpus study docs/import.md describes). Weak
 * hints never set a field; they are printed next to the questions instead.
 */
enum Sureness {
  /** Follows from the manifest's semantics: Kubernetes or Compose itself acts on it. */
  CERTAIN("certain"),
  /** True in the large majority of real manifests, with a known minority of exceptions. */
  STRONG("strong hint"),
  /** Stated by the team in an advise.dev annotation or x-advise. */
  ANNOTATION("annotation"),
  /** Answered to advise init's questions. */
  ANSWER("your answer");

  private final String words;

  Sureness(String words) {
    this.words = words;
  }

  String words() {
    return words;
  }
}
