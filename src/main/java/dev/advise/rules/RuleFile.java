package dev.advise.rules;

/** The text of one rule file and the name its errors give it. */
public record RuleFile(String name, String text) {}
