package io.github.mantelzorg.model;

/** Success factor of local collaboration for carers (Movisies 1, 2022): invest, start small, use carers' stories. */
public enum SuccesFactor {
  /** Investeren: the initiatiefnemer and the members' staff have time to invest. */
  INVESTEREN,
  /** Klein beginnen: start small (a small goal). */
  KLEIN_BEGINNEN,
  /** Verhalen van mantelzorgers benutten: carers' stories are used. */
  VERHALEN_MANTELZORGERS_BENUTTEN
}
