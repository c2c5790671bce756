/**
 * The object model: type objects, the builtin types, and the abstract object protocol (attribute
 * access, calls, operators, iteration, hashing, comparison), following CPython's {@code Objects/}.
 */
@Export
@Version("0.1.0")
package org.taipan.object;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
