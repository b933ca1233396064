package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Belastingmeting;
import io.github.mantelzorg.model.Instrument;
import java.util.Optional;

/**
 * Flat fact: a carer's measurements with one instrument up to the evaluation date: the newest, the one before it, and
 * whether the newest is recent enough to count ({@code Drempels.METING_GELDIG_MAANDEN}). One per carer and instrument
 * used.
 *
 * @param mantelzorger the carer's id
 * @param instrument the instrument
 * @param nieuwste the newest measurement with it
 * @param vorige the one before, if any
 * @param actueel is the newest within its validity?
 */
public record Meetreeks(String mantelzorger, Instrument instrument, Belastingmeting nieuwste, Optional<Belastingmeting> vorige,
    boolean actueel) {}
