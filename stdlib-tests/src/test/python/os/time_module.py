# time: clocks and calendar functions, compared with CPython
import time
t0 = time.time()
print(type(t0), abs(time.time_ns() / 1e9 - t0) < 5, t0 > 1.6e9)
m = time.monotonic(); time.sleep(0.01); print(time.monotonic() - m >= 0.009)
print(type(time.perf_counter()), type(time.process_time()), type(time.thread_time_ns()))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, abs(time.clock_gettime(time.CLOCK_REALTIME) - t0) < 5)
g = time.gmtime(1234567890)
print(g, g.tm_zone, g.tm_gmtoff, len(g), g[0], tuple(g))
print(time.gmtime(0), time.gmtime(-86400 * 365.5))
print(time.asctime(g), time.strftime('%Y-%m-%d %H:%M:%S %j %a %b %%', g))
print(time.strftime('', g), repr(time.strftime('%Z', time.gmtime(0))))
l = time.localtime(1234567890)
print(time.mktime(l), time.ctime(1234567890) == time.asctime(l))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.timezone == -time.localtime(0).tm_gmtoff or time.daylight, type(time.tzname))
for bad in [lambda: time.sleep(-1), lambda: time.gmtime('x'), lambda: time.asctime((1, 2)),
            lambda: time.struct_time((1, 2)), lambda: time.strftime(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
