"""A TCP proxy on loopback in front of the test's FHIR server, that misbehaves on the
connections it is told to, as networks and servers do: answers 500 or 429 (too many
requests), never answers (the
client times out), closes the connection halfway through the answer, or passes the
request on and loses the server's answer (the record has it; the kiosk does not know), or
holds that answer until the test ends (to kill the kiosk mid-send).
Every other connection is passed through whole. One request per connection."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque
from types import TracebackType

from tests.helpers.fhir_server import free_port

FAULTS = ("500", "429", "hang", "cut", "lost-answer")  # and "hold": passed on, answer held
STATUS_LINES = {
    "500": b"HTTP/1.1 500 Internal Server Error",
    "429": b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1",
}
_OUTCOME = (
    b'{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception",'
    b'"diagnostics":"database restarting"}]}'
)


def _read_message(connection: socket.socket) -> bytes:
    """One HTTP message: its head, then Content-Length bytes of body."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class FaultyProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream = upstream_port
        self.port = free_port()
        self.faults: deque[str] = deque()  # for the next connections, in order
        self.seen: list[str] = []  # what each connection got
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._server.settimeout(0.2)
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/fhir"

    def __enter__(self) -> FaultyProxy:
        self._accepting.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._accepting.join(5)
        for thread in self._threads:
            thread.join(5)
        self._server.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            fault = self.faults.popleft() if self.faults else "pass"
            self.seen.append(fault)
            thread = threading.Thread(target=self._serve, args=(connection, fault), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.upstream), timeout=10) as upstream:
            upstream.sendall(request)
            return _read_message(upstream)

    def _serve(self, connection: socket.socket, fault: str) -> None:
        with connection:
            connection.settimeout(10)
            request = _read_message(connection)
            if fault in STATUS_LINES:
                connection.sendall(
                    STATUS_LINES[fault] + b"\r\nContent-Type: application/fhir+json"
                    b"\r\nConnection: close\r\nContent-Length: "
                    + str(len(_OUTCOME)).encode()
                    + b"\r\n\r\n"
                    + _OUTCOME
                )
            elif fault == "hang":
                self._stop.wait(30)  # until the test ends: the client gives up first
            elif fault == "cut":
                answer = self._forward(request)
                connection.sendall(answer[: len(answer) // 2])
            elif fault == "hold":
                answer = self._forward(request)  # the server did the work ...
                self._stop.wait(30)  # ... and the kiosk waits for its answer
                with contextlib.suppress(OSError):  # the kiosk was killed meanwhile
                    connection.sendall(answer)
            elif fault == "lost-answer":
                self._forward(request)  # the server did the work; the answer goes nowhere
            else:
                connection.sendall(self._forward(request))
