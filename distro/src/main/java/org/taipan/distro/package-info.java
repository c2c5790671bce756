/**
 * The launcher with CPython's command line, the distribution manifests and Felix mode.
 */
package org.taipan.distro;
