package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Zorgnetwerk;

/**
 * Fact in a partnership's session: a care network in one of its municipalities, for combined rules that look at
 * the whole caseload (CB-09). A wrapper, so that network rules do not fire in partnership sessions.
 *
 * @param netwerk the care network
 */
public record NetwerkInRegio(Zorgnetwerk netwerk) {}
