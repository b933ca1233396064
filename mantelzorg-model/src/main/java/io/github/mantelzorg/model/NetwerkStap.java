package io.github.mantelzorg.model;

/** The ten steps of Een Sterk Sociaal Netwerk (MOVISIE and PhiladelphiaSupport), each in its phase. */
public enum NetwerkStap {
  KENNISMAKING(NetwerkFase.ORIENTATIE),
  NETWERK_IN_KAART(NetwerkFase.ORIENTATIE),
  KWALITEIT(NetwerkFase.ORIENTATIE),
  DE_DEUR_UIT(NetwerkFase.COACHING),
  PERSOONLIJKE_INTERESSES(NetwerkFase.COACHING),
  TEAM_UP(NetwerkFase.COACHING),
  TOP_DRIE_ACTIE(NetwerkFase.DOEN),
  PERSOONLIJK_ACTIEPLAN(NetwerkFase.DOEN),
  GA_ERVOOR(NetwerkFase.DOEN),
  LEREN_VAN_ERVARINGEN(NetwerkFase.DOEN);

  private final NetwerkFase fase;

  NetwerkStap(NetwerkFase fase) {
    this.fase = fase;
  }

  /** The phase this step belongs to. */
  public NetwerkFase fase() {
    return fase;
  }

  /** The step number, 1 to 10. */
  public int nummer() {
    return ordinal() + 1;
  }
}
