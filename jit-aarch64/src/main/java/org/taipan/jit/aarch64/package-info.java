/**
 * The AArch64 native backend for numeric kernels.
 */
package org.taipan.jit.aarch64;
