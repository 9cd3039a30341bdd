"""A replay server on 127.0.0.1: scripted answers per request, faults included.

Each request path (query included) has a script of steps; the last step repeats:
  ok(data, headers)             200 with a JSON body
  status(code, headers, body)   any status
  ("stall", seconds)            no answer until `release` is set or the time is up
  ("cut", body)                 promise the whole body, send half of it, hang up
`log` holds every path asked for, in order.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Replay:
    """Scripted answers by request path (query included); the last answer of a script repeats."""

    def __init__(self):
        self.scripts: dict[str, list[tuple]] = {}
        self.log: list[str] = []
        self.lock = threading.Lock()
        self.release = threading.Event()
        replay = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def do_GET(self):
                with replay.lock:
                    replay.log.append(self.path)
                    script = replay.scripts.get(self.path) or [("status", 404, {}, b"{}")]
                    step = script.pop(0) if len(script) > 1 else script[0]
                kind = step[0]
                if kind == "stall":
                    replay.release.wait(step[1])
                    self.close_connection = True
                    return
                if kind == "cut":  # promise a long body, send half, hang up
                    body = step[1]
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                _, status, headers, body = step
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def set(self, path: str, *steps: tuple) -> None:
        with self.lock:
            self.scripts[path] = list(steps)

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def ok(data, headers: dict | None = None) -> tuple:
    return ("status", 200, headers or {}, json.dumps(data).encode())


def status(code: int, headers: dict | None = None, body: bytes = b'{"error": "x"}') -> tuple:
    return ("status", code, headers or {}, body)
