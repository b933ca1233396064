package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.ZrmProfiel;
import java.util.Optional;

/**
 * Flat fact: the zorgvrager's newest ZRM assessment up to the evaluation date, and the one before it.
 *
 * @param zorgvrager the zorgvrager's id
 * @param nieuwste the newest assessment, if any
 * @param vorige the assessment before it, if any
 */
public record ZrmStand(String zorgvrager, Optional<ZrmProfiel> nieuwste, Optional<ZrmProfiel> vorige) {}
