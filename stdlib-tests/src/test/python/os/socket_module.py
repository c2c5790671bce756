# socket over _socket: socketpair, TCP with a thread client, UDP, AF_UNIX, timeouts, errors,
# name resolution and address conversions, compared with CPython
import os, select, socket, threading


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None))
    else:
        print(repr(r))


# socketpair round trip; the descriptors are real (select, os.read/os.write)
a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.gettimeout(), a.getblocking())
a.sendall(b'hello')
print(b.recv(10))
os.write(a.fileno(), b'raw')
print(select.select([b], [], [], 1)[0] == [b], os.read(b.fileno(), 10))
buf = bytearray(8)
a.send(b'into')
print(b.recv_into(buf), buf)
a.send(b'abc')
print(b.recv_into(memoryview(buf)[2:], 2), buf)
f = b.makefile('rb')
a.sendall(b'line1\nline2\n')
print(f.readline(), f.readline())
f.close()
c = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
a.send(b'dup')
print(c.recv(3), c.fileno() != b.fileno())
c.close()
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
b.close()
print(a.fileno(), repr(a)[:20], a._closed)
show(lambda: a.recv(1))

# TCP server on an ephemeral port, client in a thread
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(len(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)))
srv.bind(('127.0.0.1', 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536)
got = []


def client():
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(b'ping' * 1000)
        s.shutdown(socket.SHUT_WR)
        data = b''
        while chunk := s.recv(1000):
            data += chunk
        got.append(data)


t = threading.Thread(target=client)
t.start()
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr == conn.getpeername(), conn.getsockname() == (host, port))
print(conn.family, conn.type, conn.gettimeout())
data = b''
while chunk := conn.recv(777):
    data += chunk
print(len(data))
conn.sendall(data.upper())
conn.close()
t.join()
print(got[0][:8], len(got[0]))

# timeouts: accept, recv and connect
srv.settimeout(0.05)
print(srv.gettimeout(), srv.timeout, srv.getblocking())
show(srv.accept)
srv.setblocking(False)
print(srv.gettimeout())
show(srv.accept)
srv.close()
s = socket.socket()
show(lambda: s.connect(('127.0.0.1', port)))
print(s.connect_ex(('127.0.0.1', port)))
s.close()
a, b = socket.socketpair()
a.settimeout(0.05)
show(lambda: a.recv(1))
print(socket.timeout is TimeoutError, socket.error is OSError)
a.close()
b.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
socket.setdefaulttimeout(None)
show(lambda: socket.setdefaulttimeout(-1))
show(lambda: socket.socket().settimeout('x'))

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2.bind(('127.0.0.1', 0))
u2.sendto(b'datagram', u1.getsockname())
msg, frm = u1.recvfrom(100)
print(msg, frm == u2.getsockname())
u1.sendto(b'back', 0, frm)
buf = bytearray(10)
n, frm2 = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm2 == u1.getsockname())
u1.close()
u2.close()

# AF_UNIX in a fresh directory
d = '/tmp/taipan-socket-%d' % os.getpid()
os.mkdir(d)
path = d + '/sock'
us = socket.socket(socket.AF_UNIX)
print(repr(us.getsockname()))
us.bind(path)
us.listen(1)
print(us.getsockname() == path, os.path.exists(path))
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
uconn, uaddr = us.accept()
print(repr(uaddr), uc.getpeername() == path)
uc.sendall(b'unix')
print(uconn.recv(10))
for x in (uc, uconn, us):
    x.close()
os.unlink(path)
os.rmdir(d)
show(lambda: socket.socket(socket.AF_UNIX).connect(d + '/nothing'))
show(lambda: socket.socket(socket.AF_UNIX).bind('x' * 200))
ab = socket.socket(socket.AF_UNIX)
ab.bind(b'\0taipan-abstract-%d' % os.getpid())
print(ab.getsockname()[:16])
ab.close()

# IPv6
s6 = socket.socket(socket.AF_INET6)
s6.bind(('::1', 0))
h6 = s6.getsockname()
print(h6[0], len(h6), h6[2:])
s6.close()

# address errors
s = socket.socket()
show(lambda: s.bind('x'))
show(lambda: s.bind(('x',)))
show(lambda: s.bind(('127.0.0.1', 70000)))
show(lambda: s.bind(('127.0.0.1', 'a')))
show(lambda: s.bind((1, 1)))
show(lambda: s.bind(('nonexistent.invalid', 1)))
show(lambda: s.getpeername())
show(lambda: s.send('x'))
show(lambda: s.recv(-1))
show(lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
show(lambda: s.setsockopt(socket.SOL_SOCKET, 9999, 1))
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 'x'))
show(lambda: s.recv_into(b'xx'))
show(lambda: s.sendto(b'x'))
s.close()
show(lambda: socket.socket(fileno=-5))
show(lambda: socket.socket(12345))
r, w = os.pipe()
show(lambda: socket.socket(fileno=r))
os.close(r)
os.close(w)

