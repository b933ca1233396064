/**
 * Test support for users of the mantelzorg model, shipped in the model's <em>test-jar</em>.
 *
 * <p>{@link io.github.mantelzorg.model.testing.ModelArbitraries} holds jqwik generators for every value of the model:
 * care networks, partnerships, cases and all their parts. Every generated value is valid (unique ids, resolving
 * references, scores within their instrument's range) and the generators favour the thresholds the advisory rules
 * test, so that your own property tests reach interesting cases quickly.
 *
 * <p>This package is not part of the main jar. Depend on it with the test-jar classifier, next to jqwik:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>io.github.mantelzorg</groupId>
 *   <artifactId>mantelzorg-model</artifactId>
 *   <version>${mantelzorg.version}</version>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>The test-jar's automatic module name is {@code io.github.mantelzorg.model.testing}. Its API is this package
 * only; other classes in the test-jar are the model's own tests and may change without notice.
 */
package io.github.mantelzorg.model.testing;
