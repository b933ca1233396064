package io.github.mantelzorg.model;

/** ZRM level of self-reliance on one domain, from 1 (acute problems) to 5 (fully self-reliant). */
public enum ZrmNiveau {
  ACUTE_PROBLEMATIEK(1), NIET_ZELFREDZAAM(2), BEPERKT_ZELFREDZAAM(3), VOLDOENDE_ZELFREDZAAM(4), VOLLEDIG_ZELFREDZAAM(5);

  private final int score;

  ZrmNiveau(int score) {
    this.score = score;
  }

  /** The level as the ZRM numbers it, 1 to 5. */
  public int score() {
    return score;
  }
}
