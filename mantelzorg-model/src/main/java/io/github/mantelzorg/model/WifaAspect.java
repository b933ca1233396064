package io.github.mantelzorg.model;

/** One of the four aspects of working with volunteers in the WIFA model (Movisie 2013). */
public enum WifaAspect {
  /** Waarderen: show appreciation. */
  WAARDEREN,
  /** Informeren: inform volunteers of changes in the client's situation or the organisation. */
  INFORMEREN,
  /** Faciliteren: arrange the preconditions for the volunteer's work. */
  FACILITEREN,
  /** Afstemmen: align tasks within the team around client and carer. */
  AFSTEMMEN
}
