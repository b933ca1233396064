package io.github.mantelzorg.model;

/** Size of a partnership goal (seed 001: make big goals smaller). */
public enum DoelOmvang {
  KLEIN, GROOT
}
