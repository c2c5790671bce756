/**
 * The tokenizer and parser: Python 3.11 source to an AST that mirrors CPython's {@code ast}
 * module. Entry point {@link org.taipan.parser.Parser}; errors {@link
 * org.taipan.parser.PythonSyntaxError}; {@link org.taipan.parser.AstDump} renders a tree as
 * CPython's {@code ast.dump}.
 */
@Export
@Version("0.1.0")
package org.taipan.parser;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
