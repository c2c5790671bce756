/**
 * The tokenizer and parser: Python 3.11 source to an AST that mirrors CPython's {@code ast} module.
 */
package org.taipan.parser;
