package org.taipan.object;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The memoryviews holding one exporter's buffer, CPython's export count where the JVM cannot count
 * references: an exporter that must refuse to resize while viewed ({@code array.array}, {@code
 * BytesIO}) registers each view from {@link PyBuffer.Exporter#viewed} and holds it weakly, and a
 * view nobody holds any more stops counting once the JVM has collected it.
 */
public final class BufferViews {
  /** The views, or null when there never were any. */
  private List<WeakReference<Object>> views;

  /** A view now holds the buffer. */
  public void add(Object view) {
    if (views == null) {
      views = new ArrayList<>();
    }
    views.add(new WeakReference<>(view));
  }

  /** The view released the buffer. */
  public void remove(Object view) {
    if (views != null) {
      views.removeIf(r -> r.get() == view || r.get() == null);
    }
  }

  private boolean any() {
    if (views == null) {
      return false;
    }
    views.removeIf(r -> r.get() == null);
    return !views.isEmpty();
  }

  /**
   * Whether a view still holds the buffer. When some are registered it asks the JVM for a
   * collection first: only that tells whether a view is still referenced.
   */
  public boolean exported() {
    if (!any()) {
      return false;
    }
    System.gc();
    return any();
  }
}
