"""A small Hugging Face Hub on 127.0.0.1, for the real `huggingface_hub` client (and transformers).

    with HubServer(tokens={"hf_...": "alice"}) as hub:
        hub.url                      # http://127.0.0.1:PORT
        hub.repos["alice/bot"]       # Repo: .private, .files {path: bytes}, .commits
        hub.fail_commit = 500        # the next commits answer HTTP 500 and store nothing
        hub.requests                 # [(method, path, status)], for assertions

Stdlib only: `http.server.ThreadingHTTPServer` in a daemon thread, repos kept in memory. The
endpoints are the ones huggingface_hub 2.x calls (read from its source: `hf_api.py` whoami,
create_repo, update_repo_settings, model_info, list_repo_tree, create_commit/_validate_yaml;
`_commit_api.py` _fetch_upload_modes and _send_commit; `file_download.py` get_hf_file_metadata):

    GET  /api/whoami-v2                               user of the Bearer token, 401 otherwise
    POST /api/repos/create                            409 + {"url"} when it exists ("visibility")
    PUT  /api/models/{ns}/{name}/settings             {"visibility": "private"|"public"}
    POST /api/validate-yaml                           parses the README front matter
    POST /api/models/{ns}/{name}/preupload/{rev}      "regular" for every file, with the blob oid
    POST /api/models/{ns}/{name}/commit/{rev}         NDJSON header + file/deletedFile lines
    GET  /api/models/{ns}/{name}[/revision/{rev}]     id, sha, private, siblings
    GET  /api/models/{ns}/{name}/tree/{rev}[/{path}]  listing (recursive or not)
    HEAD|GET /{ns}/{name}/resolve/{rev}/{path}        ETag, X-Repo-Commit, Content-Length, Range

Errors carry the headers the client keys on (`X-Error-Code: RepoNotFound | EntryNotFound |
RevisionNotFound`, `X-Error-Message`). Private repos answer 404 RepoNotFound without the owner's
token, as the Hub does. A commit is all or nothing: with `fail_commit` set it answers that status
and keeps nothing. Every file is a "regular" (inline, base64) file: no LFS or Xet storage, so
uploads never leave this server.

Pointing the client here. `huggingface_hub.constants` reads HF_ENDPOINT once, at import. Two
ways, both used by the tests:

- a subprocess (`python -m huggingtweets publish ...`) with `HF_ENDPOINT=hub.url` in its
  environment: the most faithful, it is exactly what a user runs (`subprocess_env()` builds it);
- in-process, `hub.patch(monkeypatch)`: sets `constants.ENDPOINT`, the
  `HUGGINGFACE_CO_URL_TEMPLATE` that `hf_hub_url` formats, and `HF_HUB_OFFLINE=False` (another
  test module may have imported huggingface_hub under HF_HUB_OFFLINE=1). `HfApi()` objects built
  afterwards, `hf_hub_download` and transformers' `from_pretrained` then all talk to this server.
  (The module-level helpers `huggingface_hub.create_repo` etc. are bound to an `HfApi` made at
  import and keep the old endpoint: huggingtweets.publish builds its own `HfApi()`.)
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

EMPTY_SHA = "0" * 40


def git_blob_sha(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Commit:
    oid: str
    message: str
    files: dict[str, bytes]


@dataclass
class Repo:
    repo_id: str
    private: bool = False
    commits: list[Commit] = field(default_factory=list)

    @property
    def sha(self) -> str:
        return self.commits[-1].oid if self.commits else EMPTY_SHA

    @property
    def files(self) -> dict[str, bytes]:
        return dict(self.commits[-1].files) if self.commits else {}

    def at(self, rev: str) -> Commit | None:
        if rev in ("main", "HEAD"):
            return self.commits[-1] if self.commits else Commit(EMPTY_SHA, "", {})
        for c in self.commits:
            if c.oid == rev:
                return c
        return None


class HubError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None, extra=None):
        super().__init__(message)
        self.status, self.message, self.code, self.extra = status, message, code, extra or {}


class HubServer:
    """The fake Hub; a context manager that starts and stops the server thread."""

    def __init__(self, tokens: dict[str, str] | None = None, orgs: dict[str, list[str]] = None):
        self.tokens = dict(tokens or {})  # token -> user name
        self.orgs = dict(orgs or {})  # user -> organisations they may write to
        self.repos: dict[str, Repo] = {}
        self.fail_commit: int | None = None
        self.requests: list[tuple[str, str, int]] = []
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> HubServer:
        hub = self

        class Handler(_Handler):
            pass

        Handler.hub = hub
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- pointing clients here -----------------------------------------------------------------

    def patch(self, monkeypatch) -> None:
        """Point huggingface_hub (in this process) at this server, for the test's duration."""
        from huggingface_hub import constants

        monkeypatch.setenv("HF_ENDPOINT", self.url)
        monkeypatch.setattr(constants, "ENDPOINT", self.url)
        monkeypatch.setattr(
            constants,
            "HUGGINGFACE_CO_URL_TEMPLATE",
            self.url + "/{repo_id}/resolve/{revision}/{filename}",
        )
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)

    def subprocess_env(self, base: dict | None = None, **extra: str) -> dict:
        """An environment for a child process that talks to this server only."""
        env = dict(os.environ if base is None else base)
        for name in (
            "HF_HUB_OFFLINE",
            "TRANSFORMERS_OFFLINE",
            "HF_TOKEN",
            "HUGGING_FACE_HUB_TOKEN",
        ):
            env.pop(name, None)
        env["HF_ENDPOINT"] = self.url
        env["HF_HUB_DISABLE_TELEMETRY"] = "1"
        env.update(extra)
        return env

    # -- state helpers -------------------------------------------------------------------------

    def user_of(self, authorization: str | None) -> str | None:
        if not authorization:
            return None
        m = re.match(r"(?i)bearer\s+(\S+)", authorization)
        return self.tokens.get(m.group(1)) if m else None

    def can_write(self, user: str, namespace: str) -> bool:
        return namespace == user or namespace in self.orgs.get(user, [])


