"""Write Taipan's Unicode character database from the build-time oracle.

Run by the object-model build with the CPython 3.11 oracle (see object-model/pom.xml):

    python3.11 make_unicode_db.py OUTDIR [CANDIDATE_NAMES_FILE ...]

Every fact written is what the oracle's own ``unicodedata`` module and ``str`` methods answer,
code point by code point, so Taipan's answers are CPython 3.11's (Unicode 14.0.0), whatever
Unicode version the JVM carries. Two gzip'd text files are written into OUTDIR:

``ucd.txt.gz`` -- properties. Sections start with a line ``@name``:

* ``@version``: the Unicode version.
* ``@records``: distinct property records, one a line, fields split by ``;``: category,
  bidirectional, combining, east_asian_width, mirrored, decimal, digit (-1 when none), numeric
  (``repr`` of the float, empty when none), flags (hex, the ``FLAG_*`` bits below), then the
  upper, lower, title and casefold mappings, each ``+N``/``-N`` (one code point, as a
  difference from the code point itself) or ``=hex hex ...`` (several code points).
* ``@runs``: ``start record`` (hex start code point, decimal record index): the record holds
  from start to the next run's start.
* ``@decomp``: ``cp;decomposition`` as ``unicodedata.decomposition`` spells it.
* ``@composite``: code points that canonical composition (NFC) produces: those with a
  canonical decomposition that NFC leaves alone.
* ``@ucd320``: ``first last;category;bidirectional;east_asian_width;mirrored;decimal;digit;numeric;
  combining;decomposition``, for runs of code points where ``ucd_3_2_0`` answers differently.

``names.txt.gz`` -- names:

* ``@names``: ``cp;name``, code point order; algorithmic names are left out.
* ``@ranges``: ``first last prefix``: the name is prefix followed by the hex code point.
* ``@aliases``: ``name;cp`` (names ``lookup`` and ``\\N{}`` accept besides the name).
* ``@sequences``: ``name;cp cp ...`` (named sequences, ``lookup`` only).

Hangul syllables are named by the algorithm of the Unicode standard (chapter 3.12) at run
time, so they appear in neither list.

Aliases and named sequences cannot be listed through the oracle's API; candidate names are read
from the files given after OUTDIR (glob patterns; Perl's ``unicore/Name.pl`` format: a hex code point line,
or several, then a name line) and each is kept only when the oracle's ``lookup`` agrees.
"""

import glob
import gzip
import os
import sys
import unicodedata

ucd32 = unicodedata.ucd_3_2_0

FLAG_ALPHA = 0x1
FLAG_DECIMAL = 0x2
FLAG_DIGIT = 0x4
FLAG_NUMERIC = 0x8
FLAG_SPACE = 0x10
FLAG_PRINTABLE = 0x20
FLAG_LOWER = 0x40
FLAG_UPPER = 0x80
FLAG_TITLE = 0x100
FLAG_CASED = 0x200
FLAG_CASE_IGNORABLE = 0x400
FLAG_ID_START = 0x800
FLAG_ID_CONTINUE = 0x1000
FLAG_LINEBREAK = 0x2000

CAPITAL_SIGMA = '\u03a3'
FINAL_SIGMA = '\u03c2'


def mapping(cp, s):
    if len(s) == 1:
        d = ord(s) - cp
        return ('+%d' % d) if d >= 0 else ('%d' % d)
    return '=' + ' '.join('%x' % ord(x) for x in s)


def numeric_str(v):
    return '' if v is None else repr(v)


def flags_of(c):
    f = 0
    if c.isalpha():
        f |= FLAG_ALPHA
    if c.isdecimal():
        f |= FLAG_DECIMAL
    if c.isdigit():
        f |= FLAG_DIGIT
    if c.isnumeric():
        f |= FLAG_NUMERIC
    if c.isspace():
        f |= FLAG_SPACE
    if c.isprintable():
        f |= FLAG_PRINTABLE
    if c.islower():
        f |= FLAG_LOWER
    if c.isupper():
        f |= FLAG_UPPER
    if unicodedata.category(c) == 'Lt':
        f |= FLAG_TITLE
    # Cased: title() lowers what follows a cased character.
    cased = (c + 'a').title()[-1] == 'a'
    if cased:
        f |= FLAG_CASED
    # Case-ignorable, as the final-sigma rule of lower() sees it: skipped when looking back.
    if cased:
        ignorable = (c + CAPITAL_SIGMA).lower()[-1] != FINAL_SIGMA
    else:
        ignorable = ('A' + c + CAPITAL_SIGMA).lower()[-1] == FINAL_SIGMA
    if ignorable:
        f |= FLAG_CASE_IGNORABLE
    if c.isidentifier():
        f |= FLAG_ID_START
    if ('a' + c).isidentifier():
        f |= FLAG_ID_CONTINUE
    if len(('a' + c + 'a').splitlines()) > 1:
        f |= FLAG_LINEBREAK
    return f


