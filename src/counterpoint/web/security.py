"""HTTP hardening shared by every route: security headers, request-size limits, and the one
loopback policy (who may bind without a token, who may upload without one).

Pure ASGI middleware (not BaseHTTPMiddleware) so the size limit applies while the body is read,
before anything buffers it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from ..errors import ConfigError
from ..report.html import content_security_policy

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The name that means this machine; addresses are judged by `ipaddress` (127.0.0.0/8, ::1).
LOCALHOST = "localhost"
# Bodies of ordinary requests (the API only reads; forms are small).
DEFAULT_MAX_BODY_BYTES = 64 * 1024


def security_headers() -> list[tuple[bytes, bytes]]:
    headers = {
        "content-security-policy": content_security_policy(served=True) + "; frame-ancestors 'none'",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "x-frame-options": "DENY",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        "cache-control": "no-store",
    }
    return [(k.encode(), v.encode()) for k, v in headers.items()]


def is_loopback(host: str | None) -> bool:
    """Whether `host` (a bound interface or a client's address) is this machine."""
    if host is None:
        return False
    if host == LOCALHOST:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Names a loopback-bound server answers to (IPv6 literals in Host headers carry brackets).
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
# Binding these listens on every interface: the names the machine is reached by are unknown,
# so the server answers to loopback and the machine's own names; others need --allow-host.
ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})


def _bracketed(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """Host names the server answers to: the names of the address it is bound to, plus `extra`.

    A page on another site can point its own domain at 127.0.0.1 (DNS rebinding) and read
    the API as same-origin; its requests still carry that domain in Host, and are refused.
    """
    names = {_bracketed(h) for h in extra if h.strip()}
    bind = bind_host.strip().lower()
    if is_loopback(bind):
        names |= LOOPBACK_NAMES
    elif bind in ANY_ADDRESS:
        names |= LOOPBACK_NAMES | {_bracketed(socket.gethostname()), _bracketed(socket.getfqdn())}
    else:
        names.add(_bracketed(bind))
    return frozenset(names)


def _host_of(header: str) -> str | None:
    """The host part of a Host header ("[::1]:8000" -> "[::1]"), or None when malformed."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        return header[: end + 1] if end != -1 and header[end + 1:end + 2] in ("", ":") else None
    host, _, port = header.partition(":")
    if not host or (port and not port.isdigit()) or any(c in host for c in "/@ \\"):
        return None
    return host.rstrip(".")


def _origin_host(origin: str) -> str | None:
    try:
        parts = urlsplit(origin)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None  # "null" (sandboxed frames, file: pages) and odd schemes
    return _bracketed(host)


class TrustedHostMiddleware:
    """Refuse any request whose Host is not one of `allowed`, or whose Origin names another host.

    Runs on every route, pages and API alike (the upload check of Origin stays too). A refusal
    is a plain 421/403 before the app sees the request.
    """

    def __init__(self, app: ASGIApp, *, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(_bracketed(h) for h in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        host = _host_of(headers.get(b"host", ""))
        if host is None or host not in self.allowed:
            await _refuse(send, 421, "unknown Host: this server answers to "
                          + ", ".join(sorted(self.allowed)) + " (counterpoint serve --allow-host NAME)")
            return
        origin = headers.get(b"origin")
        if origin is not None and _origin_host(origin) not in self.allowed:
            await _refuse(send, 403, "cross-origin request refused")
            return
        await self.app(scope, receive, send)


async def _refuse(send: Send, status: int, detail: str) -> None:
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *security_headers()]})
    await send({"type": "http.response.body", "body": body})


def check_bind(host: str, *, allow_upload: bool, token: str | None) -> None:
    """Refuse uploads on a non-loopback address without a token."""
    if allow_upload and not token and not is_loopback(host):
        raise ConfigError(f"uploads on a non-loopback address ({host}) need a token (--token)")


class _TooLarge(Exception):
    pass


class HardeningMiddleware:
    """Adds the security headers to every response and caps request bodies.

    `limits` maps a path prefix to its own cap (uploads); other paths get `max_body_bytes`.
    """

    def __init__(self, app: ASGIApp, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
                 limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.limits = limits or {}
        self.headers = security_headers()

    def _limit(self, path: str) -> int:
        for prefix, n in self.limits.items():
            if path.startswith(prefix):
                return n
        return self.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope.get("path", ""))
        declared = dict(scope.get("headers") or []).get(b"content-length")
        started = False
        exceeded = False  # set when a streamed body passes the limit; the app's reply is replaced

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                started = True
                await reject()
                return
            if exceeded:
                return  # the rest of the app's own (error) reply
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in self.headers if k not in names]]
            await send(message)

        async def reject() -> None:
            body = b'{"detail":"request body too large"}'
            await send({"type": "http.response.start", "status": 413,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode()), *self.headers]})
            await send({"type": "http.response.body", "body": body})

        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = True
            if too_big:
                await reject()
                return
        seen = 0

        async def counted_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    exceeded = True
                    raise _TooLarge
            return message

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except _TooLarge:
            if not started:
                started = True
                await reject()
