package io.github.mantelzorg.model;

/** WIFA status of one aspect for a volunteer: in order, insufficient, or not known (design choice: no source gives a scale). */
public enum WifaStatus {
  OK, ONVOLDOENDE, ONBEKEND
}
