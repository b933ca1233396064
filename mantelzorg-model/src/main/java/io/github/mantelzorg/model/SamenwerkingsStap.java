package io.github.mantelzorg.model;

/** The six steps of local collaboration ("Samen sterker", MantelzorgNL, Werkboek 1). */
public enum SamenwerkingsStap {
  /** 1: formulate your own role. */
  EIGEN_ROL,
  /** 2: formulate your goals. */
  DOELEN,
  /** 3: check whether a network exists or a new one is needed. */
  BESTAAND_NETWERK,
  /** 4: make a plan, map partners and set priorities. */
  PLAN_EN_PRIORITEITEN,
  /** 5: start together: shared ambitions, each other's interests. */
  SAMEN_AAN_DE_SLAG,
  /** 6: evaluate and adjust. */
  EVALUEREN;

  /**
   * The step number, 1 to 6.
   *
   * @return the step number
   */
  public int nummer() {
    return ordinal() + 1;
  }
}
