package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Samenwerkingsverband;

/**
 * Fact in a care network's session: the partnership of the network's municipality, for the combined rules. A
 * wrapper, so that partnership rules (which match {@code Samenwerkingsverband}) do not fire in network sessions.
 *
 * @param verband the partnership
 */
public record VerbandVanGemeente(Samenwerkingsverband verband) {}
