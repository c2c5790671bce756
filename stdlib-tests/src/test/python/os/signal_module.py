import _signal
import _signal as signal  # signal.py itself needs enum

names = sorted(n for n in dir(_signal) if not n.startswith("_"))
print([n for n in names if n not in ("sigtimedwait", "sigwait", "sigwaitinfo", "struct_siginfo")])
print([(n, getattr(_signal, n)) for n in names if n.startswith("SIG") or n.startswith("ITIMER")])
print(_signal.NSIG, _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print(len(_signal.valid_signals()), sorted(set(range(1, 65)) - _signal.valid_signals()))
print(_signal.strsignal(2), _signal.strsignal(15), _signal.strsignal(34), _signal.strsignal(64))
print(_signal.ItimerError.__name__, _signal.ItimerError.__module__, _signal.ItimerError.__mro__[1])
for bad in [(0, 0), (65, 0), (9, 1), (19, 0), (2, 5), ("x", 1), (2,), (1.5, 0)]:
    try:
        _signal.signal(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [0, 65, "x", -1]:
    try:
        _signal.getsignal(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        _signal.strsignal(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

got = []


def handler(n, frame):
    got.append((n, type(frame).__name__))


print(signal.signal(signal.SIGUSR1, handler))
signal.raise_signal(signal.SIGUSR1)
for _ in range(3):
    pass
print(got, signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))


class Stop(Exception):
    pass


def stopper(n, frame):
    raise Stop(n)


signal.signal(signal.SIGUSR2, stopper)
try:
    signal.raise_signal(signal.SIGUSR2)
    for i in range(1000):
        pass
    print("not raised")
except Stop as e:
    print("Stop", e.args)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0), signal.set_wakeup_fd(-1))
print(signal.setitimer(signal.ITIMER_REAL, 0))
