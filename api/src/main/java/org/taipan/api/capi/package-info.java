/**
 * The C-API SPI: loading CPython C extension modules.
 */
@Export
@Version("1.0.0")
package org.taipan.api.capi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
