/**
 * The x86-64 native backend for numeric kernels.
 */
package org.taipan.jit.x86_64;
