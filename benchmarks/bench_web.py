"""Load on the pre-application web wizard: N virtual residents walking it at once, on loopback.

Starts one ``kiosk web`` process (a throw-away key pair, a free port on 127.0.0.1, nothing else
reachable), then runs ``--users`` concurrent virtual residents for ``--duration`` seconds. Each
one walks the wizard as a phone would, over plain HTTP: the first page, the resident's four
facts, the life event, the household, then every question page (the first offered answer, "no"
where there is one) up to the summary, and starts again. Prints:

* requests per second over the whole run, and the p50/p95 latency of the question pages (the
  pages a resident sees most; the aim, issue 13: p95 < 100 ms at 50 users);
* the CPU the server spent per request (every ``kiosk web`` process, read from /proc) and the
  CPU this load generator spent per request: both share the machine's cores, so on a small
  machine the figures above are the server's and the generator's together;
* the rendered weight of each kind of page: its HTML plus every style sheet and script it
  links (fonts aside; aim: < 100 KB a page).

    .venv/bin/python benchmarks/bench_web.py [--users 50] [--duration 20] [--workers 1] [--json]

``--workers`` is passed to ``kiosk web`` (``[web] workers``: server processes on one port).

Bounded by design: the server listens on 127.0.0.1 only, the run ends after ``--duration``,
and every request has a timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "forms" / "scenarios" / "tennyu_family4.json"
REQUEST_TIMEOUT = 10.0
#: A walk that has not reached the summary after this many pages is a bug, not a slow server.
MAX_PAGES = 80
#: The scenario file writes sex as M/F; the form posts the card's code (JIS X 0303: 1/2).
SEX_CODES = {"M": "1", "F": "2"}


# ----------------------------------------------------------------------------- the server
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@dataclass
class Server:
    url: str
    pid: int | None = None  # None: a server this benchmark did not start (--url)


def server_cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU of the process and its children (uvicorn's workers), from /proc."""
    if pid is None:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        for each in (pid, *map(int, children)):
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    except (OSError, ValueError, IndexError):
        return None
    return total


