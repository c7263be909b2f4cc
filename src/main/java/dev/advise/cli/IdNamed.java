package dev.advise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A choice written by a lower-case id ({@code --format sarif}, {@code --color never}) rather than
 * by its constant's name: how the command line, the configuration file and {@code advise config}
 * read and show it. Plain loops over the enum's own {@code values()}, no reflection and no lambda:
 * the quick path reads {@code --format} on every run.
 */
interface IdNamed {

  String id();

  /** The one of {@code values} whose id is {@code id}, if there is one. */
  static <E extends IdNamed> Optional<E> byId(E[] values, String id) {
    for (E value : values) {
      if (value.id().equals(id)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The ids of {@code values}, in their order. */
  static List<String> ids(IdNamed[] values) {
    List<String> ids = new ArrayList<>(values.length);
    for (IdNamed value : values) {
      ids.add(value.id());
    }
    return ids;
  }
}
