package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Belastingmeting;
import java.util.Optional;

/**
 * Flat fact: where a carer's burden stands on the evaluation date, inserted for every carer: the newest measurement
 * over all instruments (a same-day tie broken by {@code Instrument.NIEUWSTE_EERST}), the one before it with the same
 * instrument, and whether the newest is recent enough to tell the current burden ({@code Drempels.METING_GELDIG_MAANDEN}).
 * Measurements dated after the evaluation date are not in it.
 *
 * @param mantelzorger the carer's id
 * @param nieuwste the newest measurement, if any
 * @param vorige the measurement before it with the same instrument, if any
 * @param actueel is the newest within its validity?
 * @param aantal the number of measurements up to the evaluation date
 */
public record Belastingstand(String mantelzorger, Optional<Belastingmeting> nieuwste, Optional<Belastingmeting> vorige,
    boolean actueel, int aantal) {}
