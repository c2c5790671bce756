# time.sleep lets other threads run meanwhile (CPython releases the GIL while it sleeps): the main
# thread goes on while a worker sleeps.
import threading
import time

t = threading.Thread(target=time.sleep, args=(1.0,))
t.start()
print("main runs while the worker sleeps:", t.is_alive())
t.join()
print("joined:", t.is_alive())
