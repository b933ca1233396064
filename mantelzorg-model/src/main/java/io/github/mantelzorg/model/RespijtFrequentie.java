package io.github.mantelzorg.model;

/** Frequency of respite care: now and then (e.g. a holiday) or structural (e.g. one day part a week). */
public enum RespijtFrequentie {
  /** Incidenteel: now and then (e.g. a holiday). */
  INCIDENTEEL,
  /** Structureel: on a regular basis (e.g. one day part a week). */
  STRUCTUREEL
}
