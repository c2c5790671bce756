/**
 * The module-provider SPI: a bundle contributes builtin modules written in Java and trees of pure-Python modules.
 */
@Export
@Version("1.0.0")
package org.taipan.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
