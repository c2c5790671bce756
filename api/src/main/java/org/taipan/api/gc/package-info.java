/**
 * The memory-manager SPI: finalization, weak references and native handle lifetime.
 */
@Export
@Version("1.0.0")
package org.taipan.api.gc;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
