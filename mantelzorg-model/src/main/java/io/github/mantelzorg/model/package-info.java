/**
 * Placeholder.
 */
@MantelzorgStyle
package io.github.mantelzorg.model;
