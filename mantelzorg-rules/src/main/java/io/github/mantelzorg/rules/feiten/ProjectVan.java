package io.github.mantelzorg.rules.feiten;

import io.github.mantelzorg.model.Project;

/**
 * Flat fact in a partnership's session: one improvement project of a member organisation.
 *
 * @param organisatie the organisation's id
 * @param project the project
 */
public record ProjectVan(String organisatie, Project project) {}
