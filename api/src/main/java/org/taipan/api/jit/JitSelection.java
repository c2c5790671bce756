package org.taipan.api.jit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taipan.api.Cpu;

/**
 * The JIT backends chosen for one CPU: for each {@link JitBackend.Role role}, the backends that
 * support the CPU and fill that role, best first. With none available the runtime is
 * interpreter-only, which is not an error.
 */
public final class JitSelection {

  private static final Comparator<JitBackend> BEST_FIRST =
      Comparator.comparingInt(JitBackend::priority).reversed().thenComparing(JitBackend::name);

  private final Map<JitBackend.Role, List<JitBackend>> byRole;

  private JitSelection(Map<JitBackend.Role, List<JitBackend>> byRole) {
    this.byRole = byRole;
  }

  /** Chooses among {@code available} for {@code cpu}. */
  public static JitSelection choose(Collection<? extends JitBackend> available, Cpu cpu) {
    Map<JitBackend.Role, List<JitBackend>> byRole = new EnumMap<>(JitBackend.Role.class);
    for (JitBackend.Role role : JitBackend.Role.values()) {
      List<JitBackend> candidates = new ArrayList<>();
      for (JitBackend b : available) {
        if (b.roles().contains(role) && b.supports(cpu)) {
          candidates.add(b);
        }
      }
      candidates.sort(BEST_FIRST);
      byRole.put(role, List.copyOf(candidates));
    }
    return new JitSelection(byRole);
  }

  /** A selection with no backend: the interpreter runs everything. */
  public static JitSelection none() {
    return choose(List.of(), Cpu.of(Cpu.Arch.OTHER));
  }

  /** The preferred backend for a role, if any. */
  public Optional<JitBackend> backendFor(JitBackend.Role role) {
    List<JitBackend> candidates = byRole.get(role);
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  /** Every backend for a role that supports the CPU, best first. */
  public List<JitBackend> candidatesFor(JitBackend.Role role) {
    return byRole.get(role);
  }

  /** True when no backend at all is available: the runtime is interpreter-only. */
  public boolean isInterpreterOnly() {
    return byRole.values().stream().allMatch(List::isEmpty);
  }

  /**
   * Offers the unit to the backends for its role, best first, and returns the first result. A
   * numeric kernel every native backend declines is offered to the general backends too, since
   * they compile any unit.
   *
   * @return the compiled unit, or empty when every backend declined (the interpreter runs it)
   */
  public Optional<CompiledUnit> compile(CodeUnit unit) {
    List<JitBackend> order = new ArrayList<>(byRole.get(unit.role()));
    if (unit.role() != JitBackend.Role.GENERAL) {
      for (JitBackend b : byRole.get(JitBackend.Role.GENERAL)) {
        if (!order.contains(b)) {
          order.add(b);
        }
      }
    }
    for (JitBackend backend : order) {
      Optional<CompiledUnit> compiled = backend.compile(unit);
      if (compiled.isPresent()) {
        return compiled;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("JitSelection[");
    for (var e : byRole.entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue().stream().map(JitBackend::name).toList()).append(' ');
    }
    return sb.append(']').toString();
  }
}
