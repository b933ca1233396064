package io.github.mantelzorg.model;

/** Phase of the method Een Sterk Sociaal Netwerk: orientation, coaching, doing. */
public enum NetwerkFase {
  /** Oriëntatie: orientation, steps 1 to 3. */
  ORIENTATIE,
  /** Coaching: steps 4 to 6. */
  COACHING,
  /** Doen: doing, steps 7 to 10. */
  DOEN
}
