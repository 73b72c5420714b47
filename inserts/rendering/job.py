"""One print job: render the PDF (made PDF/X-4 and checked when the profile asks for it), then
scan every QR code back. In this process, or isolated.

A large run renders in a child process (``python -m inserts.rendering.job``) that loads only
reportlab, PDFium and zxing-cpp, not Django and Wagtail. Two reasons: the memory a 10,000-page
render and its scan-back need is returned to the system when the child exits (a long-lived task
worker would otherwise keep its high-water mark for good), and the child's peak stays about
130 MB instead of adding to the worker's. Progress comes back as lines on stdout; the job and
its outcome travel as pickles in a private temporary folder (written and read only by this
code, never from outside input).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import geometry as geo
from . import layout, pdf, pdfx, verify
from .spec import Card, DesignSpec

#: Share of the progress bar that rendering takes; the scan-back check takes the rest.
RENDER_SHARE = 0.75

#: Errors a person can act on travel back from the child by name and are raised again here.
_ERRORS = {
    "LayoutError": layout.LayoutError,
    "RenderError": pdf.RenderError,
    "GeometryError": geo.GeometryError,
    "PdfxError": pdfx.PdfxError,
}


@dataclass
class Job:
    spec: DesignSpec
    geometry: geo.Geometry
    cards: Sequence[Card | None]
    #: A/B runs: the challengers' specs, drawn for cards whose ``variant`` is 1, 2…
    variants: Sequence[DesignSpec] = ()
    double_sided: bool = False
    ec_level: str = "Q"
    qr_workers: int = 1
    verify_workers: int = 1
    title: str = ""
    #: write PDF/X-4 for this printing condition (None: a plain PDF, no output intent)
    pdf_x4: pdfx.OutputIntent | None = None


@dataclass
class Outcome:
    pages: int = 0
    sheets: int = 0
    cards: int = 0
    render_seconds: float = 0.0
    verify_seconds: float = 0.0
    checked: int = 0
    ok: bool = False
    summary: str = ""
    error: tuple[str, str] | None = None
    extra: dict = field(default_factory=dict)


def run(job: Job, path: str | Path, progress: Callable[[float], None] | None = None) -> Outcome:
    """Render *job* to *path* and verify it, here. *progress* gets a fraction 0–1."""
    started = time.perf_counter()
    with open(path, "wb") as out:
        result = pdf.render(
            out, job.spec, job.geometry, job.cards, variants=job.variants,
            double_sided=job.double_sided,
            ec_level=job.ec_level, qr_workers=job.qr_workers, title=job.title,
            progress=(lambda done, total: progress(RENDER_SHARE * done / total)) if progress else None,
        )  # fmt: skip
    problems: list[str] = []
    if job.pdf_x4 is not None:
        pdfx.convert(path, job.pdf_x4)
        problems = pdfx.check(path)
    rendered = time.perf_counter()
    report = verify.verify_parallel(
        path, result.expectations, workers=job.verify_workers,
        progress=(
            (lambda done, total: progress(RENDER_SHARE + (1 - RENDER_SHARE) * done / total))
            if progress else None
        ),
    )  # fmt: skip
    extra = {"verify_workers_peak_rss_mb": report.peak_rss_mb} if report.peak_rss_mb else {}
    return Outcome(
        extra=extra,
        pages=result.pages,
        sheets=result.sheets,
        cards=result.cards,
        render_seconds=rendered - started,
        verify_seconds=time.perf_counter() - rendered,
        checked=report.checked,
        ok=report.ok and not problems,
        summary=_pdfx_summary(problems) + report.summary(),
    )


def _pdfx_summary(problems: list[str]) -> str:
    """The PDF/X-4 check's refusal, ahead of the scan-back check's summary (a print shop's
    preflight would refuse the file for the same reasons)."""
    if not problems:
        return ""
    lines = [f"The file is not {pdfx.VERSION}:", *(f"  {p}" for p in problems)]
    return "\n".join(lines) + "\n"


def run_isolated(
    job: Job, path: str | Path, progress: Callable[[float], None] | None = None
) -> Outcome:
    """``run`` in a child process; errors a person can act on are raised here as themselves."""
    with tempfile.TemporaryDirectory(prefix="print-job-") as folder:
        job_file = Path(folder) / "job.pickle"
        outcome_file = Path(folder) / "outcome.pickle"
        job_file.write_bytes(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))
        root = Path(__file__).resolve().parents[2]
        child = subprocess.Popen(  # noqa: S603 (this interpreter, our module, our temp paths)
            [sys.executable, "-m", "inserts.rendering.job", str(job_file), str(path), str(outcome_file)],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:
            if line.startswith("progress ") and progress is not None:
                progress(float(line.split()[1]))
        stderr = child.stderr.read()
        if child.wait() != 0 or not outcome_file.exists():
            raise pdf.RenderError(f"The render process failed:\n{stderr[-2000:]}")
        outcome: Outcome = pickle.loads(outcome_file.read_bytes())  # noqa: S301 (our own file)
    if outcome.error:
        kind, message = outcome.error
        raise _ERRORS.get(kind, pdf.RenderError)(message)
    return outcome


def peak_rss_mb() -> float:
    """This process's own peak resident memory since it started its program.

    ``ru_maxrss`` is carried over from the parent across fork and exec on Linux, so a child
    started by a big process would report the parent's size; ``VmHWM`` belongs to the new
    program alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    job_file, path, outcome_file = argv
    job: Job = pickle.loads(Path(job_file).read_bytes())  # noqa: S301 (written by run_isolated)
    last = [0.0]

    def progress(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1:
            last[0] = fraction
            print(f"progress {fraction:.4f}", flush=True)

    try:
        outcome = run(job, path, progress)
    except tuple(_ERRORS.values()) as error:
        outcome = Outcome(error=(type(error).__name__, str(error)))
    outcome.extra["render_process_peak_rss_mb"] = round(peak_rss_mb(), 1)
    Path(outcome_file).write_bytes(pickle.dumps(outcome))
    return 0


if __name__ == "__main__":
    # Run the importable module's ``main`` so the outcome pickles as inserts.rendering.job.Outcome
    # (not __main__.Outcome, which the parent could not load).
    from inserts.rendering import job as _module

    sys.exit(_module.main(sys.argv[1:]))
