import itertools as I
for f in [lambda: I.count('a'), lambda: I.count(1,'a'), lambda: I.cycle(x=1), lambda: I.repeat(), lambda: I.islice([],-1), lambda: I.islice([],1,2,0), lambda: I.islice([],'a',2),
 lambda: I.islice([]), lambda: I.islice([],1,2,3,4), lambda: I.chain(x=1), lambda: I.compress([]), lambda: I.permutations([], -1), lambda: I.combinations([]), lambda: I.combinations([],-1),
 lambda: I.product([], x=1), lambda: I.product([], repeat=-1), lambda: I.zip_longest(x=1), lambda: I.tee([], -1), lambda: I.groupby(), lambda: I.accumulate([], x=1), lambda: I.starmap(), lambda: I.pairwise(),
 lambda: I.repeat(1).__length_hint__(), lambda: next(I.starmap(len, [1])), lambda: I.dropwhile(None), lambda: I.takewhile(None,[], 3),lambda: I.filterfalse(None),
 lambda: I.count(2**70, 2**70), lambda: I.count(0.5, 1), lambda: I.count(1, 1.0), lambda: I.repeat(1,-3), lambda: I.repeat(1,3), lambda: I.repeat(times=3, object=1), lambda: list(I.accumulate([1,2],initial=3)),
 lambda: list(I.islice(range(10), 2, None, 3)), lambda: list(I.chain.from_iterable([[1],[2,3]])), lambda: I.count(), lambda: I.count(1,1), lambda: I.count(x=1), lambda: I.permutations([1],'a'), lambda: I.combinations([1], 'a'),
 lambda: I.combinations_with_replacement([1],-1), lambda: I.tee(1), lambda: I.tee([], 'a'), lambda: I.islice([], 2**70), lambda: list(I.islice(range(5), None, None, None)),lambda: I.product(1),
 lambda: I.count(3).__reduce__(), lambda: I.repeat('a', 2).__reduce__()]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(list(I.product('ab', range(3))), list(I.product([1,2], repeat=2)), list(I.product()), list(I.product([], [1])))
print(list(I.permutations(range(3))), list(I.permutations('abcd', 2)), list(I.permutations([], 0)), list(I.permutations([1], 2)))
print(list(I.combinations('abcd', 2)), list(I.combinations(range(4), 0)), list(I.combinations('ab', 3)))
print(list(I.combinations_with_replacement('abc', 2)), list(I.combinations_with_replacement('', 0)), list(I.combinations_with_replacement('', 1)))
print([(k, list(g)) for k, g in I.groupby('aaabbcaa')], [(k, list(g)) for k, g in I.groupby(range(10), lambda x: x//3)])
gs = list(I.groupby('aabb')); print([list(g) for k,g in gs])
a, b, c = I.tee(iter(range(200)), 3); print(list(a)[-3:], next(b), list(I.islice(c, 100, 103)), list(b)[:2], type(a).__name__)
print(list(I.zip_longest('abc', [1], fillvalue='-')), list(I.zip_longest()), list(I.pairwise('abcd')), list(I.pairwise('a')))
print(list(I.islice(I.count(), 5)), list(I.islice(I.cycle('ab'), 5)), list(I.takewhile(lambda x: x<3, range(10))), list(I.dropwhile(lambda x: x<3, range(6))))
print(list(I.filterfalse(None, [0,1,0,2])), list(I.compress('abcdef', [1,0,1,0,1,1])), list(I.starmap(pow, [(2,3),(3,2)])), list(I.accumulate([1,2,3,4], lambda a,b:a*b)))
print(list(I.islice('abcdefg', 2)), list(I.islice('abcdefg', 2, 4)), list(I.islice('abcdefg', 2, None)), list(I.islice('abcdefg', 0, None, 2)))
print(I.count(1.5, 0.5), next(I.count(2**64)), I.repeat(None), type(I.count()).__module__, I.count.__name__)
class C(I.chain): pass
print(type(C([1])).__name__, list(C([1],[2])))
print(list(I.chain('ab', [1])), I.tee([1], 0))
