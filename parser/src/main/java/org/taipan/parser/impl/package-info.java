/**
 * The parser's internals: the recursive-descent rules, string and f-string decoding, and error
 * reporting. Not exported; use {@link org.taipan.parser.Parser}.
 */
package org.taipan.parser.impl;
