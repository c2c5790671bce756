/**
 * The JIT backend SPI: a backend compiles a {@link org.taipan.api.jit.CodeUnit} described here and may decline any unit.
 */
@Export
@Version("1.0.0")
package org.taipan.api.jit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
