"""Fake Postmark and Klaviyo: real HTTP servers on 127.0.0.1, so django-anymail and the
klaviyo-api SDK run unchanged against them. They record what arrives and can fail on demand."""

import json
import re
import threading
import time
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class _Server:
    handler_class: type

    def __init__(self, port: int = 0):
        self.lock = threading.Lock()
        self.requests: list[dict] = []
        self.fail_next = 0
        self.fail_status = 500
        self.fail_until = 0.0
        self.delay = 0.0
        self.released = threading.Event()  # set by stop(): nothing waits on a stopped fake
        handler = type("Handler", (self.handler_class,), {"fake": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def should_fail(self) -> bool:
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return True
            return time.monotonic() < self.fail_until

    def wait_for_delay(self) -> None:
        """Answer *delay* seconds late, as a slow provider does (at once once stopped)."""
        if self.delay:
            self.released.wait(self.delay)


class _Handler(BaseHTTPRequestHandler):
    fake: _Server

    def log_message(self, *args):  # keep test output quiet
        pass

    def read_json(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        return json.loads(body) if body else None

    def reply(self, status: int, payload=None, headers=None):
        body = json.dumps(payload).encode() if payload is not None else b""
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client died (a killed worker); what was accepted stays accepted


class FakePostmarkHandler(_Handler):
    def do_POST(self):
        fake: FakePostmark = self.fake
        path = urlparse(self.path).path
        data = self.read_json()
        if self.headers.get("X-Postmark-Server-Token") != fake.token:
            return self.reply(401, {"ErrorCode": 10, "Message": "Bad or missing server token."})
        if fake.should_fail():
            return self.reply(fake.fail_status, {"ErrorCode": 100, "Message": "Maintenance"})
        messages = data if path == "/email/batch" else [data]
        answers = []
        with fake.lock:
            for message in messages:
                message_id = str(uuid.uuid4())
                fake.messages.append({**message, "MessageID": message_id})
                answers.append(
                    {
                        "To": message["To"],
                        "SubmittedAt": "2026-01-01T00:00:00Z",
                        "MessageID": message_id,
                        "ErrorCode": 0,
                        "Message": "OK",
                    }
                )
        fake.wait_for_delay()
        fake.hold()
        self.reply(200, answers if path == "/email/batch" else answers[0])

    def do_GET(self):
        """Postmark's outbound message search, by metadata (what the reaper asks)."""
        fake: FakePostmark = self.fake
        parsed = urlparse(self.path)
        if parsed.path != "/messages/outbound":
            return self.reply(404, {"ErrorCode": 404, "Message": "Not found"})
        query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        wanted = {k[len("metadata_") :]: v for k, v in query.items() if k.startswith("metadata_")}
        with fake.lock:
            found = [
                m
                for m in fake.messages
                if all((m.get("Metadata") or {}).get(k) == v for k, v in wanted.items())
            ]
        self.reply(
            200,
            {
                "TotalCount": len(found),
                "Messages": [{"MessageID": m["MessageID"], "To": m["To"]} for m in found[:1]],
            },
        )


class FakePostmark(_Server):
    handler_class = FakePostmarkHandler
    token = "test-server-token"

    def __init__(self, port: int = 0):
        super().__init__(port)
        self.messages: list[dict] = []
        self.meet_parties = 0
        self.hold_from = 0
        self.holding = threading.Event()
        self._arrivals = 0
        self._met = threading.Event()

    def meet(self, parties: int) -> None:
        """Answer no message until *parties* calls are waiting for an answer at the same time
        (then answer as usual): senders that each wait for their answer are thereby all
        sending at once, however the machine schedules them."""
        self.meet_parties = parties

    def hold_answers_from(self, count: int) -> None:
        """Accept messages as usual but answer none once *count* have been accepted, until
        stopped (``0`` stops holding new answers): ``holding`` is set when that happens. A
        sender killed then has had messages accepted that it never learnt about."""
        self.hold_from = count

    def hold(self) -> None:
        with self.lock:
            accepted = len(self.messages)
            if self.meet_parties and not self._met.is_set():
                self._arrivals += 1
                if self._arrivals >= self.meet_parties:
                    self._met.set()
        if self.meet_parties:
            self._met.wait(timeout=120)  # bounds a hang only (a sender that never came)
        if self.hold_from and accepted >= self.hold_from:
            self.holding.set()
            self.released.wait()

    def count_by_delivery(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.lock:
            for message in self.messages:
                key = (message.get("Metadata") or {}).get("delivery_id", "")
                counts[key] = counts.get(key, 0) + 1
        return counts

    def recipients(self) -> list[str]:
        with self.lock:
            return [m["To"] for m in self.messages]


def klaviyo_error(status: int, code: str, title: str, detail: str, pointer: str = "") -> dict:
    """One error object as Klaviyo's API answers it (JSON:API: ``{"errors": [...]}``)."""
    return {
        "id": str(uuid.uuid4()),
        "status": status,
        "code": code,
        "title": title,
        "detail": detail,
        "source": {"pointer": pointer} if pointer else {},
        "links": {},
        "meta": {},
    }


def subscription_job_errors(data) -> list[dict]:
    """What Klaviyo refuses in a ``profile-subscription-bulk-create-job``: ``consented_at`` is for
    historical imports only (the SDK's own field note: without ``historical_import`` it raises an
    error), a historical import needs it on every profile, and it cannot lie in the future."""
    attributes = data["data"]["attributes"]
    historical = attributes.get("historical_import", False)
    errors = []
    for n, profile in enumerate(attributes["profiles"]["data"]):
        marketing = profile["attributes"]["subscriptions"]["email"]["marketing"]
        pointer = (
            f"/data/attributes/profiles/data/{n}/attributes/subscriptions/email/marketing/"
            "consented_at"
        )
        consented_at = marketing.get("consented_at")
        if consented_at and not historical:
            errors.append(klaviyo_error(
                400, "invalid", "Invalid input.",
                "consented_at can only be provided when historical_import is true.", pointer,
            ))  # fmt: skip
        elif historical and not consented_at:
            errors.append(klaviyo_error(
                400, "invalid", "Invalid input.",
                "consented_at is required when historical_import is true.", pointer,
            ))  # fmt: skip
        elif consented_at and datetime.fromisoformat(consented_at) > datetime.now(UTC):
            errors.append(klaviyo_error(
                400, "invalid", "Invalid input.", "consented_at cannot be in the future.", pointer
            ))  # fmt: skip
    return errors


class FakeKlaviyoHandler(_Handler):
    def do_POST(self):
        fake: FakeKlaviyo = self.fake
        path = urlparse(self.path).path
        data = self.read_json()
        failing = fake.should_fail()
        refused = []
        if not failing and path.endswith("/profile-subscription-bulk-create-jobs"):
            refused = subscription_job_errors(data)
        status = fake.fail_status if failing else 400 if refused else 202
        with fake.lock:
            fake.requests.append(
                {
                    "path": path,
                    "json": data,
                    "auth": self.headers.get("Authorization", ""),
                    "revision": self.headers.get("revision", ""),
                    "status": status,
                }
            )
        if refused:
            return self.reply(400, {"errors": refused})
        if failing:
            code, title = {
                400: ("invalid", "Invalid input."),
                429: ("throttled", "Request was throttled."),
            }.get(fake.fail_status, ("error", "A server error occurred."))
            return self.reply(
                fake.fail_status,
                {"errors": [klaviyo_error(fake.fail_status, code, title, fake.fail_detail)]},
                headers={"Retry-After": "0"} if fake.fail_status == 429 else None,
            )
        fake.wait_for_delay()
        self.reply(202)


class FakeKlaviyo(_Server):
    handler_class = FakeKlaviyoHandler
    fail_detail = "Please try again later."

    def emails_in(self, path_fragment: str, *, ok_only=False) -> list[str]:
        """Every e-mail address sent to an endpoint whose path contains *path_fragment*."""
        found = []
        with self.lock:
            for request in self.requests:
                if path_fragment not in request["path"]:
                    continue
                if ok_only and request["status"] != 202:
                    continue
                found.extend(_emails(request["json"]))
        return found


def _emails(node) -> list[str]:
    if isinstance(node, dict):
        out = []
        for key, value in node.items():
            if key == "email" and isinstance(value, str):
                out.append(value)
            else:
                out.extend(_emails(value))
        return out
    if isinstance(node, list):
        return [e for item in node for e in _emails(item)]
    return []


class FakeMailgunHandler(_Handler):
    """Mailgun's messages API: form fields, one call for many recipients, with
    ``%recipient.KEY%`` filled from ``recipient-variables`` per recipient, as Mailgun does."""

    def do_POST(self):
        fake: FakeMailgun = self.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        fields = _form_fields(self.headers.get("Content-Type", ""), body)
        if fake.should_fail():
            return self.reply(fake.fail_status, {"message": "Service unavailable"})
        variables = json.loads((fields.get("recipient-variables") or ["{}"])[0])
        message_id = f"<{uuid.uuid4()}@mg.brand.example>"
        with fake.lock:
            fake.calls.append(fields)
            for to in fields.get("to", []):
                address = to.split("<")[-1].rstrip(">").strip()
                values = variables.get(address, {})

                def fill(text, _values=values):
                    return re.sub(
                        r"%recipient\.([^%]+)%", lambda m: str(_values.get(m.group(1), "")), text
                    )

                fake.messages.append(
                    {
                        "to": to,
                        "subject": fill(fields["subject"][0]),
                        "text": fill(fields.get("text", [""])[0]),
                        "html": fill(fields.get("html", [""])[0]),
                        "headers": {
                            k[2:]: fill(v[0]) for k, v in fields.items() if k.startswith("h:")
                        },
                        "variables": {
                            k[2:]: fill(v[0]) for k, v in fields.items() if k.startswith("v:")
                        },
                        "id": message_id,
                    }
                )
        self.reply(200, {"id": message_id, "message": "Queued. Thank you."})


def _form_fields(content_type: str, body: bytes) -> dict[str, list[str]]:
    if content_type.startswith("multipart/form-data"):
        from email.parser import BytesParser
        from email.policy import HTTP

        parsed = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        fields: dict[str, list[str]] = {}
        for part in parsed.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields.setdefault(name, []).append(part.get_content())
        return fields
    return parse_qs(body.decode(), keep_blank_values=True)


class FakeMailgun(_Server):
    handler_class = FakeMailgunHandler

    def __init__(self, port: int = 0):
        super().__init__(port)
        self.messages: list[dict] = []
        self.calls: list[dict] = []
