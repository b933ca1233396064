package io.github.mantelzorg.model;

/** ZRM level of self-reliance on one domain, from 1 (acute problems) to 5 (fully self-reliant). */
public enum ZrmNiveau {
  /** 1, acute problematiek: acute problems. */
  ACUTE_PROBLEMATIEK(1),
  /** 2, niet zelfredzaam: not self-reliant. */
  NIET_ZELFREDZAAM(2),
  /** 3, beperkt zelfredzaam: limited self-reliance. */
  BEPERKT_ZELFREDZAAM(3),
  /** 4, voldoende zelfredzaam: sufficiently self-reliant. */
  VOLDOENDE_ZELFREDZAAM(4),
  /** 5, volledig zelfredzaam: fully self-reliant. */
  VOLLEDIG_ZELFREDZAAM(5);

  private final int score;

  ZrmNiveau(int score) {
    this.score = score;
  }

  /**
   * The level as the ZRM numbers it, 1 to 5.
   *
   * @return the score, 1 to 5
   */
  public int score() {
    return score;
  }
}