_REPO = r"(?P<ns>[^/]+)/(?P<name>[^/]+)"
_ROUTES = [
    ("GET", re.compile(r"^/api/whoami-v2$"), "whoami"),
    ("POST", re.compile(r"^/api/repos/create$"), "create"),
    ("PUT", re.compile(rf"^/api/models/{_REPO}/settings$"), "settings"),
    ("POST", re.compile(r"^/api/validate-yaml$"), "validate_yaml"),
    ("POST", re.compile(rf"^/api/models/{_REPO}/preupload/(?P<rev>[^/]+)$"), "preupload"),
    ("POST", re.compile(rf"^/api/models/{_REPO}/commit/(?P<rev>[^/]+)$"), "commit"),
    ("GET", re.compile(rf"^/api/models/{_REPO}/tree/(?P<rev>[^/]+)(?:/(?P<path>.*))?$"), "tree"),
    ("GET", re.compile(rf"^/api/models/{_REPO}(?:/revision/(?P<rev>[^/]+))?$"), "info"),
    ("GET", re.compile(rf"^/{_REPO}/resolve/(?P<rev>[^/]+)/(?P<path>.+)$"), "resolve"),
    ("HEAD", re.compile(rf"^/{_REPO}/resolve/(?P<rev>[^/]+)/(?P<path>.+)$"), "resolve"),
]


