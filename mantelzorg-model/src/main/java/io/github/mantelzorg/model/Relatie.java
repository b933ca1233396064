package io.github.mantelzorg.model;

/**
 * Relatie: the social relationship between a carer or contact and the person cared for (Movisie 2013: the care grows
 * out of an existing relationship).
 */
public enum Relatie {
  PARTNER, KIND, OUDER, BROER_ZUS, ANDER_FAMILIELID, VRIEND, BUUR, KENNIS
}
