"""reversed() over __len__/__getitem__ (Objects/enumobject.c): an IndexError or StopIteration from
__getitem__ ends it, it drops the sequence once exhausted, and it pickles through __reduce__ and
__setstate__ (clamped to the sequence), with __length_hint__."""
import pickle
class Seq:
  def __len__(self): return 3
  def __getitem__(self, i): return i*10
r = reversed(Seq()); print(type(r.__reduce__()[1][0]).__name__, r.__reduce__()[2], r.__length_hint__()); next(r); print(r.__reduce__()[2]); r.__setstate__(0); print(list(r), r.__reduce__(), r.__length_hint__())
r = reversed(Seq()); r.__setstate__(10); print(list(r)); r=reversed(Seq()); r.__setstate__(-3); print(list(r))
class Short:
  def __len__(self): return 5
  def __getitem__(self, i):
    if i > 2: raise IndexError(i)
    return i
r = reversed(Short()); print(list(r), r.__length_hint__())
r = reversed('abc'); print(list(pickle.loads(pickle.dumps(r))))
r = reversed(range(3)); print(type(r).__name__)
class Bad:
  def __len__(self): return 2
  def __getitem__(self, i): raise KeyError(i)
try: list(reversed(Bad()))
except KeyError as e: print('KeyError', e)
