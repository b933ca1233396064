package io.github.mantelzorg.model;

/** Success factor of local collaboration for carers (Movisies 1, 2022): invest, start small, use carers' stories. */
public enum SuccesFactor {
  INVESTEREN, KLEIN_BEGINNEN, VERHALEN_MANTELZORGERS_BENUTTEN
}
