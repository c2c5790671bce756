# _thread: locks, RLock, real threads started and joined through locks, _local, errors.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print(e)
try:
    lock.acquire(timeout=1e20)
except OverflowError as e:
    print(e)
with lock:
    print('in with', lock.locked())
print(lock.locked(), _thread.LockType is type(lock), _thread.error is RuntimeError)

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)

results = []
done = _thread.allocate_lock()
done.acquire()
main_ident = _thread.get_ident()
def worker(n, scale=1):
    results.append((n * scale, _thread.get_ident() != main_ident))
    done.release()
_thread.start_new_thread(worker, (21,), {'scale': 2})
print(done.acquire(True, 10), results)

loc = _thread._local()
loc.x = 'main'
seen = []
def other():
    seen.append(hasattr(loc, 'x'))
    loc.x = 'other'
    done.release()
_thread.start_new_thread(other, ())
done.acquire(True, 10)
print(seen, loc.x)

for bad in [(1, ()), (print, [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
try:
    _thread.start_new_thread(print, (), 1)
except TypeError as e:
    print(e)
print(_thread.TIMEOUT_MAX > 1e9, _thread.stack_size())
