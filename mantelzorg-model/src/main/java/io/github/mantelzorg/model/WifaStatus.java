package io.github.mantelzorg.model;

/**
 * WifaStatus: how one WIFA aspect is taken care of for a volunteer: in order or insufficient (design choice: no source
 * gives a scale). An aspect not assessed is unknown: the field is left out.
 */
public enum WifaStatus {
  /** In order. */
  OK,
  /** Onvoldoende: insufficient. */
  ONVOLDOENDE
}
