package io.github.mantelzorg.model;

/** One of the four elements of zelfregie (self-direction), Movisie 2013. */
public enum ZelfregieElement {
  /** Eigenaarschap: everyone owns their own life and the choices made in it. */
  EIGENAARSCHAP,
  /** Eigen kracht: the capacity to decide yourself (knowledge, skills, confidence, room to decide). */
  EIGEN_KRACHT,
  /** Motivatie: what moves someone: personal values and meaning. */
  MOTIVATIE,
  /** Contacten: the social network and reciprocity. */
  CONTACTEN
}