def record_of(cp):
    c = chr(cp)
    return ';'.join((
        unicodedata.category(c),
        unicodedata.bidirectional(c),
        str(unicodedata.combining(c)),
        unicodedata.east_asian_width(c),
        str(unicodedata.mirrored(c)),
        str(unicodedata.decimal(c, -1)),
        str(unicodedata.digit(c, -1)),
        numeric_str(unicodedata.numeric(c, None)),
        '%x' % flags_of(c),
        mapping(cp, c.upper()),
        mapping(cp, c.lower()),
        mapping(cp, c.title()),
        mapping(cp, c.casefold()),
    ))


def props32(db, c):
    return ';'.join((
        db.category(c),
        db.bidirectional(c),
        db.east_asian_width(c),
        str(db.mirrored(c)),
        str(db.decimal(c, -1)),
        str(db.digit(c, -1)),
        numeric_str(db.numeric(c, None)),
        str(db.combining(c)),
        db.decomposition(c),
    ))


def write_props(out):
    records = {}
    record_list = []
    runs = []
    decomp = []
    composite = []
    delta32 = []
    prev = None
    for cp in range(0x110000):
        rec = record_of(cp)
        idx = records.get(rec)
        if idx is None:
            idx = records[rec] = len(record_list)
            record_list.append(rec)
        if idx != prev:
            runs.append('%x %d' % (cp, idx))
            prev = idx
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if d:
            decomp.append('%x;%s' % (cp, d))
            if not d.startswith('<') and unicodedata.normalize('NFC', c) == c:
                composite.append('%x' % cp)
        p14 = props32(unicodedata, c)
        p32 = props32(ucd32, c)
        if p14 != p32:
            last = delta32[-1] if delta32 else None
            if last and last[1] == cp - 1 and last[2] == p32:
                last[1] = cp
            else:
                delta32.append([cp, cp, p32])
    lines = ['@version', unicodedata.unidata_version, '@records']
    lines += record_list
    lines.append('@runs')
    lines += runs
    lines.append('@decomp')
    lines += decomp
    lines.append('@composite')
    lines += composite
    lines.append('@ucd320')
    lines += ['%x %x;%s' % (first, last, p) for first, last, p in delta32]
    write(out, 'ucd.txt.gz', lines)


def is_hangul_syllable(cp):
    return 0xAC00 <= cp <= 0xD7A3


def candidate_names(paths):
    """(code points, name) pairs read from Name.pl-style files."""
    for path in sorted(p for pattern in paths for p in glob.glob(pattern)):
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        lines = text.split('\n')
        i = 0
        while i + 1 < len(lines):
            cps, name = lines[i].strip(), lines[i + 1].strip()
            try:
                seq = [int(x, 16) for x in cps.split()]
            except ValueError:
                i += 1
                continue
            if seq and name and all(0 <= x < 0x110000 for x in seq):
                yield seq, name
                i += 2
            else:
                i += 1


def write_names(out, candidate_files):
    names = []
    ranges = []
    current = None  # [first, last, prefix]
    for cp in range(0x110000):
        if is_hangul_syllable(cp):
            continue
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        h = '%04X' % cp
        if n.endswith('-' + h):
            prefix = n[:-len(h)]
            if current and current[2] == prefix and current[1] == cp - 1:
                current[1] = cp
            else:
                current = [cp, cp, prefix]
                ranges.append(current)
            continue
        names.append('%x;%s' % (cp, n))
    # Single-member "ranges" are ordinary names.
    kept = []
    for first, last, prefix in ranges:
        if first == last:
            names.append('%x;%s%04X' % (first, prefix, first))
        else:
            kept.append('%x %x %s' % (first, last, prefix))
    names.sort(key=lambda s: int(s.split(';', 1)[0], 16))
    aliases = {}
    sequences = {}
    for seq, name in candidate_names(candidate_files):
        try:
            got = unicodedata.lookup(name)
        except KeyError:
            continue
        if got != ''.join(map(chr, seq)):
            continue
        if len(seq) == 1:
            if unicodedata.name(got, None) != name:
                aliases[name] = seq[0]
        else:
            sequences[name] = seq
    lines = ['@names'] + names + ['@ranges'] + kept + ['@aliases']
    lines += ['%s;%x' % (n, cp) for n, cp in sorted(aliases.items(), key=lambda kv: (kv[1], kv[0]))]
    lines.append('@sequences')
    lines += ['%s;%s' % (n, ' '.join('%x' % x for x in seq)) for n, seq in sorted(sequences.items())]
    write(out, 'names.txt.gz', lines)


def write(out, filename, lines):
    data = ('\n'.join(lines) + '\n').encode('ascii')
    # mtime=0: the same facts give the same bytes.
    with open(os.path.join(out, filename), 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', compresslevel=9, mtime=0) as g:
            g.write(data)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write_names(out, sys.argv[2:])
    write_props(out)


if __name__ == '__main__':
    main()
