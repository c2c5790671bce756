package org.taipan.parser.ast;

/**
 * The value of an imaginary literal such as {@code 2j} in a {@link Constant}: CPython's
 * {@code complex} with real part {@code 0.0}. The parser never produces a non-zero real part
 * ({@code 1+2j} is a {@link BinOp}).
 *
 * @param imag the imaginary part
 */
public record ImaginaryConstant(double imag) {}
