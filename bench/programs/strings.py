"""Strings: building text with str.join and f-strings, %-formatting and str.format, splitting
lines and fields, stripping, case changes, replace, find and startswith, then parsing the text
back; the checksum is the text's length and a fold of its characters.  Written for Taipan's
bench/."""

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
CITIES = ["Oslo", "Lima", "Kyiv", "Rome", "Pune", "Cork", "Bern", "Nice"]


def make_records(n):
    lines = []
    for i in range(n):
        name = NAMES[i % 8]
        city = CITIES[(i * 3) % 8]
        amount = (i * 7919) % 100000 / 100
        lines.append(f"{i:06d};{name.title()};{city.upper()};{amount:.2f};  note {i % 13}  ")
    return "\n".join(lines)


def report(text):
    totals = {}
    out = []
    for line in text.split("\n"):
        ident, name, city, amount, note = line.split(";")
        note = note.strip()
        if not note.startswith("note"):
            raise ValueError(line)
        key = "%s/%s" % (name.lower(), city.capitalize())
        totals[key] = totals.get(key, 0.0) + float(amount)
        if int(note[5:]) == 7:
            out.append("{0}: {1} in {2} paid {3}".format(int(ident), name, city, amount))
    summary = ["%-20s %12.2f" % (k, v) for k, v in sorted(totals.items())]
    return out, summary


def transform(text):
    pieces = []
    for word in text.replace(";", " ").split():
        if word.isdigit():
            pieces.append(word.lstrip("0") or "0")
        elif word.isupper():
            pieces.append(word[::-1].lower())
        else:
            pieces.append(word.swapcase())
    joined = " ".join(pieces)
    return joined.count("note") + joined.find("zzz") + len(joined.partition("Echo")[2])


def run(n):
    text = make_records(n)
    lines, summary = report(text)
    t = transform(text)
    folded = 0
    for piece in (lines[-1], summary[0], summary[-1]):
        for ch in piece:
            folded = (folded * 131 + ord(ch)) % 1000000007
    return len(text), len(lines), t, folded, summary[-1].split()[-1]


if __name__ == "__main__":
    import _harness
    _harness.main(run, 250000, 2000)
