/**
 * Loading CPython C extension modules through JNA and a native shim.
 */
package org.taipan.capi;
