package org.taipan.api;

import java.util.List;
import java.util.Optional;
import org.taipan.api.capi.CApi;
import org.taipan.api.exec.PythonExecution;
import org.taipan.api.gc.MemoryManager;
import org.taipan.api.jit.JitBackend;
import org.taipan.api.jit.JitSelection;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.object.ObjectProtocol;

/**
 * The component registry: the providers of every SPI, looked up once at start-up and held in final
 * fields, so nothing on a hot path goes through {@link java.util.ServiceLoader}.
 *
 * <p>The object protocol and code execution are required (a runtime cannot run without them); a
 * memory manager, a C-API and JIT backends are optional: without them the runtime uses the JVM's
 * collector alone, cannot load C extensions, and interprets everything.
 */
public final class Components {

  private final Cpu cpu;
  private final ObjectProtocol objects;
  private final PythonExecution execution;
  private final Optional<MemoryManager> memory;
  private final Optional<CApi> capi;
  private final List<ModuleProvider> modules;
  private final List<JitBackend> jitBackends;
  private final JitSelection jit;

  private Components(ProviderSource source, Cpu cpu) {
    this.cpu = cpu;
    this.objects = exactlyOne(source, ObjectProtocol.class);
    this.execution = exactlyOne(source, PythonExecution.class);
    this.memory = first(source, MemoryManager.class);
    this.capi = first(source, CApi.class);
    this.modules = List.copyOf(source.providers(ModuleProvider.class));
    this.jitBackends = List.copyOf(source.providers(JitBackend.class));
    this.jit = JitSelection.choose(jitBackends, cpu);
  }

  /** Wires the providers visible to {@code loader} through {@link java.util.ServiceLoader}. */
  public static Components load(ClassLoader loader) {
    return from(ProviderSource.serviceLoader(loader), Cpu.detect());
  }

  /** Wires the providers a source offers, choosing JIT backends for {@code cpu}. */
  public static Components from(ProviderSource source, Cpu cpu) {
    return new Components(source, cpu);
  }

  private static <S> S exactlyOne(ProviderSource source, Class<S> service) {
    List<S> found = source.providers(service);
    if (found.size() != 1) {
      throw new IllegalStateException(
          "expected exactly one provider of " + service.getName() + ", found " + found.size()
              + ": " + found);
    }
    return found.get(0);
  }

  private static <S> Optional<S> first(ProviderSource source, Class<S> service) {
    return source.providers(service).stream().findFirst();
  }

  /** The CPU the JIT backends were chosen for. */
  public Cpu cpu() {
    return cpu;
  }

  /** The abstract object protocol. */
  public ObjectProtocol objects() {
    return objects;
  }

  /** Running Python code. */
  public PythonExecution execution() {
    return execution;
  }

  /** The memory manager, if a bundle provides one. */
  public Optional<MemoryManager> memory() {
    return memory;
  }

  /** The C-API, if a bundle provides one. */
  public Optional<CApi> capi() {
    return capi;
  }

  /** Every module provider, in discovery order. */
  public List<ModuleProvider> modules() {
    return modules;
  }

  /** Every JIT backend found, whether or not it supports this CPU. */
  public List<JitBackend> jitBackends() {
    return jitBackends;
  }

  /** The JIT backends chosen for this CPU. */
  public JitSelection jit() {
    return jit;
  }
}
