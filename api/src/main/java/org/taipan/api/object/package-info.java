/**
 * The object protocol SPI: what CPython calls the abstract objects layer ({@code Objects/abstract.c}), the operations every bundle may apply to any Python value.
 */
@Export
@Version("1.0.0")
package org.taipan.api.object;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
