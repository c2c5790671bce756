a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7); a.extend([8, 9]); a.insert(0, 0)
print(a, a.count(1), a.index(4))
print(a.pop(), a.pop(0), a)
a.remove(1); print(a)
b = sorted(a); a.sort(reverse=True); print(a, b)
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], reverse=True))
a[1:3] = [100, 200, 300]; print(a)
del a[0]; del a[::2]; print(a)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 3 in [1, 2, 3], [1, 2] == [1, 2], [1, 2] < [1, 3])
m = [[1, 2], [3, 4]]
m[0][1] = 20
print(m, list(range(5)), list(range(10, 0, -3)), list(range(0)))
c = a.copy(); c.reverse(); print(c, a)
c.clear(); print(c, bool(c), bool([0]))
print(list(enumerate("ab")), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
x = [1, 2, 3]
x += [4]
x *= 2
print(x, min(x), max(x), sum(x), any(x), all([]), any([]))
l = [5, 3]; l2 = l; l2.append(1); print(l is l2, l)
print([i * j for i in range(3) for j in range(3) if i != j])
