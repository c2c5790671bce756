# sys.stdin, sys.stdout and sys.stderr are _io objects: text over buffered over a raw stream
# (stdout and stderr are raw only under -u or PYTHONUNBUFFERED, which this leaves out)
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(type(s).__name__, isinstance(s, io.TextIOWrapper), s.name, s.mode, s.encoding)
    print(' ', s.buffer.name, s.readable(), s.writable(), s.closed, s.isatty(), repr(s.newlines))
    raw = getattr(s.buffer, 'raw', s.buffer)
    print(' ', hasattr(raw, 'readinto'), raw.name, raw.readable(), raw.writable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout.write('written\n'))
print(sys.stdout.buffer.write(b''))
print(sys.stdin.read(), sys.stdin.readline() == '')
with sys.stdin as f:
    print(f is sys.stdin)
print(sys.stdin.closed)
try:
    sys.stdin.read()
except ValueError as e:
    print('ValueError', e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
