# socketserver, http.server, http.client and urllib.request over real sockets on localhost,
# compared with CPython
import http.client, http.server, selectors, socket, socketserver, threading, urllib.request


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as srv:
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    with socket.create_connection(srv.server_address) as c:
        f = c.makefile('rwb')
        for word in (b'one\n', b'two\n'):
            f.write(word)
            f.flush()
            print(f.readline())
        f.close()
    srv.shutdown()
    t.join()


class Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('hello ' + self.path).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(201)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])

    def log_message(self, *args):
        pass


srv = http.server.HTTPServer(('127.0.0.1', 0), Hello)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
port = srv.server_address[1]
with urllib.request.urlopen('http://127.0.0.1:%d/x?y=1' % port) as r:
    print(r.status, r.headers['Content-Type'], r.read())
c = http.client.HTTPConnection('localhost', port, timeout=5)
c.request('POST', '/p', body=b'abcdef')
resp = c.getresponse()
print(resp.status, resp.reason, resp.read())
c.close()
srv.shutdown()
srv.server_close()
t.join()
sel = selectors.DefaultSelector()
a, b = socket.socketpair()
sel.register(b, selectors.EVENT_READ, 'data')
a.send(b'!')
print([(key.data, ev) for key, ev in sel.select(1)])
sel.close()
a.close()
b.close()
