package io.github.mantelzorg.model;

/** Organisation type in the local social domain. */
public enum OrganisatieType {
  /** Gemeente: municipality. */
  GEMEENTE,
  /** Zorgorganisatie: care organisation. */
  ZORGORGANISATIE,
  /** Thuiszorg: home care. */
  THUISZORG,
  /** Welzijnsorganisatie: welfare organisation. */
  WELZIJNSORGANISATIE,
  /** Mantelzorgsteunpunt: carer support centre. */
  MANTELZORGSTEUNPUNT,
  /** Huisarts: general practitioner (GP). */
  HUISARTS,
  /** GGZ (geestelijke gezondheidszorg): mental health care. */
  GGZ,
  /** Gehandicaptenzorg: disability care. */
  GEHANDICAPTENZORG,
  /** Vrijwilligersorganisatie: volunteer organisation. */
  VRIJWILLIGERSORGANISATIE,
  /** Buurtinitiatief: neighbourhood initiative. */
  BUURTINITIATIEF,
  /** Wijkteam: neighbourhood team. */
  WIJKTEAM,
  /** Onderwijs, leerplicht: education and school attendance. */
  ONDERWIJS_LEERPLICHT,
  /** Werkgever, arbodienst: employer or occupational health service. */
  WERKGEVER_ARBODIENST,
  /** Cliëntorganisatie: client organisation. */
  CLIENTORGANISATIE,
  /** Overig: another type. */
  OVERIG
}
