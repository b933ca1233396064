package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Organisatie;

/**
 * Fact in a care network's session: an organisation of the network (of its professionals, volunteers or respite). A
 * wrapper, so that the partnership rules, which match {@code Organisatie} members, do not fire in network sessions.
 *
 * @param organisatie the organisation
 */
public record NetwerkOrganisatie(Organisatie organisatie) {}