# resolution
print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 'http', type=socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', b'53', type=socket.SOCK_DGRAM))
print(socket.getaddrinfo('::1', 80, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 80, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', 80, flags=socket.AI_CANONNAME, type=1))
show(lambda: socket.getaddrinfo('nonexistent.invalid', 80))
show(lambda: socket.getaddrinfo('localhost', 'nosuchservice'))
show(lambda: socket.getaddrinfo(1, 80))
show(lambda: socket.getaddrinfo('localhost', 1.5))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('127.0.0.1', 80), 0))
show(lambda: socket.getnameinfo(('127.0.0.1', 80, 1), 0))
show(lambda: socket.getnameinfo(['127.0.0.1', 80], 0))
print(socket.gethostbyname('localhost'), socket.gethostbyname(''), socket.gethostbyname('<broadcast>'))
print(socket.gethostbyname_ex('localhost'))
print(socket.gethostbyaddr('127.0.0.1'))
show(lambda: socket.gethostbyname('nonexistent.invalid'))
show(lambda: socket.gethostbyaddr('10.255.255.1'))
print(socket.gethostname() == os.uname().nodename)
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(80), socket.getprotobyname('udp'))
show(lambda: socket.getservbyname('nosuch'))

# conversions
print(socket.inet_aton('1.2.3.4'), socket.inet_aton('1.2.3'), socket.inet_ntoa(b'\x7f\0\0\1'))
print(socket.inet_pton(socket.AF_INET6, '::ffff:1.2.3.4'), socket.inet_pton(socket.AF_INET, '10.0.0.1'))
print(socket.inet_ntop(socket.AF_INET6, b'\0' * 15 + b'\1'), socket.inet_ntop(socket.AF_INET, b'\1\2\3\4'))
for bad in [lambda: socket.inet_aton('1.2.3.4.5'), lambda: socket.inet_aton(b'1.2.3.4'),
            lambda: socket.inet_ntoa(b'123'), lambda: socket.inet_pton(socket.AF_INET, '1.2.3'),
            lambda: socket.inet_pton(99, 'x'), lambda: socket.inet_ntop(socket.AF_INET6, b'12'),
            lambda: socket.inet_ntop(99, b'1234')]:
    show(bad)
print(socket.htons(1), socket.ntohs(0x1234), socket.htonl(1), socket.ntohl(0x01020304))
show(lambda: socket.htons(-1))
show(lambda: socket.htons(70000))
show(lambda: socket.htonl(2 ** 32))
show(lambda: socket.htonl(-1))
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.has_ipv6)
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(socket.SOMAXCONN, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SO_KEEPALIVE, socket.MSG_PEEK)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.herror.__mro__[1], socket.gaierror.__module__)
import _socket
print(len([n for n in dir(_socket) if type(getattr(_socket, n)) is int]))
print(sum(getattr(_socket, n) for n in dir(_socket) if type(getattr(_socket, n)) is int))

# sendmsg/recvmsg with descriptors passed as SCM_RIGHTS (socket.send_fds/recv_fds)
import array
a, b = socket.socketpair()
print(a.sendmsg([b'ab', b'cd']), b.recvmsg(10))
show(lambda: a.sendmsg(5))
show(lambda: a.sendmsg([b'x'], [(1, 2)]))
show(lambda: b.recvmsg(-1))
show(lambda: b.recvmsg(10, -1))
r, w = os.pipe()
a.sendmsg([b'F'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array('i', [r, w]))])
msg, anc, fl, addr = b.recvmsg(10, socket.CMSG_SPACE(8))
print(msg, [(l, ty, len(d)) for l, ty, d in anc], fl, addr)
fds = array.array('i', anc[0][2])
os.write(fds[1], b'through a passed descriptor')
print(os.read(r, 100))
a.sendmsg([b'G'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array('i', [r, w]))])
msg, anc, fl, addr = b.recvmsg(10, socket.CMSG_LEN(4))
print(msg, [(l, ty, len(d)) for l, ty, d in anc], fl == socket.MSG_CTRUNC, addr)
socket.send_fds(a, [b'fds'], [r])
m, got, fl, ad = socket.recv_fds(b, 10, 2)
print(m, len(got), fl, ad)
a.send(b'scatter')
bufs = [bytearray(3), bytearray(10)]
print(b.recvmsg_into(bufs), bufs)
for fd in [r, w, *fds, *got]:
    os.close(fd)
a.close()
b.close()
