"""Regular expressions: parsing generated web-server log lines with a compiled verbose pattern and
named groups, findall and finditer over text, sub with a function, split on alternations,
fullmatch validation of identifiers and e-mail-like strings, case-insensitive search.  Written for
Taipan's bench/."""
import re

LINE = re.compile(r"""
    (?P<host>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\w+|-)\s+
    \[(?P<day>\d\d)/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>[\d:]+)\]\s+
    "(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>/[^\s"]*)\s+HTTP/1\.[01]"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
""", re.VERBOSE)
WORD = re.compile(r"\b[a-z]+(?:'[a-z]+)?\b", re.IGNORECASE)
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
MAIL = re.compile(r"[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}")
SEPARATORS = re.compile(r"\s*(?:,|;|\band\b)\s*")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
METHODS = ["GET", "POST", "PUT", "DELETE"]


def log_lines(n):
    lines = []
    for i in range(n):
        user = "-" if i % 4 == 0 else "user%d" % (i % 37)
        size = "-" if i % 9 == 0 else str(i * 37 % 50000)
        lines.append('10.%d.%d.%d - %s [%02d/%s/2023:%02d:%02d:%02d] "%s /api/v%d/items/%d?q=%d HTTP/1.1" %d %s'
                     % (i % 256, i * 7 % 256, i * 13 % 256, user, i % 28 + 1, MONTHS[i % 12],
                        i % 24, i % 60, i * 7 % 60, METHODS[i % 4], i % 3 + 1, i, i % 10,
                        (200, 404, 500, 301)[i % 4], size))
    return lines


def analyse(lines):
    status = {}
    bytes_sent = 0
    paths = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            raise ValueError(line)
        status[m.group("status")] = status.get(m.group("status"), 0) + 1
        if m.group("size") != "-":
            bytes_sent += int(m.group("size"))
        paths += len(m.group("path"))
    return sorted(status.items()), bytes_sent, paths


def text_work(n):
    prose = ("It's the numbers 12, -7.5 and 300; contact alice.smith+tag@example.co.uk or "
             "bob@mail.example.org, and don't forget x_1, y2 and 3z. ") * n
    words = WORD.findall(prose)
    numbers = sum(float(m.group()) for m in NUMBER.finditer(prose))
    mails = MAIL.findall(prose)
    pieces = SEPARATORS.split(prose)
    shouted = re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), prose[:2000])
    idents = sum(1 for w in prose.split() if IDENT.fullmatch(w.strip(".,;")))
    found = len(re.findall(r"CONTACT|FORGET", prose, flags=re.IGNORECASE))
    return len(words), numbers, len(mails), len(pieces), shouted[:60], idents, found


def run(n):
    return analyse(log_lines(n)), text_work(n // 5)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 60000, 300)
