/**
 * The shared vocabulary of every Taipan bundle: the {@link org.taipan.api.Components component registry} that wires providers at start-up, the {@link org.taipan.api.RuntimeContext runtime context} and the {@link org.taipan.api.Cpu CPU description}. Everything in {@code org.taipan.api..} is a contract between bundles: it changes only with its package version.
 */
@Export
@Version("1.0.0")
package org.taipan.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
