/**
 * The launcher with CPython's command line, the distribution manifests and Felix mode.
 *
 * <p>{@link org.taipan.distro.Main} is the {@code taipan} command. {@link
 * org.taipan.distro.PythonCommandLine} parses CPython 3.11's command line (with Picocli) and the
 * {@code PYTHON*} environment into what {@code sys} shows; {@link org.taipan.distro.Launcher}
 * prints what CPython prints by itself (help, version, usage and configuration errors) and
 * otherwise builds the {@link org.taipan.api.RuntimeContext} and hands the program to the runtime.
 * {@link org.taipan.distro.DistroManifest} reads the manifests in {@code distro/manifests/}.
 *
 * <p>Nothing here is an API for other bundles: no bundle may depend on this package.
 */
package org.taipan.distro;
