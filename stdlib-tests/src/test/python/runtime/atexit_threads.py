# The interpreter waits for non-daemon threads before it runs the atexit callbacks.
import atexit
import threading

done = threading.Event()


def work():
    done.wait(0.3)
    print("thread finished")


atexit.register(lambda: print("callback; thread alive:", t.is_alive()))
t = threading.Thread(target=work)
t.start()
print("main finished")
