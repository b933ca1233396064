package io.github.mantelzorg.model;

/**
 * Drempels: every threshold the model and the rules use, in one place. Values that a source gives are marked
 * <em>sourced</em>; the others are design choices with their reason.
 */
public final class Drempels {
  /** CSI: 7 or more "yes" answers out of 13 means overload. Sourced (hersenz.nl, meetinstrumentenzorg.nl). */
  public static final int CSI_OVERBELAST = 7;
  /** CSI maximum score (13 items). Sourced. */
  public static final int CSI_MAX = 13;
  /** EDIZ-plus maximum score (15 items). Sourced. */
  public static final int EDIZ_PLUS_MAX = 15;
  /** EDIZ-plus: 1 to 3 is light burden. Sourced (instrumentwijzer, TVGG). */
  public static final int EDIZ_PLUS_LICHT = 1;
  /** EDIZ-plus: 4 to 8 is moderate burden. Sourced. */
  public static final int EDIZ_PLUS_MATIG = 4;
  /** EDIZ-plus: 9 to 15 is heavy burden (overload). Sourced. */
  public static final int EDIZ_PLUS_ZWAAR = 9;
  /** EDIZ (9 items) maximum score. Sourced; the EDIZ has no published cut-off. */
  public static final int EDIZ_MAX = 9;
  /**
   * EDIZ-9 score from which a scale with a validated cut-off is advised (rule BL-07). Design choice: more than
   * half of the nine statements answered as burdening.
   */
  public static final int EDIZ_HOOG = 5;
  /** Long-term and intensive care: more than 8 hours a week. Sourced (SCP). */
  public static final double INTENSIEF_UREN_PER_WEEK = 8;
  /** Long-term and intensive care: for more than 3 months. Sourced (SCP). */
  public static final int LANGDURIG_MAANDEN = 3;
  /** A week has 168 hours: the upper bound for hours of care a week. */
  public static final double MAX_UREN_PER_WEEK = 168;
  /** Upper bound for the duration of care in months (100 years). Design choice: rejects typing errors. */
  public static final int MAX_MAANDEN = 1200;
  /**
   * Below this age a carer is a young carer (jonge mantelzorger): under 18. Sourced (MantelzorgNL, jonge
   * mantelzorgers).
   */
  public static final int VOLWASSEN_LEEFTIJD = 18;
  /**
   * Months for which a burden measurement establishes the carer's current burden. Design choice: a score is a snapshot
   * (instrumentwijzer; the CSI page advises repeating it monthly), and after a year it says too little about today to
   * call someone overloaded (or not): an older newest measurement asks for a new one instead.
   */
  public static final int METING_GELDIG_MAANDEN = 12;
  /** Upper bound for an age. Design choice. */
  public static final int MAX_LEEFTIJD = 130;
  /** A learning practice involves at least three organisations. Sourced (Movisies 2, 2019). */
  public static final int MIN_ORGANISATIES_LERENDE_PRAKTIJK = 3;
  /** Formulate five to at most eight guiding principles. Sourced (MantelzorgNL, Werkboek 1). */
  public static final int LEIDENDE_PRINCIPES_MIN = 5;
  /** Formulate five to at most eight guiding principles. Sourced (MantelzorgNL, Werkboek 1). */
  public static final int LEIDENDE_PRINCIPES_MAX = 8;
  /** An elevator pitch lasts one minute. Sourced (MantelzorgNL, Werkboek 1). */
  public static final int PITCH_SECONDEN = 60;
  /**
   * A burden score is a snapshot: repeat it, e.g. monthly. Sourced (CSI page: "steeds op de eerste dag van een nieuwe
   * maand").
   */
  public static final int HERMEETTERMIJN_MAANDEN = 1;
  /**
   * Months after which a volunteer's last appreciation counts as overdue. Design choice: a yearly moment such as 7
   * December.
   */
  public static final int WAARDERING_TERMIJN_MAANDEN = 12;
  /** Months after which a volunteer's last evaluation counts as overdue. Design choice: yearly review. */
  public static final int EVALUATIE_TERMIJN_MAANDEN = 12;
  /** Months after which a partnership's last evaluation (step 6) counts as overdue. Design choice: yearly. */
  public static final int SAMENWERKING_EVALUATIE_MAANDEN = 12;
  /**
   * More partners to work on than this means "you cannot do everything at once" (MantelzorgNL, Werkboek 1). Design
   * choice: 5.
   */
  public static final int MAX_PRIORITAIRE_PARTNERS = 5;
  /** A rise of this many CSI points between two measurements counts as rising burden (BL-06). Design choice. */
  public static final int CSI_STIJGING = 2;
  /** A share of this percentage or more from the network counts as leaning on the network (ZM-03). Design choice. */
  public static final int KRACHTENWIJZER_NETWERK_LEUNT = 70;
  /**
   * A partnership led by the municipality with this many members or more may use a mantelzorgakkoord (PS-15). Design
   * choice.
   */
  public static final int AKKOORD_MIN_LEDEN = 10;
  /** Weeks before a lobby moment within which timing advice is given (VP-10). Design choice: two months. */
  public static final int LOBBY_MOMENT_WEKEN = 8;
  /** Share of carers in networks without respite, in percent, from which outreach is advised (CB-09). Design choice. */
  public static final int RESPIJT_ONBEKEND_PERCENTAGE = 50;
  /** Day of the Dag van de Mantelzorg: 10 November. Sourced (inmill.nl). */
  public static final int DAG_VAN_DE_MANTELZORG_MAAND = 11;
  /** Day of the Dag van de Mantelzorg: 10 November. Sourced (inmill.nl). */
  public static final int DAG_VAN_DE_MANTELZORG_DAG = 10;

  private Drempels() {}
}