@contextmanager
def web_server(folder: Path, workers: int = 1) -> Iterator[Server]:
    """``kiosk web`` on a free loopback port with a fresh key pair, once /healthz answers."""
    kiosk = [sys.executable, "-m", "kiosk"]
    keys = folder / "keys"
    subprocess.run([*kiosk, "keys", "generate", "--out", str(keys)], check=True,
                   capture_output=True, timeout=60)
    private = next(keys.glob("*.key"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_HOME=str(folder / "home"), KIOSK_PREFILL_SIGNING_KEY_FILE=str(private))
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = folder / "kiosk-web.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([*kiosk, "web", "--host", "127.0.0.1", "--port", str(port),
                                    "--workers", str(workers)],
                                   stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise SystemExit(f"kiosk web exited:\n{log.read_text(errors='replace')}")
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("kiosk web did not answer /healthz within 30 s")
            time.sleep(0.05)
        yield Server(url, process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# ----------------------------------------------------------------------------- reading a page
@dataclass
class Form:
    action: str
    hidden: dict[str, str] = field(default_factory=dict)
    radios: dict[str, list[str]] = field(default_factory=dict)
    selects: dict[str, list[str]] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # the values of the buttons named "action"


class PageReader(HTMLParser):
    """The forms of a page, and what it links (style sheets, scripts) for the page weight."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.assets: list[str] = []
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "link" and "stylesheet" in a.get("rel", "").split():
            self.assets.append(a.get("href", ""))
        elif tag == "script" and a.get("src"):
            self.assets.append(a["src"])
        elif tag == "form":
            self.forms.append(Form(a.get("action", "")))
        if not self.forms or tag in ("link", "script", "form"):
            return
        form = self.forms[-1]
        name = a.get("name", "")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind == "hidden":
                form.hidden[name] = a.get("value", "")
            elif kind in ("radio", "checkbox"):
                form.radios.setdefault(name, []).append(a.get("value", "on"))
            elif kind not in ("submit", "button"):
                form.inputs.append(name)
        elif tag == "button" and name == "action":
            form.actions.append(a.get("value", ""))
        elif tag == "select" and name:
            self._select = name
            form.selects[name] = []
        elif tag == "option" and self._select and a.get("value"):
            form.selects[self._select].append(a["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    return reader


_TAG = re.compile(r"<(/?)(form|input|button|select|option|link|script)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r'([\w:-]+)(?:\s*=\s*"([^"]*)")?')


def read_page_fast(html: str) -> PageReader:
    """What :func:`read_page` reads, from only the tags it looks at: a tenth of the CPU, so
    the load generator leaves the shared cores to the server (``page_weights`` checks that
    both readings agree on every page)."""
    reader = PageReader()
    for closing, tag, attributes in _TAG.findall(html):
        if closing:
            reader.handle_endtag(tag.lower())
        else:
            reader.handle_starttag(tag.lower(), [(k.lower(), unescape(v))
                                                 for k, v in _ATTR.findall(attributes)])
    return reader


def wizard_form(page: PageReader) -> Form:
    """Every field and button the page posts to the wizard, as one form.

    A page may hold several wizard forms (the language switch, "add this person", "continue"):
    each carries the same sealed state, so posting any field with any action is what a browser
    posting one of them does.
    """
    forms = [f for f in page.forms if f.action.endswith("/wizard") and "state" in f.hidden]
    if not forms:
        raise RuntimeError("no wizard form on the page")
    merged = Form("/wizard", hidden=dict(forms[0].hidden))
    for form in forms:
        merged.inputs += form.inputs
        merged.actions += form.actions
        for name, values in form.radios.items():
            merged.radios.setdefault(name, []).extend(values)
        merged.selects.update(form.selects)
    return merged


def page_kind(form: Form) -> str:
    """Which wizard page this is, from its fields (the bench needs no ids of the templates)."""
    if any(a.startswith("answer:") for a in form.actions):
        return "question"
    names = set(form.inputs) | set(form.radios) | set(form.selects)
    for kind, marker in (("household", "member_name"), ("resident", "name"), ("event", "event"),
                         ("address", "oaza"), ("split", "head")):
        if marker in names:
            return kind
    return "code" if "next" not in form.actions else "other"


# ----------------------------------------------------------------------------- one resident
def _scenario() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCENARIO.read_text(encoding="utf-8"))
    return data


def _birth(prefix: str, iso: str) -> dict[str, str]:
    year, month, day = iso.split("-")
    return {f"{prefix}_year": year, f"{prefix}_month": str(int(month)), f"{prefix}_day": str(int(day))}


class Walk:
    """What one virtual resident posts next, page by page (the sample 転入 family of four)."""

    def __init__(self, scenario: dict[str, Any]) -> None:
        self.scenario = scenario
        self.members_to_add = list(scenario["household"])

    def next_post(self, kind: str, form: Form) -> dict[str, str]:
        data = {"state": form.hidden["state"], "lang": form.hidden.get("lang", "ja")}
        me = self.scenario["resident"]
        if kind == "resident":
            data.update(name=me["name"], furigana=me["furigana"], address=me["address"],
                        sex=SEX_CODES[me["sex"]], action="next", **_birth("birth", me["birth_date"]))
        elif kind == "event":
            data.update(event=self.scenario["event"], action="next")
        elif kind == "household" and self.members_to_add:
            member = self.members_to_add.pop(0)
            data.update(member_name=member["name"], member_furigana=member["furigana"],
                        member_sex=SEX_CODES[member["sex"]], member_relation=member["relation"], action="add",
                        **_birth("member_birth", member["birth_date"]))
        elif kind == "question":
            answers = [a for a in form.actions if a.startswith("answer:")]
            data["action"] = "answer:no" if "answer:no" in answers else answers[0]
            if "answer_value" in form.inputs:
                data["answer_value"] = "0"
        elif kind == "address":
            new = self.scenario["new_address"]
            oaza = form.selects.get("oaza") or form.radios.get("oaza") or [new["oaza"]]
            data.update(oaza=new["oaza"] if new["oaza"] in oaza else oaza[0], banchi=new["banchi"],
                        katagaki=new["katagaki"], action="next")
        elif kind == "split":
            data.update(head=form.radios.get("head", [""])[0], action="next")
        else:
            data["action"] = "next"
        return data


@dataclass
class Figures:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    requests: int = 0
    errors: int = 0
    walks: int = 0


class Connection:
    """One phone's keep-alive HTTP/1.1 connection, as lean as a load generator can be.

    A general client (httpx) spent about 4 ms of CPU a request here, twice the server's, on
    the same two cores; this one writes the request and reads ``Content-Length`` bytes. The
    pages are plain: no chunked bodies, no redirects, no cookies.
    """

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(self, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        """GET ``path``, or POST ``form`` to it: (status, body). Raises ``ConnectionError``."""
        body = urlencode(form).encode() if form is not None else b""
        head = (f"{'POST' if form is not None else 'GET'} {path} HTTP/1.1\r\n"
                f"Host: {self.host}:{self.port}\r\n")
        if form is not None:
            head += ("Content-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {len(body)}\r\n")
        message = head.encode() + b"\r\n" + body
        for attempt in (1, 2):  # the server may have closed an idle connection: once more
            if self.streams is None:
                self.streams = await asyncio.open_connection(self.host, self.port)
            reader, writer = self.streams
            writer.write(message)
            status_line = await reader.readline()
            if status_line:
                break
            self.close()
            if attempt == 2:
                raise ConnectionError("the server closed the connection")
        status, length, close = int(status_line.split()[1]), 0, False
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
            elif name == b"transfer-encoding":
                raise ConnectionError("a chunked response: not one of the wizard's pages")
        text = (await reader.readexactly(length)).decode()
        if close:
            self.close()
        return status, text

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def resident(base: str, until: float, figures: Figures) -> None:
    """Walk the wizard from the first page to the summary, again and again until ``until``."""
    scenario = _scenario()
    connection = Connection(base)

    async def fetch(path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        return await asyncio.wait_for(connection.request(path, form), REQUEST_TIMEOUT)

    try:
        while time.monotonic() < until:
            walk = Walk(scenario)
            started = time.perf_counter()
            status, text = await fetch("/?lang=ja")
            figures.latencies["start"].append(time.perf_counter() - started)
            figures.requests += 1
            for _ in range(MAX_PAGES):
                if time.monotonic() >= until:
                    return
                if status != 200:
                    figures.errors += 1
                    break
                form = wizard_form(read_page_fast(text))
                kind = page_kind(form)
                if kind == "code":
                    figures.walks += 1  # the last page: nothing more to post
                    break
                started = time.perf_counter()
                status, text = await fetch("/wizard", walk.next_post(kind, form))
                figures.requests += 1
                figures.latencies[kind].append(time.perf_counter() - started)
            else:
                figures.errors += 1
    except (OSError, asyncio.IncompleteReadError, ValueError):  # OSError: refused, cut, timed out
        figures.errors += 1  # a refused, cut or timed-out request: this resident stops
    finally:
        connection.close()


async def load(base: str, users: int, duration: float) -> tuple[Figures, float]:
    figures = Figures()
    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT) as client:
        await client.get(f"{base}/healthz")  # warm: imports and templates are loaded once
    started = time.monotonic()
    until = started + duration
    await asyncio.gather(*(resident(base, until, figures) for _ in range(users)))
    return figures, time.monotonic() - started


# ----------------------------------------------------------------------------- page weight
def page_weights(base: str) -> dict[str, int]:
    """Bytes of each kind of page as a browser loads it: HTML + linked CSS and JS (fonts aside)."""
    weights: dict[str, int] = {}
    walk = Walk(_scenario())
    with httpx.Client(timeout=REQUEST_TIMEOUT) as client:
        answer = client.get(f"{base}/?lang=ja")
        assets: dict[str, int] = {}
        for _ in range(MAX_PAGES):
            page = read_page(answer.text)
            form = wizard_form(page)
            if wizard_form(read_page_fast(answer.text)) != form:
                raise RuntimeError("read_page_fast reads this page otherwise than read_page")
            kind = page_kind(form)
            weight = len(answer.content)
            for href in page.assets:
                url = urljoin(f"{base}/", href)
                if url not in assets:
                    assets[url] = len(client.get(url).content)
                weight += assets[url]
            name = kind if kind != "other" else ("summary" if weights else "start")
            weights[name] = max(weights.get(name, 0), weight)
            if name == "code":
                break
            answer = client.post(f"{base}/wizard", data=walk.next_post(kind, form))
            answer.raise_for_status()
    return weights


# ----------------------------------------------------------------------------- main
def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50, help="concurrent virtual residents (50)")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load (20)")
    parser.add_argument("--workers", type=int, default=1,
                        help="kiosk web's server processes, [web] workers (1)")
    parser.add_argument("--url", help="an already running kiosk web on loopback (default: start one)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.url and not args.url.startswith(("http://127.0.0.1", "http://localhost", "http://[::1]")):
        parser.error("--url must be on loopback: this benchmark never loads another machine")
    with tempfile.TemporaryDirectory() as tmp:
        if args.url:
            return report(Server(args.url.rstrip("/")), args)
        with web_server(Path(tmp), args.workers) as server:
            return report(server, args)


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report(server: Server, args: argparse.Namespace) -> int:
    url = server.url
    weights = page_weights(url)
    server_before, own_before = server_cpu_seconds(server.pid), _own_cpu_seconds()
    figures, elapsed = asyncio.run(load(url, args.users, args.duration))
    server_after, own_after = server_cpu_seconds(server.pid), _own_cpu_seconds()
    server_ms = None if server_before is None or server_after is None or not figures.requests \
        else round((server_after - server_before) * 1000 / figures.requests, 2)
    client_ms = round((own_after - own_before) * 1000 / max(1, figures.requests), 2)
    questions = figures.latencies.get("question", [])
    everything = [v for values in figures.latencies.values() for v in values]
    result = {
        "users": args.users, "workers": None if args.url else args.workers,
        "cpu_count": os.cpu_count(), "duration_s": round(elapsed, 2), "requests": figures.requests,
        "errors": figures.errors, "walks_completed": figures.walks,
        "requests_per_s": round(figures.requests / elapsed, 1),
        "question_pages": len(questions),
        "question_p50_ms": round(statistics.median(questions) * 1000, 1) if questions else None,
        "question_p95_ms": round(percentile(questions, 0.95) * 1000, 1) if questions else None,
        "all_pages_p95_ms": round(percentile(everything, 0.95) * 1000, 1) if everything else None,
        "server_cpu_ms_per_request": server_ms,
        "load_generator_cpu_ms_per_request": client_ms,
        "page_weight_bytes": weights,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        ran = "an already running server" if args.url else \
            f"{args.workers} server process{'es' if args.workers > 1 else ''}"
        print(f"kiosk web, {args.users} concurrent users for {elapsed:.1f} s on loopback "
              f"({ran}; {os.cpu_count()} CPU cores shared with this load generator)")
        print(f"  requests/s            {result['requests_per_s']}   ({figures.requests} requests, "
              f"{figures.errors} errors, {figures.walks} walks to the code page)")
        print(f"  question pages        p50 {result['question_p50_ms']} ms   "
              f"p95 {result['question_p95_ms']} ms   ({len(questions)} pages; aim p95 < 100 ms)")
        print(f"  every page            p95 {result['all_pages_p95_ms']} ms")
        print(f"  CPU per request       server {server_ms} ms   load generator {client_ms} ms")
        print("  page weight (HTML + CSS + JS, fonts aside; aim < 100 KB):")
        for name, size in weights.items():
            print(f"    {name:<12} {size / 1024:7.1f} KB")
    return 1 if figures.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
