text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick end to a quick story."""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
for word, count in top:
    print(f"{word:<8}{'#' * count} ({count})")
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len))
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"]])
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
for name, qty, price in table:
    if isinstance(qty, int):
        print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>8.2f}")
    else:
        print(f"{name:<10}|{qty:>5}|{price:>8}|{'Total':>8}")
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
rows = [line.split(",") for line in csv.split("\n")]
header, *records = rows
parsed = [dict(zip(header, r)) for r in records]
print(parsed)
print(sum(int(r["score"]) for r in parsed) / len(parsed))
print(" ".join(w.capitalize() for w in "make each word capital".split()), "snake_case_name".split("_"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "x".join(["1", "2"]), "abc".translate({ord("a"): "A", ord("b"): None}))
