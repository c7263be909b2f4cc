package dev.advise.importer;

import org.yaml.snakeyaml.nodes.Node;

/** One YAML document of a manifest file: the file as named, its 1-based number, its root. */
record Doc(String source, int document, Node root) {}