class _Handler(BaseHTTPRequestHandler):
    hub: HubServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    # -- plumbing ----------------------------------------------------------------------------

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body=b"", headers: dict | None = None, head: bool = False):
        if not isinstance(body, bytes):
            body = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)
        with self.hub.lock:
            self.hub.requests.append((self.command, self.path, status))

    def _dispatch(self):
        path = unquote(urlsplit(self.path).path)
        self.query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
        body = self._body() if self.command in ("POST", "PUT") else b""
        try:
            for method, pattern, name in _ROUTES:
                m = pattern.match(path)
                if m and method == self.command:
                    return getattr(self, "do_" + name)(m.groupdict(), body)
            raise HubError(404, f"no route for {self.command} {path}")
        except HubError as e:
            headers = {"X-Error-Message": e.message}
            if e.code:
                headers["X-Error-Code"] = e.code
            headers.update(e.extra)
            self._send(e.status, {"error": e.message}, headers=headers, head=self.command == "HEAD")

    do_GET = do_POST = do_PUT = do_HEAD = _dispatch  # noqa: N815

    # -- auth and repo lookup -------------------------------------------------------------------

    def _user(self, required: bool = True) -> str | None:
        auth = self.headers.get("Authorization")
        user = self.hub.user_of(auth)
        if auth and user is None:
            raise HubError(401, "Invalid credentials in Authorization header")
        if required and user is None:
            raise HubError(401, "Invalid credentials in Authorization header")
        return user

    def _repo(self, g: dict, write: bool = False) -> Repo:
        repo_id = f"{g['ns']}/{g['name']}"
        user = self._user(required=write)
        with self.hub.lock:
            repo = self.hub.repos.get(repo_id)
        visible = repo is not None and (
            not repo.private or (user is not None and self.hub.can_write(user, g["ns"]))
        )
        if not visible:
            raise HubError(404, "Repository not found", "RepoNotFound")
        if write and not self.hub.can_write(user, g["ns"]):
            raise HubError(403, f"You don't have the rights to write to {repo_id}")
        return repo

    def _commit_at(self, repo: Repo, rev: str) -> Commit:
        commit = repo.at(unquote(rev or "main"))
        if commit is None:
            raise HubError(404, "Invalid rev id", "RevisionNotFound")
        return commit

    # -- endpoints --------------------------------------------------------------------------

    def do_whoami(self, g, body):
        user = self._user()
        self._send(
            200,
            {
                "type": "user",
                "id": hashlib.md5(user.encode()).hexdigest()[:24],
                "name": user,
                "fullname": user.title(),
                "orgs": [{"name": o, "type": "org"} for o in self.hub.orgs.get(user, [])],
                "auth": {"type": "access_token", "accessToken": {"role": "write"}},
            },
        )

    def do_create(self, g, body):
        user = self._user()
        payload = json.loads(body or b"{}")
        ns = payload.get("organization") or user
        name = payload.get("name") or ""
        if payload.get("type", "model") != "model":
            raise HubError(400, "only model repos here")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}", name):
            raise HubError(400, "Invalid repo name")
        if not self.hub.can_write(user, ns):
            raise HubError(403, f"You don't have the rights to create a model under {ns}")
        repo_id = f"{ns}/{name}"
        url = f"{self.hub.url}/{repo_id}"
        with self.hub.lock:
            if repo_id in self.hub.repos:
                raise_conflict = True
            else:
                raise_conflict = False
                private = payload.get("visibility") == "private" or payload.get("private") is True
                self.hub.repos[repo_id] = Repo(repo_id, private=private)
        if raise_conflict:
            return self._send(409, {"error": "You already created this model repo", "url": url})
        self._send(200, {"url": url, "name": repo_id, "id": hashlib.md5(url.encode()).hexdigest()})

    def do_settings(self, g, body):
        repo = self._repo(g, write=True)
        payload = json.loads(body or b"{}")
        with self.hub.lock:
            if payload.get("visibility") in ("private", "public"):
                repo.private = payload["visibility"] == "private"
            elif isinstance(payload.get("private"), bool):
                repo.private = payload["private"]
        self._send(200, {})

    def do_validate_yaml(self, g, body):
        import yaml

        content = json.loads(body or b"{}").get("content", "")
        m = re.match(r"^---\s*\n(.*?)\n---\s*\n", content, re.S)
        if not m:
            return self._send(200, {"errors": [], "warnings": [{"message": "empty metadata"}]})
        try:
            data = yaml.safe_load(m.group(1))
        except yaml.YAMLError as e:
            return self._send(400, {"errors": [{"message": f"invalid YAML: {e}"}]})
        if not isinstance(data, dict):
            return self._send(400, {"errors": [{"message": "metadata must be a mapping"}]})
        self._send(200, {"errors": [], "warnings": []})

    def do_preupload(self, g, body):
        repo = self._repo(g, write=True)
        commit = self._commit_at(repo, g["rev"])
        files = []
        for f in json.loads(body or b"{}").get("files", []):
            entry = {"path": f["path"], "uploadMode": "regular", "shouldIgnore": False}
            if f["path"] in commit.files:
                entry["oid"] = git_blob_sha(commit.files[f["path"]])
            files.append(entry)
        self._send(200, {"files": files, "commitOid": commit.oid})

    def do_commit(self, g, body):
        repo = self._repo(g, write=True)
        if unquote(g["rev"]) != "main":
            raise HubError(400, "this Hub only commits to main")
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        if not lines or lines[0].get("key") != "header":
            raise HubError(400, "the first NDJSON line must be the header")
        header = lines[0]["value"]
        if self.hub.fail_commit:
            raise HubError(self.hub.fail_commit, "Internal Error - We're working hard to fix this")
        with self.hub.lock:
            parent = header.get("parentCommit")
            if parent and parent != repo.sha:
                raise HubError(412, "A commit has happened since. Please refresh and try again.")
            files = repo.files
            for line in lines[1:]:
                key, value = line.get("key"), line.get("value") or {}
                path = value.get("path", "")
                if not path or path.startswith("/") or ".." in path.split("/"):
                    raise HubError(400, f"invalid path {path!r}")
                if key == "file":
                    if value.get("encoding") != "base64":
                        raise HubError(400, "only base64 files")
                    files[path] = base64.b64decode(value["content"])
                elif key == "deletedFile":
                    if path not in files:
                        raise HubError(404, "A file with this name doesn't exist", "EntryNotFound")
                    del files[path]
                elif key == "deletedFolder":
                    prefix = path.rstrip("/") + "/"
                    for p in [p for p in files if p.startswith(prefix)]:
                        del files[p]
                else:
                    raise HubError(400, f"unsupported operation {key!r} (no LFS on this Hub)")
            digest = hashlib.sha1(repo.sha.encode())
            digest.update(str(time.time_ns()).encode())
            for p in sorted(files):
                digest.update(p.encode() + b"\0" + git_blob_sha(files[p]).encode())
            oid = digest.hexdigest()
            repo.commits.append(Commit(oid, header.get("summary", ""), files))
        self._send(
            200,
            {
                "success": True,
                "commitOid": oid,
                "commitUrl": f"{self.hub.url}/{repo.repo_id}/commit/{oid}",
                "hookOutput": "",
            },
        )

    def do_info(self, g, body):
        repo = self._repo(g)
        commit = self._commit_at(repo, g.get("rev") or "main")
        self._send(
            200,
            {
                "_id": hashlib.md5(repo.repo_id.encode()).hexdigest()[:24],
                "id": repo.repo_id,
                "modelId": repo.repo_id,
                "author": g["ns"],
                "sha": commit.oid,
                "private": repo.private,
                "disabled": False,
                "gated": False,
                "downloads": 0,
                "likes": 0,
                "tags": ["huggingtweets"],
                "lastModified": "2024-01-01T00:00:00.000Z",
                "createdAt": "2024-01-01T00:00:00.000Z",
                "siblings": [{"rfilename": p} for p in sorted(commit.files)],
            },
        )

    def do_tree(self, g, body):
        repo = self._repo(g)
        commit = self._commit_at(repo, g["rev"])
        base = (g.get("path") or "").strip("/")
        prefix = base + "/" if base else ""
        recursive = self.query.get("recursive", "").lower() in ("1", "true")
        entries, folders = [], set()
        for p in sorted(commit.files):
            if not p.startswith(prefix):
                continue
            rest = p[len(prefix) :]
            if "/" in rest and not recursive:
                folders.add(prefix + rest.split("/")[0])
                continue
            if recursive:
                parts = rest.split("/")[:-1]
                for i in range(len(parts)):
                    folders.add(prefix + "/".join(parts[: i + 1]))
            data = commit.files[p]
            entries.append(
                {"type": "file", "oid": git_blob_sha(data), "size": len(data), "path": p}
            )
        if base and not entries and not folders:
            raise HubError(404, "Entry not found", "EntryNotFound")
        listing = [
            {"type": "directory", "oid": hashlib.sha1(f.encode()).hexdigest(), "size": 0, "path": f}
            for f in sorted(folders)
        ]
        self._send(200, listing + entries)

    def do_resolve(self, g, body):
        head = self.command == "HEAD"
        repo = self._repo(g)
        commit = self._commit_at(repo, g["rev"])
        path = g["path"]
        if path not in commit.files:
            raise HubError(
                404, "Entry not found", "EntryNotFound", extra={"X-Repo-Commit": commit.oid}
            )
        data = commit.files[path]
        headers = {
            "ETag": f'"{git_blob_sha(data)}"',
            "X-Repo-Commit": commit.oid,
            "Content-Type": "application/octet-stream",
            "Accept-Ranges": "bytes",
        }
        status = 200
        m = re.match(r"bytes=(\d+)-(\d*)$", self.headers.get("Range", ""))
        if m and not head:
            start = int(m.group(1))
            end = int(m.group(2)) if m.group(2) else len(data) - 1
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            data = data[start : end + 1]
            status = 206
        self._send(status, data, headers=headers, head=head)
