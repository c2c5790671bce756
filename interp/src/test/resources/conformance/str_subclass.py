class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, repr(n), n.shout(), n + "x", n * 2, len(n), n[0], n[1:], n == "ada", "d" in n, isinstance(n, str))
print(n.capitalize(), f"{n}", "%s" % n, str(n), type(str(n)).__name__, type(n).__name__, {n: 1}["ada"], sorted([Name("b"), "a"]))
class Tag(str):
    def __new__(cls, value, kind):
        obj = super().__new__(cls, value.lower())
        obj.kind = kind
        return obj
    def __repr__(self):
        return f"Tag({str(self)!r}, {self.kind!r})"
t = Tag("HTML", "markup")
print(t, repr(t), t.kind, t.split("t"), "-".join([t, t]), t.startswith("ht"), hash(t) == hash("html"))
