package io.github.mantelzorg.model;

/** Persoon: anyone in a care network, identified by an id unique within that network. */
public interface Persoon {
  /**
   * Identifier, unique among all persons and organisations of one network; in a case the same id may recur only for
   * the same person (same name). Printable, non-blank text.
   *
   * @return the id
   */
  String id();

  /**
   * Name as the care worker knows the person: printable, non-blank text.
   *
   * @return the name
   */
  String naam();
}
