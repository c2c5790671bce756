package org.taipan.object;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.api.expose.PythonMethod;

/**
 * Builds the namespace of a builtin type, or the functions of a builtin module, from a Java class:
 * static methods named after special methods fill slots ({@code slotdefs}), {@code __new__} becomes
 * the type's constructor, {@link PythonMethod}s become method descriptors ({@code PyMethodDef}) and
 * {@link Getter}/{@link Setter} pairs become attribute descriptors ({@code PyGetSetDef}).
 *
 * <p>For now the tables are built by reflection when a type is first used; DESIGN.md asks for
 * build-time generation, which is still to do.
 */
public final class Exposer {
  private Exposer() {}

  static void expose(PyType t, Class<?> impl, Lookup lookup) {
    Map<String, MethodHandle> getters = new LinkedHashMap<>();
    Map<String, MethodHandle> setters = new LinkedHashMap<>();
    java.util.Set<String> members = new java.util.HashSet<>();
    Map<String, String> docs = new java.util.HashMap<>();
    try {
      for (Method m : impl.getDeclaredMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
          continue;
        }
        String n = m.getName();
        Getter g = m.getAnnotation(Getter.class);
        Setter s = m.getAnnotation(Setter.class);
        PythonMethod pm = m.getAnnotation(PythonMethod.class);
        if (g != null) {
          getters.put(g.value(), lookup.unreflect(m));
          if (!g.doc().isEmpty()) {
            docs.put(g.value(), g.doc());
          }
          if (g.readonlyMember()) {
            members.add(g.value());
          }
        } else if (s != null) {
          setters.put(s.value(), lookup.unreflect(m));
        } else if (pm != null) {
          String pyName = pm.value().isEmpty() ? n : pm.value();
          ArgParser p = ArgParser.forMethod(t.getName() + "." + pyName, m, true);
          t.define(
              pyName, new PyMethodDescr(t, pyName, p, lookup.unreflect(m)));
        } else {
          SpecialMethod sm = SpecialMethod.forName(n);
          if (sm != null
              && m.getReturnType() == Object.class
              && java.util.Arrays.equals(
                  m.getParameterTypes(), sm.signature.type.parameterArray())) {
            t.define(n, new PyWrapperDescr(t, sm, lookup.unreflect(m)));
          } else if (n.equals("__new__")
              && java.util.Arrays.equals(
                  m.getParameterTypes(),
                  new Class<?>[] {PyType.class, Object[].class, String[].class})) {
            t.define(n, new PyNewWrapper(t, lookup.unreflect(m)));
          }
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot expose " + impl, e);
    }
    for (Map.Entry<String, MethodHandle> e : getters.entrySet()) {
      String n = e.getKey();
      t.define(
          n,
          new PyGetSetDescr(t, n, e.getValue(), setters.get(n), members.contains(n),
              docs.get(n)));
    }
  }

  /**
   * The {@link PythonMethod} static methods of a module class as builtin functions ({@code
   * PyModuleDef.m_methods}), in declaration order of their names.
   *
   * @param module the module name for {@code __module__}
   */
  public static Map<String, Object> moduleFunctions(Class<?> impl, Lookup lookup, String module) {
    Map<String, Object> r = new LinkedHashMap<>();
    try {
      for (Method m : impl.getDeclaredMethods()) {
        PythonMethod pm = m.getAnnotation(PythonMethod.class);
        if (pm == null || !Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        String pyName = pm.value().isEmpty() ? m.getName() : pm.value();
        ArgParser p = ArgParser.forMethod(pyName, m, false);
        if (!"builtins".equals(module)) {
          p.functionStr = module + "." + pyName;
        }
        r.put(
            pyName,
            PyBuiltinFunction.unspread(pyName, module, p, lookup.unreflect(m),
                pm.doc().isEmpty() ? null : pm.doc()));
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot expose " + impl, e);
    }
    return r;
  }

  /**
   * A builtin module object made from a {@link org.taipan.api.expose.PythonModule} class: its
   * functions, its docstring, then its {@link org.taipan.api.expose.ModuleExec} method run on it
   * ({@code PyModule_FromDefAndSpec} followed by {@code PyModule_ExecDef}).
   *
   * @param impl the module class (public, with public members)
   * @param name the module's name
   */
  public static PyModule createModule(Class<?> impl, String name) {
    Lookup lookup = java.lang.invoke.MethodHandles.publicLookup();
    PyModule mod = new PyModule(name);
    org.taipan.api.expose.PythonModule pm =
        impl.getAnnotation(org.taipan.api.expose.PythonModule.class);
    if (pm != null && !pm.doc().isEmpty()) {
      mod.put("__doc__", pm.doc());
    }
    for (Map.Entry<String, Object> e : moduleFunctions(impl, lookup, name).entrySet()) {
      mod.put(e.getKey(), e.getValue());
    }
    for (Method m : impl.getMethods()) {
      if (m.isAnnotationPresent(org.taipan.api.expose.ModuleExec.class)
          && Modifier.isStatic(m.getModifiers())) {
        try {
          lookup.unreflect(m).invoke(mod);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException("cannot initialise module " + name, e);
        }
      }
    }
    return mod;
  }
}
