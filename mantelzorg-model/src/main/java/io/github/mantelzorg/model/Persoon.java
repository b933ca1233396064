package io.github.mantelzorg.model;

/** Persoon: anyone in a care network, identified by an id unique within that network. */
public interface Persoon {
  /** Identifier, unique among all persons and organisations of one network. */
  String id();

  /** Name as the care worker knows the person. */
  String naam();
}
