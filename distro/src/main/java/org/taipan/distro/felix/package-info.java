/**
 * Felix mode: the runtime's bundles resolved and wired under Apache Felix, the way a distribution
 * is assembled and a component swapped while running. Providers reach the registry as OSGi
 * services that the OSGi Service Loader Mediator (Aries SPI Fly) registers from each bundle's
 * {@code osgi.serviceloader} capabilities, which bnd writes from {@code @ServiceProvider}.
 */
package org.taipan.distro.felix;
