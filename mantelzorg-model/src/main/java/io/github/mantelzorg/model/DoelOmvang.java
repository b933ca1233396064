package io.github.mantelzorg.model;

/** Size of a partnership goal (Movisies 1, 2022: make big goals smaller). */
public enum DoelOmvang {
  /** Klein: a small goal. */
  KLEIN,
  /** Groot: a big goal. */
  GROOT
}
