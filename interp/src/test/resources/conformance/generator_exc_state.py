# A generator's exception state is its own: a handler inside it saves none of its caller's,
# and outside its handlers sys.exc_info() shows what the current caller handles.
import sys
def g():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print(sys.exc_info())
    yield 2
    try:
        raise KeyError
    except KeyError:
        print('inner', sys.exc_info()[0])
    print('after', sys.exc_info()[0])
    yield 3
gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))
try:
    raise TypeError
except TypeError:
    print(next(gen))
