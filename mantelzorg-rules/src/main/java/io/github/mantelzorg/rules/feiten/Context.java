package io.github.mantelzorg.rules.feiten;

import java.util.Optional;

/**
 * Fact that says what a session is about: a care network (with its zorgvrager, and the partnership of its
 * municipality when the case has one) or a partnership. Decision rules name conditions of the context as
 * {@code netwerk:}, {@code zorgvrager:} or {@code verband:} in their {@code @voorwaarden}.
 *
 * @param id the id of the network or partnership
 * @param netwerk true for a care network, false for a partnership
 * @param zorgvrager the zorgvrager's id (networks only)
 * @param verband the partnership's id: the partnership itself, or the one of the network's municipality
 */
public record Context(String id, boolean netwerk, Optional<String> zorgvrager, Optional<String> verband) {}
