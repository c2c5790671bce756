# unicodedata (Unicode 14.0.0) and the str methods that share its data.
import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)

# Characters the JVM's Unicode 13 does not know, and a few old ones.
samples = ['a', 'A', '\u01c5', '\u00b2', '\u0660', '\u2155', '\u0345', '\u02b0', '\u03a3',
           '\u0130', '\u00df', '\ufb03', '\u1e9e', '\uac00', '\u4e00', '\U0001f600',
           '\U0001faf0', '\u0d81', '\U00011f00', '\U0002a6d6', '\ud800', '\ue000', '\x00',
           '\u2028', '\u3000', '\U000e0001', '\U0001d7ce', '\u0f3a']
for c in samples:
    print(hex(ord(c)), u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), u.decomposition(c), u.decimal(c, None),
          u.digit(c, None), u.numeric(c, None))
    print('  3.2:', u.ucd_3_2_0.category(c), u.ucd_3_2_0.bidirectional(c),
          u.ucd_3_2_0.east_asian_width(c), u.ucd_3_2_0.mirrored(c), u.ucd_3_2_0.name(c, None))
    print('  str:', c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
          c.isprintable(), c.islower(), c.isupper(), c.istitle(), c.isidentifier(),
          ascii(c.upper()), ascii(c.lower()), ascii(c.title()), ascii(c.casefold()),
          ascii(c.swapcase()), ascii(c.capitalize()))

# Final sigma, multi-character mappings, title case.
for s in ['\u039f\u0394\u039f\u03a3', '\u03a3', 'A\u03a3', 'A\u03a3b', 'A\u0345\u03a3',
          'stra\u00dfe', '\ufb01sh \u01c6ungla', 'hello world', '\u0130stanbul']:
    print(ascii(s.lower()), ascii(s.upper()), ascii(s.title()), ascii(s.casefold()),
          ascii(s.swapcase()), ascii(s.capitalize()), s.istitle(), s.isupper(), s.islower())

# Names, aliases, named sequences, algorithmic names.
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG',
          'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-04E00', 'NULL', 'LINE FEED',
          'LATIN CAPITAL LETTER GHA', 'LATIN SMALL LETTER A WITH MACRON AND GRAVE',
          'TANGUT IDEOGRAPH-17000', 'hangul syllable ga', 'cjk unified ideograph-4e00',
          'NUSHU CHARACTER-1B170', 'nushu character-1b170', 'no such thing', 'x' * 257]:
    try:
        print(ascii(n[:40]), ascii(u.lookup(n)))
    except KeyError as e:
        print(ascii(n[:40]), 'KeyError', e)
print(ascii('\N{LATIN SMALL LETTER A WITH GRAVE}\N{null}\N{EM DASH}'))
print(b'\\N{EM DASH}\\N{latin capital letter gha}'.decode('unicode_escape') == '\u2014\u01a2')
print('a\u2014\U0001faf0\ue000'.encode('ascii', 'namereplace'))

# Normalization.
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['\u1e9b\u0323', '\uac00\u11a8', '\u1100\u1161\u11a8', 'e\u0301\u0327',
              '\u2126', '\u0344', '\ufb01', '\u00c5\u0327', '\u0f73', 'abc']:
        r = u.normalize(form, s)
        print(form, ascii(s), ascii(r), u.is_normalized(form, s))

# Errors.
for f in [lambda: u.category('ab'), lambda: u.name('ab'), lambda: u.name('\x00'),
          lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'),
          lambda: u.normalize('X', 'a'), lambda: u.normalize(1, 'a'),
          lambda: u.normalize('NFC', 1), lambda: u.mirrored(1), lambda: u.UCD(),
          lambda: u.ucd_3_2_0.lookup('GRINNING FACE'), lambda: u.ucd_3_2_0.name('\U0001f600')]:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
