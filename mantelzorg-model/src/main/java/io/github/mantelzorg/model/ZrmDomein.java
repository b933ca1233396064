package io.github.mantelzorg.model;

/** The 13 life domains of the Zelfredzaamheid-Matrix (ZRM 2017). */
public enum ZrmDomein {
  /** Financiën: finances. */
  FINANCIEN,
  /** Werk en opleiding: work and education. */
  WERK_OPLEIDING,
  /** Tijdsbesteding: use of time. */
  TIJDSBESTEDING,
  /** Huisvesting: housing. */
  HUISVESTING,
  /** Huiselijke relaties: domestic relations. */
  HUISELIJKE_RELATIES,
  /** Geestelijke gezondheid: mental health. */
  GEESTELIJKE_GEZONDHEID,
  /** Lichamelijke gezondheid: physical health. */
  LICHAMELIJKE_GEZONDHEID,
  /** Middelengebruik: substance use. */
  MIDDELENGEBRUIK,
  /** Basale ADL: basic activities of daily living. */
  BASALE_ADL,
  /** Instrumentele ADL: instrumental activities of daily living. */
  INSTRUMENTELE_ADL,
  /** Sociaal netwerk: social network. */
  SOCIAAL_NETWERK,
  /** Maatschappelijke participatie: social participation. */
  MAATSCHAPPELIJKE_PARTICIPATIE,
  /** Justitie: justice. */
  JUSTITIE
}
