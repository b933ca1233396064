package io.github.mantelzorg.model;

/** Aandoening: the condition for which the zorgvrager needs care. */
public enum Aandoening {
  /** Dementie: dementia. */
  DEMENTIE,
  /** Niet-aangeboren hersenletsel (NAH): acquired brain injury. */
  NIET_AANGEBOREN_HERSENLETSEL,
  /** Verstandelijke beperking: intellectual disability. */
  VERSTANDELIJKE_BEPERKING,
  /** Licht verstandelijke beperking (LVB): mild intellectual disability. */
  LVB,
  /** Psychische kwetsbaarheid (GGZ): mental health vulnerability. */
  PSYCHISCHE_KWETSBAARHEID_GGZ,
  /** Chronische ziekte: chronic illness. */
  CHRONISCHE_ZIEKTE,
  /** Lichamelijke beperking: physical disability. */
  LICHAMELIJKE_BEPERKING,
  /** Ouderdom, kwetsbaarheid: frailty in old age. */
  OUDERDOM_KWETSBAARHEID,
  /** Palliatief: palliative care. */
  PALLIATIEF,
  /** Overig: another condition. */
  OVERIG
}
