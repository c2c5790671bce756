/**
 * Python 3.11's tokenizer, the counterpart of CPython's {@code Parser/tokenizer.c}. Exported so
 * tools (and later the {@code tokenize}-related builtins) can reuse it.
 */
@Export
@Version("0.1.0")
package org.taipan.parser.tokenize;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
