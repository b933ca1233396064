package io.github.mantelzorg.model;

/**
 * One of the four aspects of network collaboration (Movisies 1, 2022): shared goal, each party's interest, the
 * relationship, agreements.
 */
public enum SamenwerkingsAspect {
  GEZAMENLIJK_DOEL, EIGEN_BELANG, RELATIE_OP_ORDE, AFSPRAKEN
}
