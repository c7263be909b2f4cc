package dev.advise.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON output contract, version 1 (cli-and-output-v1.md), as records for Jackson: the way
 * advise encoded results before it wrote them by hand ({@link ResultJson}), kept as the oracle that
 * the hand-written encoder must match byte for byte.
 */
final class JsonDtos {

  static final int SCHEMA_VERSION = 1;

  private JsonDtos() {}

  @JsonPropertyOrder({
    "source",
    "document",
    "workload",
    "recommendation",
    "confidence",
    "confidenceFactors",
    "lead",
    "ranking",
    "importance",
    "importanceReasons",
    "unknowns",
    "whatIf",
    "toWin",
    "check"
  })
  record Result(
      String source,
      int document,
      String workload,
      String recommendation,
      String confidence,
      List<String> confidenceFactors,
      Lead lead,
      List<Ranked> ranking,
      Map<String, Integer> importance,
      List<Reason> importanceReasons,
      List<String> unknowns,
      List<WhatIf> whatIf,
      List<ToWin> toWin,
      @JsonInclude(JsonInclude.Include.NON_NULL) Check check) {}

  /** v1.1: why the winner is ahead of the runner-up; points and shares with one decimal. */
  @JsonPropertyOrder({"over", "points", "byDimension"})
  record Lead(String over, BigDecimal points, Map<String, BigDecimal> byDimension) {}

  /**
   * The smallest change that makes a runner-up win; {@code from} is null for an unknown field;
   * {@code kind} (v1.1) is unknown, fact or priority.
   */
  @JsonPropertyOrder({"substrate", "field", "from", "to", "score", "kind"})
  record ToWin(String substrate, String field, String from, String to, int score, String kind) {}

  @JsonPropertyOrder({
    "substrate",
    "score",
    "verdict",
    "dimensions",
    "reasons",
    "exclusions",
    "conditions"
  })
  record Ranked(
      String substrate,
      int score,
      String verdict,
      Map<String, Integer> dimensions,
      List<Reason> reasons,
      List<Reason> exclusions,
      List<Condition> conditions) {}

  /** {@code cap} (v1.1) only on a reason that caps the substrate's score. */
  @JsonPropertyOrder({
    "rule",
    "title",
    "dimension",
    "effect",
    "cap",
    "message",
    "sources",
    "disputedBy"
  })
  record Reason(
      String rule,
      String title,
      String dimension,
      int effect,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer cap,
      String message,
      List<String> sources,
      @JsonInclude(JsonInclude.Include.NON_NULL) Dispute disputedBy) {}

  @JsonPropertyOrder({"claim", "sources"})
  record Dispute(String claim, List<String> sources) {}

  @JsonPropertyOrder({"rule", "message", "sources"})
  record Condition(String rule, String message, List<String> sources) {}

  @JsonPropertyOrder({"field", "value", "recommendation", "byExclusion", "byCap"})
  record WhatIf(
      String field, String value, String recommendation, boolean byExclusion, boolean byCap) {}

  /** {@code exception} (v1.1) when an exception covered a failure or has expired. */
  @JsonPropertyOrder({"placement", "status", "message", "exception"})
  record Check(
      String placement,
      String status,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) Exception exception) {}

  @JsonPropertyOrder({"reason", "expires"})
  record Exception(String reason, String expires) {}

  @JsonPropertyOrder({"source", "document", "line", "column", "path", "message"})
  record Error(String source, int document, int line, int column, String path, String message) {}

  @JsonPropertyOrder({
    "files",
    "workloads",
    "errors",
    "skipped",
    "recommendations",
    "confidence",
    "checks"
  })
  record Summary(
      int files,
      int workloads,
      int errors,
      int skipped,
      Map<String, Integer> recommendations,
      Map<String, Integer> confidence,
      @JsonInclude(JsonInclude.Include.NON_NULL) Checks checks) {}

  /**
   * With --check: placements that passed, failed, workloads without spec.placement, and (v1.1)
   * placements covered by an unexpired exception.
   */
  @JsonPropertyOrder({"passed", "failed", "unchecked", "excepted"})
  record Checks(int passed, int failed, int unchecked, int excepted) {}
}
