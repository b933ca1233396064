package io.github.mantelzorg.model;

/**
 * One of the four aspects of network collaboration (Movisies 1, 2022): shared goal, each party's interest, the
 * relationship, agreements.
 */
public enum SamenwerkingsAspect {
  /** Gezamenlijk doel: a shared goal. */
  GEZAMENLIJK_DOEL,
  /** Eigen belang: each party's own interest. */
  EIGEN_BELANG,
  /** Relatie op orde: the relationship in order. */
  RELATIE_OP_ORDE,
  /** Afspraken: agreements about the collaboration. */
  AFSPRAKEN
}
