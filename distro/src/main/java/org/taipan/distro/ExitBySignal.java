package org.taipan.distro;

import com.sun.jna.Native;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ends the process by a signal, as CPython's {@code exit_sigint} ({@code Modules/main.c}) ends an
 * interpreter whose program died of an uncaught {@code KeyboardInterrupt}: the signal's
 * disposition goes back to the system default and the process raises it at itself, so a parent
 * sees it killed by the signal ({@code subprocess} returncode {@code -2}, a shell's {@code 130}).
 * When that cannot be done it exits with {@code 128 + N}, as {@code exit_sigint} falls back to.
 */
final class ExitBySignal {

  /** The names {@code sun.misc.Signal} knows the catchable POSIX signals by. */
  private static final List<String> NAMES =
      List.of("HUP", "INT", "QUIT", "USR1", "USR2", "PIPE", "ALRM", "TERM", "CHLD", "CONT",
          "TSTP", "TTIN", "TTOU", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH");

  private ExitBySignal() {}

  /** Does not return: the process ends by signal {@code number} or with {@code 128 + number}. */
  static void exit(int number) {
    Signal signal = byNumber(number);
    if (signal != null) {
      try {
        // the system default again (the JVM's own handler would exit with 128 + N), then
        // kill(getpid(), N): Signal.raise refuses a signal the JVM no longer handles
        Signal.handle(signal, SignalHandler.SIG_DFL);
      } catch (IllegalArgumentException e) {
        // the JVM never took the signal (it was ignored when the process started)
      }
      try {
        Kill.signal(number, 0L); // SIG_DFL in the C library too, whatever the JVM did
        Kill.kill((int) ProcessHandle.current().pid(), number);
        Thread.sleep(1000);
      } catch (InterruptedException | LinkageError e) {
        // no C library: exit with the status instead
      }
    }
    System.exit(128 + number);
  }

  /** The C library's {@code kill} and {@code signal}, through JNA. */
  private static final class Kill {
    static {
      Native.register(Kill.class, "c");
    }

    static native int kill(int pid, int sig);

    static native long signal(int sig, long handler);
  }

  private static Signal byNumber(int number) {
    for (String name : NAMES) {
      try {
        Signal s = new Signal(name);
        if (s.getNumber() == number) {
          return s;
        }
      } catch (IllegalArgumentException e) {
        // not a signal on this platform
      }
    }
    return null;
  }
}
