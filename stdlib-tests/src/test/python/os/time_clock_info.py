# time.get_clock_info for each clock of the time module.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    print(name, time.get_clock_info(name))
for bad in ["x", 1]:
    try:
        time.get_clock_info(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
