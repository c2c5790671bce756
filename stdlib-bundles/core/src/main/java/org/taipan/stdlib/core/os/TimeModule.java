package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code time} module, CPython's {@code Modules/timemodule.c}: clocks through {@code
 * clock_gettime}, and the calendar functions through the C library's {@code struct tm}.
 */
@PythonModule(
    value = "time",
    doc = "This module provides various functions to manipulate time values.")
public final class TimeModule {
  private TimeModule() {}

  static final StructSeqType STRUCT_TIME = StructSeqType.create("time", "struct_time",
      new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
          "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9,
      "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
          + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
          + " sequence of 9 integers.\n\n"
          + " Note that several fields' values are not the same as those defined by\n"
          + " the C language standard for struct tm.  For example, the value of the\n"
          + " field tm_year is the actual year, not year - 1900.  See individual\n"
          + " fields' descriptions for details.");

  private static final int REALTIME = 0;
  private static final int MONOTONIC = 1;
  private static final int PROCESS = 2;
  private static final int THREAD = 3;

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("struct_time", STRUCT_TIME.type());
    String[] clocks = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID",
        "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW", null, null, "CLOCK_BOOTTIME"};
    for (int i = 0; i < clocks.length; i++) {
      if (clocks[i] != null) {
        m.put(clocks[i], (long) i);
      }
    }
    m.put("CLOCK_TAI", 11L);
    m.put("_STRUCT_TM_ITEMS", 11L);
    initTimezone(m);
  }

  /** {@code init_timezone}: from the local time of January and July of this year. */
  private static void initTimezone(PyModule m) {
    TimeNative.tzset();
    long now = System.currentTimeMillis() / 1000;
    long yearStart = now - now % (365L * 24 * 3600);
    Memory jan = tm();
    Memory jul = tm();
    TimeNative.localtime_r(new long[] {yearStart}, jan);
    TimeNative.localtime_r(new long[] {yearStart + 182L * 24 * 3600}, jul);
    long janOff = -jan.getLong(40);
    long julOff = -jul.getLong(40);
    String janName = zone(jan);
    String julName = zone(jul);
    if (janOff < julOff) {
      // southern hemisphere: DST in January
      m.put("timezone", julOff);
      m.put("altzone", janOff);
      m.put("daylight", (long) (janOff != julOff ? 1 : 0));
      m.put("tzname", new PyTuple(julName, janName));
    } else {
      m.put("timezone", janOff);
      m.put("altzone", julOff);
      m.put("daylight", (long) (janOff != julOff ? 1 : 0));
      m.put("tzname", new PyTuple(janName, julName));
    }
  }

  private static Memory tm() {
    Memory p = new Memory(64);
    p.clear();
    return p;
  }

  private static String zone(Pointer tm) {
    Pointer z = tm.getPointer(48);
    return z == null ? "" : z.getString(0, "UTF-8");
  }

  private static long[] clock(int id) {
    long[] ts = new long[2];
    try {
      PosixNative.clock_gettime(id, ts);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return ts;
  }

  private static Object seconds(long[] ts) {
    return ts[0] + ts[1] * 1e-9;
  }

  private static Object nanos(long[] ts) {
    return ts[0] * 1_000_000_000L + ts[1];
  }

  @PythonMethod
  public static Object time() {
    return seconds(clock(REALTIME));
  }

  @PythonMethod
  public static Object time_ns() {
    return nanos(clock(REALTIME));
  }

  @PythonMethod
  public static Object monotonic() {
    return seconds(clock(MONOTONIC));
  }

  @PythonMethod
  public static Object monotonic_ns() {
    return nanos(clock(MONOTONIC));
  }

  @PythonMethod
  public static Object perf_counter() {
    return seconds(clock(MONOTONIC));
  }

  @PythonMethod
  public static Object perf_counter_ns() {
    return nanos(clock(MONOTONIC));
  }

  @PythonMethod
  public static Object process_time() {
    return seconds(clock(PROCESS));
  }

  @PythonMethod
  public static Object process_time_ns() {
    return nanos(clock(PROCESS));
  }

  @PythonMethod
  public static Object thread_time() {
    return seconds(clock(THREAD));
  }

  @PythonMethod
  public static Object thread_time_ns() {
    return nanos(clock(THREAD));
  }

  @PythonMethod
  public static Object clock_gettime(Object clk_id) {
    return seconds(clock(FsPaths.cint(clk_id)));
  }

  @PythonMethod
  public static Object clock_gettime_ns(Object clk_id) {
    return nanos(clock(FsPaths.cint(clk_id)));
  }

  @PythonMethod
  public static Object clock_getres(Object clk_id) {
    long[] ts = new long[2];
    try {
      PosixNative.clock_getres(FsPaths.cint(clk_id), ts);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return seconds(ts);
  }

  /**
   * {@code get_clock_info(name)}: what the clock behind {@code time()}, {@code monotonic()},
   * {@code perf_counter()}, {@code process_time()} or {@code thread_time()} is, as a {@code
   * SimpleNamespace} (each reads {@code clock_gettime} as on Linux).
   */
  @PythonMethod(doc = "get_clock_info(name: str) -> dict\n\nGet information of the specified clock.")
  public static Object get_clock_info(Object name) {
    String n = PyUnicode.isStr(name)
        ? PyUnicode.asJavaString(name) : null;
    if (n == null) {
      throw PyErr.format(PyExc.TypeError, "get_clock_info() argument 1 must be str, not %s",
          PyType.of(name).getName());
    }
    int id;
    String clock;
    switch (n) {
      case "time" -> { id = REALTIME; clock = "CLOCK_REALTIME"; }
      case "monotonic", "perf_counter" -> { id = MONOTONIC; clock = "CLOCK_MONOTONIC"; }
      case "process_time" -> { id = PROCESS; clock = "CLOCK_PROCESS_CPUTIME_ID"; }
      case "thread_time" -> { id = THREAD; clock = "CLOCK_THREAD_CPUTIME_ID"; }
      default -> throw PyErr.format(PyExc.ValueError, "unknown clock");
    }
    java.util.Map<String, Object> info = new java.util.LinkedHashMap<>();
    info.put("implementation", "clock_gettime(" + clock + ")");
    info.put("monotonic", id != REALTIME);
    info.put("adjustable", id == REALTIME);
    info.put("resolution", clock_getres((long) id));
    return org.taipan.object.PyNamespace.of(info);
  }

  @PythonMethod
  public static Object sleep(Object secs) {
    double s;
    long ns;
    if (secs instanceof Double d) {
      s = d;
      if (Double.isNaN(s)) {
        throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
      }
      ns = (long) Math.ceil(s * 1e9);
    } else if (PyNumber.isIndex(secs)) {
      ns = PyNumber.asLongClamped(PyNumber.index(secs)) * 1_000_000_000L;
      s = ns;
    } else {
      throw PyErr.format(PyExc.TypeError,
          "'%s' object cannot be interpreted as an integer", PyType.of(secs).getName());
    }
    if (ns < 0) {
      throw PyErr.format(PyExc.ValueError, "sleep length must be non-negative");
    }
    long nanos = ns;
    // other Python threads run meanwhile, as CPython releases the GIL around its sleep
    org.taipan.object.Gil.unlocked(() -> {
      try {
        Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    });
    return PyNone.NONE;
  }

  private static long timeArg(Object seconds) {
    if (seconds == PyNone.NONE) {
      return clock(REALTIME)[0];
    }
    if (seconds instanceof Double d) {
      if (Double.isNaN(d)) {
        throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
      }
      if (d >= 9.3e18 || d <= -9.3e18) {
        throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
      }
      return (long) (double) d;
    }
    Object i = PyNumber.index(seconds);
    if (!(i instanceof Long l)) {
      throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
    }
    return l;
  }

  private static Object fromTm(Pointer tm) {
    return STRUCT_TIME.make((long) tm.getInt(20) + 1900, (long) tm.getInt(16) + 1,
        (long) tm.getInt(12), (long) tm.getInt(8), (long) tm.getInt(4), (long) tm.getInt(0),
        (long) ((tm.getInt(24) + 6) % 7), (long) tm.getInt(28) + 1, (long) tm.getInt(32),
        zone(tm), tm.getLong(40));
  }

  @PythonMethod
  public static Object gmtime(@Default("None") Object seconds) {
    Memory tm = tm();
    if (TimeNative.gmtime_r(new long[] {timeArg(seconds)}, tm) == null) {
      throw OsErrors.fromErrno(com.sun.jna.Native.getLastError());
    }
    return fromTm(tm);
  }

  @PythonMethod
  public static Object localtime(@Default("None") Object seconds) {
    Memory tm = tm();
    if (TimeNative.localtime_r(new long[] {timeArg(seconds)}, tm) == null) {
      throw OsErrors.fromErrno(com.sun.jna.Native.getLastError());
    }
    return fromTm(tm);
  }

  /** {@code gettmarg}: a struct_time or 9-tuple into a C {@code struct tm}. */
  private static Memory toTm(Object t, String func) {
    if (!(t instanceof PyTuple)) {
      throw PyErr.format(PyExc.TypeError, "Tuple or struct_time argument required");
    }
    int n = Abstract.size(t);
    if (n != 9 && !(t instanceof StructSeqType.Value)) {
      throw PyErr.format(PyExc.TypeError, "%s(): illegal time tuple argument", func);
    }
    int[] v = new int[9];
    for (int i = 0; i < 9; i++) {
      if (i >= n) {
        throw PyErr.format(PyExc.TypeError, "%s(): illegal time tuple argument", func);
      }
      v[i] = FsPaths.cint(Abstract.getItem(t, (long) i));
    }
    Memory tm = tm();
    tm.setInt(20, v[0] - 1900);
    tm.setInt(16, v[1] - 1);
    tm.setInt(12, v[2]);
    tm.setInt(8, v[3]);
    tm.setInt(4, v[4]);
    tm.setInt(0, v[5]);
    tm.setInt(24, (v[6] + 1) % 7);
    tm.setInt(28, v[7] - 1);
    tm.setInt(32, v[8]);
    if (t instanceof StructSeqType.Value sv && sv.getType() == STRUCT_TIME.type()) {
      Object zone = sv.get(9);
      if (PyUnicode.isStr(zone)) {
        byte[] z = FsPaths.encode(zone);
        Memory zm = new Memory(z.length + 1);
        zm.write(0, z, 0, z.length);
        zm.setByte(z.length, (byte) 0);
        tm.setPointer(48, zm);
        KEEP.set(zm);
      }
      Object off = sv.get(10);
      if (off != PyNone.NONE) {
        tm.setLong(40, PyNumber.asLongClamped(off));
      }
    }
    return tm;
  }

  private static final ThreadLocal<Memory> KEEP = new ThreadLocal<>();

  @PythonMethod
  public static Object mktime(Object t) {
    Memory tm = toTm(t, "mktime");
    tm.setInt(24, -1);
    long r = TimeNative.mktime(tm);
    if (r == -1 && tm.getInt(24) == -1) {
      throw PyErr.format(PyExc.OverflowError, "mktime argument out of range");
    }
    return (double) r;
  }

  private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};

  private static String asctimeOf(Pointer tm) {
    return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[Math.floorMod(tm.getInt(24), 7)],
        MONTHS[Math.floorMod(tm.getInt(16), 12)], tm.getInt(12), tm.getInt(8), tm.getInt(4),
        tm.getInt(0), 1900L + tm.getInt(20));
  }

  @PythonMethod
  public static Object asctime(@Default("None") Object t) {
    Object tt = t == PyNone.NONE ? localtime(PyNone.NONE) : t;
    return asctimeOf(toTm(tt, "asctime"));
  }

  @PythonMethod
  public static Object ctime(@Default("None") Object seconds) {
    Memory tm = tm();
    TimeNative.localtime_r(new long[] {timeArg(seconds)}, tm);
    return asctimeOf(tm);
  }

  @PythonMethod
  public static Object strftime(Object format, @Default("None") Object t) {
    if (!PyUnicode.isStr(format)) {
      throw PyErr.format(PyExc.TypeError, "strftime() argument 1 must be str, not %s",
          PyType.of(format).getName());
    }
    Object tt = t == PyNone.NONE ? localtime(PyNone.NONE) : t;
    Memory tm = toTm(tt, "strftime");
    byte[] fmt = FsPaths.encode(format);
    if (fmt.length == 0) {
      return "";
    }
    byte[] cfmt = java.util.Arrays.copyOf(fmt, fmt.length + 1);
    for (int size = 1024; ; size *= 2) {
      byte[] buf = new byte[size];
      long n = TimeNative.strftime(buf, size, cfmt, tm);
      if (n > 0 || size > 256 * fmt.length) {
        return FsPaths.decode(java.util.Arrays.copyOf(buf, (int) n));
      }
    }
  }

  @PythonMethod
  public static Object tzset() {
    TimeNative.tzset();
    return PyNone.NONE;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
