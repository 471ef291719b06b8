"""DroppingProxy: a fault-injecting HTTP proxy on loopback, between the sync client and the real server.

It understands just enough HTTP/1.1 (request head + Content-Length body) to decide per request:
``pass`` it on, ``drop_request`` (close before the server sees it), ``drop_response`` (the server has
processed and committed, then the connection dies before the client reads the answer) or ``corrupt`` (flip
one byte of the body, e.g. an attachment upload damaged on the way). Each upstream request is sent with
``Connection: close`` so a response ends at EOF.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

Decision = str  # "pass" | "drop_request" | "drop_response" | "corrupt"


def _read_request(sock: socket.socket) -> tuple[bytes, bytes] | None:
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(max(65536, length - len(rest)))
        if not chunk:
            return None
        rest += chunk
    return head, rest[:length]


class DroppingProxy:
    """Forward loopback HTTP to ``upstream_port``, applying ``decide(n, request_line)`` to request n."""

    def __init__(self, upstream_port: int, decide: Callable[[int, bytes], Decision] | None = None) -> None:
        self.upstream_port = upstream_port
        self.decide = decide or (lambda _n, _line: "pass")
        self.count = 0
        self.log: list[tuple[bytes, Decision]] = []
        self.on_forwarded: Callable[[int, bytes], None] | None = None  # called after the request reached upstream
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="DroppingProxy", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """Base URL of the proxy."""
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        """Stop accepting connections."""
        self._stopped.set()
        try:
            self._sock.close()
        except OSError:
            pass

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            while True:
                try:
                    req = _read_request(client)
                except OSError:
                    return
                if req is None:
                    return
                head, body = req
                line = head.split(b"\r\n", 1)[0]
                with self._lock:
                    self.count += 1
                    n = self.count
                decision = self.decide(n, line)
                self.log.append((line, decision))
                if decision == "drop_request":
                    return
                if decision == "corrupt" and body:
                    body = body[:-1] + bytes([body[-1] ^ 0xFF])
                lines = [h for h in head.split(b"\r\n") if not h.lower().startswith(b"connection:")]
                upstream_req = b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n" + body
                try:
                    with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                        up.sendall(upstream_req)
                        if self.on_forwarded:
                            self.on_forwarded(n, line)
                        chunks = []
                        while True:
                            chunk = up.recv(65536)
                            if not chunk:
                                break
                            chunks.append(chunk)
                except OSError:
                    return  # upstream down: the client sees a dropped connection
                if decision == "drop_response" or not chunks:
                    return
                try:
                    client.sendall(b"".join(chunks))
                except OSError:
                    return
                return  # the response carries "connection: close": the client opens a new connection
