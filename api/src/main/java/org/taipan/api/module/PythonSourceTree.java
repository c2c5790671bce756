package org.taipan.api.module;

import java.net.URI;

/**
 * The root of a tree of pure-Python modules, laid out as on {@code sys.path}: a package is a
 * folder with an {@code __init__.py}, a module a {@code .py} file.
 *
 * @param name a short description for diagnostics
 * @param root a {@code file:} URI of an installed folder, or a {@code jar:} URI inside a bundle
 */
public record PythonSourceTree(String name, URI root) {}
