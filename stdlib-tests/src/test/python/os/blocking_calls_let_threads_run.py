# Blocking os calls (read, write, waitpid) let other Python threads run meanwhile, as CPython's
# release the GIL: a thread blocked in os.read on an empty pipe must not stop the main thread
# from writing to it.
import os
import subprocess
import threading

r, w = os.pipe()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 10)))
reader.start()
reader.join(0.2)
print("reader still waiting:", reader.is_alive())
os.write(w, b"hello")
reader.join(10)
print("read:", got, "reader alive:", reader.is_alive())
os.close(r)
os.close(w)

# A thread waiting for a child process does not block the main thread either.
child = subprocess.Popen(["/bin/sh", "-c", "cat > /dev/null"], stdin=subprocess.PIPE)
status = []
waiter = threading.Thread(target=lambda: status.append(os.waitpid(child.pid, 0)[1]))
waiter.start()
waiter.join(0.2)
print("waiter still waiting:", waiter.is_alive())
child.stdin.close()
waiter.join(30)
print("exit status:", status, "waiter alive:", waiter.is_alive())
