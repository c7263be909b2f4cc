package dev.advise.rules;

/** A source document that rules cite, e.g. key {@code querytel}. */
public record SourceDoc(String key, String title) {}
