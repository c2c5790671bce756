/**
 * The code-execution SPI: compile and run Python source, call Python code. The interpreter implements it so that other bundles never depend on the interpreter itself.
 */
@Export
@Version("1.0.0")
package org.taipan.api.exec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
