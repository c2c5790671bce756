from _collections import deque, defaultdict, _count_elements, _tuplegetter
d=deque([1,2,3])
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d.index(9), lambda: d.remove(9), lambda: deque([1],1).insert(0,2),
          lambda: deque(maxlen=-1), lambda: d['a'], lambda: d[10], lambda: d+[1], lambda: deque(1,2,3), lambda: deque(x=1), lambda: d.rotate('a'),
          lambda: d.index(1, 'a'), lambda: d*'a', lambda: deque(maxlen='a'), lambda: d[1:2], lambda: d.__setitem__(10,1), lambda: d.__delitem__(10), lambda: d.__reduce__()[:3],
          lambda: deque([1,2],maxlen=2).__reduce__()[:3], lambda: repr(deque([1,2],maxlen=2)), lambda: d.maxlen, lambda: deque(maxlen=2**80)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class D(deque): pass
x=D([1]); x.append(x); print(repr(x), x.__reduce__()[0])
it = iter(d); d.append(4)
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(iter(d).__reduce__()[0], reversed(d).__reduce__(), iter(d).__length_hint__())
print(type(iter(d)), type(reversed(d)))
d=deque(range(10), 5); print(d); d.rotate(2); print(d); d.rotate(-3); print(d, list(reversed(d)), d[0], d[-1], 3 in d, 100 in d)
d.extendleft([9,8]); print(d); d.insert(1, 'x'); print(d) if len(d)<5 else print(len(d))
e=deque([1,2,3]); e.insert(1,'x'); e.insert(-1,'y'); e.insert(100,'z'); print(e); del e[0]; print(e); e.remove('y'); print(e); e.reverse(); print(e)
print(e*2, 2*e, e+e, e==deque(e), e<deque([100]), deque([1,2])<deque([1,2,3]), e.count('x'), e.copy(), e.__copy__())
e*=0; print(e, bool(e), len(e))
print(deque[int], deque.__module__, defaultdict.__module__)
dd=defaultdict(list); dd[1].append(2); print(repr(dd), dd.__reduce__()[:4], dd.copy(), dd | {3:4}, {3:4}|dd, isinstance(dd, dict))
for f in [lambda: defaultdict(1), lambda: defaultdict()[1], lambda: defaultdict(None, {1:2}, a=3)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
dd2=defaultdict(); dd2.default_factory=dd2; print(repr(dd2))
class X(defaultdict): pass
print(repr(X(int)), X(int).__reduce__()[:2], X(int)['q'])
c={}; _count_elements(c, 'abracadabra'); print(c)
class P(tuple):
    a=_tuplegetter(0,'doc a'); b=_tuplegetter(1,None)
p=P((5,6)); print(p.a, p.b, P.a.__doc__, P.a.__reduce__())
try: p.a=1
except AttributeError as e: print(e)
print(deque([1,2,3],maxlen=2).maxlen, deque([[1]]) == deque([[1]]))
