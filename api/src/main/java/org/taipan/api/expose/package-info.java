/**
 * The exposure annotations: how Java classes declare Python types, modules, methods and their parameters, in the sense of CPython's Argument Clinic.
 */
@Export
@Version("1.0.0")
package org.taipan.api.expose;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
