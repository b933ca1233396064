package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Organisatie;

/**
 * Fact in a partnership's session: an organisation mapped as possible partner, not a member. Members are inserted as
 * plain {@code Organisatie} facts.
 *
 * @param organisatie the candidate organisation
 */
public record Kandidaat(Organisatie organisatie) {}
