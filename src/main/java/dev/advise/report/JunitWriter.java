package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.model.Substrate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --format junit}: a test suite per file and a test case per workload, as CI servers read
 * JUnit XML (valid against the Jenkins/Surefire schema). A failed placement check is a failure; an
 * invalid document or unreadable file is an error; under {@code --check}, a workload without {@code
 * spec.placement} is skipped, since nothing was checked. Every suite and case has {@code time="0"}:
 * readers expect the attribute, and a measured time would make the same input give different bytes.
 * All text from input is escaped, so the XML stays well formed.
 */
public final class JunitWriter implements ReportWriter.InOrder {

  /**
   * Run times are not reported (the same input gives the same bytes); readers want the attribute.
   */
  static final String TIME = "0";

  private final XMLStreamWriter xml;
  private final Sink out;
  private final boolean checking;

  /**
   * @param checking {@code --check}: a workload without a placement is then a skipped test
   */
  public JunitWriter(Sink out, boolean checking) {
    this.out = out;
    this.checking = checking;
    try {
      this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out.stream(), "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "advise");
      xml.writeAttribute("time", TIME);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test case: a workload, or a document (or file) that could not be advised. */
  private record Case(String name, Advised advised, List<Problem> problems) {}

  @Override
  public void file(FileOutcome outcome) {
    Map<Integer, Case> cases = new TreeMap<>();
    for (Advised a : outcome.results()) {
      cases.put(a.document(), new Case(a.advice().workload().name(), a, List.of()));
    }
    for (Problem p : outcome.problems()) {
      cases
          .computeIfAbsent(
              p.document(),
              d -> new Case(d == 0 ? "file" : "document " + d, null, new ArrayList<>()))
          .problems()
          .add(p);
    }
    long failures =
        cases.values().stream()
            .filter(
                c -> c.advised() != null && c.advised().check().map(k -> !k.passed()).orElse(false))
            .count();
    long errors = cases.values().stream().filter(c -> c.advised() == null).count();
    long skipped = cases.values().stream().filter(this::unchecked).count();
    try {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", safe(outcome.source()));
      xml.writeAttribute("tests", Integer.toString(cases.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", Long.toString(errors));
      xml.writeAttribute("skipped", Long.toString(skipped));
      xml.writeAttribute("time", TIME);
      for (Case c : cases.values()) {
        testcase(outcome.source(), c);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void testcase(String source, Case c) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", safe(source));
    xml.writeAttribute("name", safe(c.name()));
    xml.writeAttribute("time", TIME);
    if (c.advised() == null) {
      StringBuilder detail = new StringBuilder();
      c.problems().forEach(p -> detail.append(p.format()).append('\n'));
      child("error", "invalid-input", c.problems().get(0).format(), detail.toString());
    } else {
      var advice = c.advised().advice();
      var check = c.advised().check();
      if (check.isPresent() && !check.get().passed()) {
        child("failure", "placement-check", check.get().message(), check.get().message());
      }
      if (unchecked(c)) {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", "no spec.placement to check");
      }
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(
          "recommendation: "
              + advice.recommendation().map(Substrate::id).orElse("none")
              + " (confidence "
              + advice.confidence().id()
              + ")");
      if (check.isPresent() && check.get().excepted()) {
        // JUnit has no "excepted": a pass, with the exception said where a reader of the case looks
        xml.writeCharacters(safe("\nplacement check excepted: " + check.get().message()));
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** Under --check, a workload with no placement: nothing was tested. */
  private boolean unchecked(Case c) {
    return checking && c.advised() != null && c.advised().check().isEmpty();
  }

  private void child(String element, String type, String message, String body)
      throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement(element);
    xml.writeAttribute("type", type);
    xml.writeAttribute("message", safe(message));
    xml.writeCharacters(safe(body));
    xml.writeEndElement();
  }

  /** XML 1.0 cannot carry most control characters even escaped; Quote spells them out. */
  private static String safe(String s) {
    return Quote.escaped(s).replace("\\u000A", "\n");
  }

  @Override
  public void finish(Tally tally) {
    try {
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      out.print("\n");
      out.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
