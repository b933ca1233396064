package io.github.mantelzorg.model;

/** One of the four roles of a mantelzorger in the SOFA model (Expertisecentrum Mantelzorg, Movisie 2013). */
public enum SofaRol {
  /** Samenwerken: the carer as partner in care; the professional involves them (e.g. in the zorgplan). */
  SAMENWERKEN,
  /** Ondersteunen: the carer as someone who needs help; the professional watches for overload. */
  ONDERSTEUNEN,
  /** Faciliteren: the carer's personal relationship with the cared-for; always present. */
  FACILITEREN,
  /** Afstemmen: the carer as expert on the cared-for; the professional asks for wishes and limits. */
  AFSTEMMEN
}
