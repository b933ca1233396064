package io.github.mantelzorg.model;

/** The ten steps of Een Sterk Sociaal Netwerk (MOVISIE and PhiladelphiaSupport), each in its phase. */
public enum NetwerkStap {
  /** Step 1, kennismaking: getting acquainted. */
  KENNISMAKING(NetwerkFase.ORIENTATIE),
  /** Step 2, netwerk in kaart: mapping the network. */
  NETWERK_IN_KAART(NetwerkFase.ORIENTATIE),
  /** Step 3, kwaliteit: the quality of the network. */
  KWALITEIT(NetwerkFase.ORIENTATIE),
  /** Step 4, de deur uit: out of the door. */
  DE_DEUR_UIT(NetwerkFase.COACHING),
  /** Step 5, persoonlijke interesses: personal interests. */
  PERSOONLIJKE_INTERESSES(NetwerkFase.COACHING),
  /** Step 6, team-up. */
  TEAM_UP(NetwerkFase.COACHING),
  /** Step 7, top-drie-actie: top-three action. */
  TOP_DRIE_ACTIE(NetwerkFase.DOEN),
  /** Step 8, persoonlijk actieplan: personal action plan. */
  PERSOONLIJK_ACTIEPLAN(NetwerkFase.DOEN),
  /** Step 9, ga ervoor: go for it. */
  GA_ERVOOR(NetwerkFase.DOEN),
  /** Step 10, leren van ervaringen: learning from experience. */
  LEREN_VAN_ERVARINGEN(NetwerkFase.DOEN);

  private final NetwerkFase fase;

  NetwerkStap(NetwerkFase fase) {
    this.fase = fase;
  }

  /**
   * The phase this step belongs to.
   *
   * @return the phase
   */
  public NetwerkFase fase() {
    return fase;
  }

  /**
   * The step number, 1 to 10.
   *
   * @return the step number
   */
  public int nummer() {
    return ordinal() + 1;
  }
}
