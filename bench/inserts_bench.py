"""Speed and memory of print-ready insert PDFs, beside baselines measured in the same run.

1. **One A6 page**: the full insert renderer (layout, form XObject, vector QR, boxes, marks,
   embedded subset fonts) against a bare reportlab page that draws the same text with the same
   embedded fonts: the framework floor. Median of interleaved rounds, and the median ratio.
   Target: within 3× of the bare page.
2. **A 10,000-unit serialized run** through the real service (``printrun_create`` +
   ``printrun_render``): 10,000 short codes issued, 10,000 pages rendered and streamed to disk,
   every QR code scanned back at 300 dpi. Total time and peak RSS of the process (Django and
   Wagtail loaded, as in a task worker), with the QR worker process's peak beside it.
   Targets: under 30 s, under 200 MB.
2b. **The same run with GS1 Digital Link codes** (the SKU's GTIN, a lot, each unit's serial in
   every code): beside the short-code run's figures.
3. **The same cards through WeasyPrint** from HTML (one A6 page per card, the QR as inline SVG):
   what a developer would otherwise reach for. It runs on ``--weasyprint-pages`` pages (default
   1,000; pass 10000 for the full run, which takes minutes and gigabytes) and extrapolates the
   time to 10,000 pages linearly; memory is reported as measured.

Each measurement runs in its own process so peak RSS belongs to it alone. A fresh SQLite
database in a temporary folder is used unless DATABASE_URL is set.

    python bench/inserts_bench.py [--units 10000] [--rounds 15] [--weasyprint-pages 1000]
                                  [--skip-weasyprint]

The last line is ``RESULT page_ms=… bare_page_ms=… page_ratio=… run_units=… run_s=…
run_render_s=… run_verify_s=… run_cpu_s=… run_peak_rss_mb=… render_process_rss_mb=…
verify_worker_rss_mb=… weasyprint_pages=…
weasyprint_pages_per_s=… weasyprint_10k_s_est=… weasyprint_peak_rss_mb=…
weasyprint_10k_rss_mb_est=…``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADING = "Thank you for choosing Nordvik"
PARAGRAPH = (
    "We hope your new gear keeps you going for many seasons. Register it in two minutes and "
    "we add 12 extra months to your warranty."
)
CAPTION = "Scan to register your product"
SMALL = "Nordvik Outdoor GmbH · Hafenstraße 12 · 20457 Hamburg · Germany"


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    from inserts.rendering.job import peak_rss_mb as own_peak

    return own_peak()


# --- 1. one page ---------------------------------------------------------------------------


def child_single(rounds: int) -> dict:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from inserts.rendering import geometry, pdf, spec
    from registration.pdf import fonts

    fonts.register()
    design = spec.DesignSpec(
        title="Thank-you card",
        locale="en",
        front=(
            spec.Block("heading", {"text": HEADING, "size": "large"}, "Heading 1"),
            spec.Block("paragraph", {"text": f"<p>{PARAGRAPH}</p>"}, "Paragraph 1"),
            spec.Block(
                "qr_code",
                {"purpose": "register", "caption": CAPTION, "size_mm": 22, "show_code": True},
                "QR code 1",
            ),
            spec.Block("small_print", {"text": SMALL}, "Small print 1"),
        ),
        background=spec.CMYK(0.03, 0, 0.08, 0),
        accent=spec.CMYK(0.9, 0.35, 0, 0.2),
    )
    g = geometry.one_up(105, 148, 3, 5)
    card = [spec.Card(urls={"register": "https://care.nordvik.example/r/7K2QX9M4TD"},
                      codes={"register": "care.nordvik.example/r/7K2QX9M4TD"}, label="NV-1")]  # fmt: skip

    def insert_page() -> bytes:
        out = io.BytesIO()
        pdf.render(out, design, g, card, qr_workers=0)
        return out.getvalue()

    def bare_page() -> bytes:
        out = io.BytesIO()
        c = Canvas(out, pagesize=(g.sheet_w, g.sheet_h), invariant=1, initialFontName=fonts.SANS)
        c.setFont(fonts.SANS_BOLD, 17)
        c.drawString(20 * mm, 150 * mm, HEADING)
        c.setFont(fonts.SANS, 8.6)
        for i, text in enumerate((PARAGRAPH, CAPTION, "care.nordvik.example/r/7K2QX9M4TD")):
            c.drawString(20 * mm, (140 - 5 * i) * mm, text)
        c.setFont(fonts.SANS, 6.2)
        c.drawString(20 * mm, 20 * mm, SMALL)
        c.showPage()
        c.save()
        return out.getvalue()

    insert_page(), bare_page()  # warm up: font subsets, imports
    insert_times, bare_times, ratios = [], [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        insert_page()
        t1 = time.perf_counter()
        bare_page()
        t2 = time.perf_counter()
        insert_times.append(t1 - t0)
        bare_times.append(t2 - t1)
        ratios.append((t1 - t0) / (t2 - t1))
    return {
        "page_ms": statistics.median(insert_times) * 1000,
        "bare_page_ms": statistics.median(bare_times) * 1000,
        "page_ratio": statistics.median(ratios),
    }


# --- 2. the serialized run -------------------------------------------------------------------


def child_run_gs1(units: int) -> dict:
    """The same run with GS1 Digital Link codes (the SKU's GTIN, a lot, the unit's serial)."""
    return {f"gs1_{key}": value for key, value in child_run(units, gs1=True).items()}


def child_run(units: int, gs1: bool = False) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from wagtail.models import Locale

    from catalog.models import SKU, Brand, Product
    from inserts import services
    from inserts.models import InsertDesign, PrintProfile, PrintRun
    from inserts.rendering import job as render_job

    setup_rss = peak_rss_mb()
    brand, _ = Brand.objects.get_or_create(slug="bench", defaults={"name": "Bench Outdoor"})
    product, _ = Product.objects.get_or_create(
        slug="bench-lamp", defaults={"brand": brand, "name": "Lamp"}
    )
    sku, _ = SKU.objects.get_or_create(
        code=f"BENCH-{time.time_ns()}", defaults={"product": product}
    )
    profile, _ = PrintProfile.objects.get_or_create(
        slug="bench-a6", defaults={"name": "A6 one-up", "sides": "single"}
    )
    if gs1:
        SKU.objects.filter(gtin="04006381333931").update(gtin="")
        sku.gtin = "4006381333931"
        sku.save()
        profile, _ = PrintProfile.objects.get_or_create(
            slug="bench-a6-gs1",
            defaults={"name": "A6 GS1", "sides": "single", "codes": "gs1_digital_link"},
        )
    design = InsertDesign.objects.filter(slug="bench-card").first()
    if design is None:
        design = InsertDesign(
            name="Bench card", slug="bench-card", brand=brand, profile=profile, live=False,
            locale=Locale.get_default(), background_cmyk="3,0,8,0",
            front=[
                ("heading", {"text": HEADING, "size": "large", "align": "left"}),
                ("paragraph", {"text": f"<p>{PARAGRAPH}</p>", "align": "left"}),
                ("qr_code", {"purpose": "register", "caption": CAPTION, "size_mm": 22,
                             "show_code": True}),
                ("small_print", {"text": SMALL, "align": "left"}),
            ],
        )  # fmt: skip
        design.save()
        design.save_revision().publish()
        design.refresh_from_db()
    outcomes = []
    real_run = render_job.run_isolated

    def run_isolated(*args, **kwargs):
        outcomes.append(real_run(*args, **kwargs))
        return outcomes[-1]

    render_job.run_isolated = run_isolated  # keep the outcome for its memory figures
    started = time.perf_counter()
    cpu_started = time.process_time()
    run = services.printrun_create(
        design=design, skus=[sku], profile=profile, serialized=True, quantity=units,
        enqueue=False, lot="B2026-12" if gs1 else "",
    )  # fmt: skip
    run = services.printrun_render(run_id=run.pk)
    total = time.perf_counter() - started
    cpu_self = time.process_time() - cpu_started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.status != PrintRun.Status.DONE:
        raise SystemExit(f"run failed: {run.message}")
    return {
        "run_units": run.cards,
        "run_pages": run.pages,
        "run_s": total,
        "run_render_s": run.render_seconds,
        "run_verify_s": run.verify_seconds,
        "run_codes_s": total - run.render_seconds - run.verify_seconds,
        "run_peak_rss_mb": peak_rss_mb(),
        "run_setup_rss_mb": setup_rss,
        "render_process_rss_mb": outcomes[0].extra.get("render_process_peak_rss_mb", 0.0),
        "verify_worker_rss_mb": outcomes[0].extra.get("verify_workers_peak_rss_mb", 0.0),
        "run_cpu_s": cpu_self + children.ru_utime + children.ru_stime,
        "load_average": os.getloadavg()[0],
        "run_pdf_mb": run.pdf_bytes / 1e6,
        "codes_verified": run.codes_verified,
    }


# --- 3. WeasyPrint ------------------------------------------------------------------------------


def child_weasyprint(pages: int) -> dict:
    import weasyprint
    import zxingcpp

    from inserts.rendering import qr

    css = """
    @page { size: 111mm 154mm; margin: 0; }
    body { margin: 0; font-family: 'Noto Sans', sans-serif; }
    .card { width: 105mm; height: 148mm; margin: 3mm; background: #f5fbeb; position: relative;
            page-break-after: always; padding: 5mm; box-sizing: border-box; }
    h1 { font-size: 17pt; color: #0b6fa8; margin: 0 0 2mm; }
    p { font-size: 8.6pt; margin: 0 0 2mm; }
    .qr { width: 22mm; height: 22mm; margin: 4mm auto 1mm; display: block; }
    .small { position: absolute; bottom: 5mm; font-size: 6.2pt; }
    .code { text-align: center; font-size: 7pt; }
    """
    parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    for i in range(pages):
        url = f"HTTPS://CARE.NORDVIK.EXAMPLE/R/{i:010d}"
        svg = zxingcpp.create_barcode(
            url, zxingcpp.BarcodeFormat.QRCode, ec_level=qr.DEFAULT_EC_LEVEL
        ).to_svg(add_quiet_zones=False)
        svg = svg[svg.index("<svg") :].replace("<svg ", "<svg class='qr' ", 1)
        parts.append(
            f"<section class='card'><h1>{HEADING}</h1><p>{PARAGRAPH}</p>{svg}"
            f"<div class='code'>care.nordvik.example/r/{i:010d}</div>"
            f"<div class='code'>{CAPTION}</div><div class='small'>{SMALL}</div></section>"
        )
    parts.append("</body></html>")
    html = "".join(parts)
    del parts
    before = current_rss_mb()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "weasy.pdf"
        weasyprint.HTML(string=html).write_pdf(target)
        size = target.stat().st_size
    elapsed = time.perf_counter() - started
    return {
        "weasyprint_pages": pages,
        "weasyprint_s": elapsed,
        "weasyprint_pages_per_s": pages / elapsed,
        "weasyprint_10k_s_est": elapsed / pages * 10_000,
        "weasyprint_peak_rss_mb": peak_rss_mb(),
        # memory grows with the page count: extrapolate what the pages themselves took
        "weasyprint_10k_rss_mb_est": before + (peak_rss_mb() - before) / pages * 10_000,
        "weasyprint_pdf_mb": size / 1e6,
    }


# --- driver ----------------------------------------------------------------------------------


def in_child(mode: str, arg: int, env: dict) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(arg)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--weasyprint-pages", type=int, default=1_000)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "ARG"))
    parser.add_argument(
        "--skip-weasyprint", action="store_true", help="Leave out the WeasyPrint comparison."
    )
    args = parser.parse_args()
    if args.child:
        mode, value = args.child[0], int(args.child[1])
        handler = {
            "single": child_single, "run": child_run, "run_gs1": child_run_gs1,
            "weasyprint": child_weasyprint,
        }[mode]  # fmt: skip
        print(json.dumps(handler(value)))
        return

    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="inserts-bench-") as tmp:
        env = {**os.environ, "BRIDGECARD_VAR_DIR": tmp, "MEDIA_ROOT": str(Path(tmp) / "media"),
               "LOG_LEVEL": "WARNING", "DJANGO_SETTINGS_MODULE": "config.settings"}  # fmt: skip
        env.pop("REDIS_URL", None)
        print("== one A6 page: insert renderer vs bare reportlab page (same text, same fonts)")
        results.update(in_child("single", args.rounds, env))
        print(
            f"   insert {results['page_ms']:.1f} ms   bare {results['bare_page_ms']:.1f} ms   "
            f"ratio {results['page_ratio']:.2f}× (target ≤ 3×, median of {args.rounds} rounds)"
        )
        print(f"== {args.units:,}-unit serialized run (codes, render, 300 dpi scan-back)")
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            env=env, cwd=ROOT, check=True,
        )  # fmt: skip
        results.update(in_child("run", args.units, env))
        print(
            f"   total {results['run_s']:.1f} s = codes {results['run_codes_s']:.1f} s + render "
            f"{results['run_render_s']:.1f} s + verify {results['run_verify_s']:.1f} s; "
            f"{results['run_pages']:,} pages, {results['run_pdf_mb']:.1f} MB PDF, "
            f"{results['codes_verified']:,} codes decoded"
        )
        print(
            f"   peak RSS: task worker {results['run_peak_rss_mb']:.0f} MB (of which Django + "
            f"Wagtail {results['run_setup_rss_mb']:.0f} MB), render process "
            f"{results['render_process_rss_mb']:.0f} MB, each scan-back worker "
            f"{results['verify_worker_rss_mb']:.0f} MB (targets < 30 s, < 200 MB)"
        )
        print(
            f"   CPU time of all processes {results['run_cpu_s']:.1f} s; load average during "
            f"the run {results['load_average']:.1f} on {os.cpu_count()} cores (other work "
            f"on the machine stretches the wall time)"
        )
        print("== the same run with GS1 Digital Link codes (GTIN, lot and serial in each code)")
        results.update(in_child("run_gs1", args.units, env))
        print(
            f"   total {results['gs1_run_s']:.1f} s (short codes {results['run_s']:.1f} s) = "
            f"render {results['gs1_run_render_s']:.1f} s + verify "
            f"{results['gs1_run_verify_s']:.1f} s; peak RSS: task worker "
            f"{results['gs1_run_peak_rss_mb']:.0f} MB (short codes "
            f"{results['run_peak_rss_mb']:.0f} MB), render process "
            f"{results['gs1_render_process_rss_mb']:.0f} MB (short codes "
            f"{results['render_process_rss_mb']:.0f} MB); {results['gs1_run_pdf_mb']:.1f} MB PDF"
        )
        if args.skip_weasyprint:
            print("RESULT " + " ".join(f"{k}={v:.4g}" for k, v in results.items()))
            return
        print(f"== the same cards through WeasyPrint from HTML ({args.weasyprint_pages:,} pages)")
        try:
            results.update(in_child("weasyprint", args.weasyprint_pages, env))
            print(
                f"   {results['weasyprint_s']:.1f} s = {results['weasyprint_pages_per_s']:.1f} "
                f"pages/s → {results['weasyprint_10k_s_est']:.0f} s for 10,000 (linear "
                f"estimate); peak RSS {results['weasyprint_peak_rss_mb']:.0f} MB for "
                f"{args.weasyprint_pages:,} pages → about "
                f"{results['weasyprint_10k_rss_mb_est'] / 1024:.1f} GB for 10,000 (linear estimate)"
            )
        except (RuntimeError, ImportError) as error:
            print(f"   WeasyPrint could not run here: {str(error).splitlines()[-1]}")
            print('   (pip install -e ".[bench]"; it needs Pango ≥ 1.44 from the system)')
    keys = [
        "page_ms", "bare_page_ms", "page_ratio", "run_units", "run_s", "run_render_s",
        "run_verify_s", "run_cpu_s", "run_peak_rss_mb", "render_process_rss_mb",
        "verify_worker_rss_mb", "weasyprint_pages",
        "weasyprint_pages_per_s", "weasyprint_10k_s_est", "weasyprint_peak_rss_mb",
        "weasyprint_10k_rss_mb_est",
    ]  # fmt: skip
    line = " ".join(
        f"{k}={results[k]:.2f}"
        if isinstance(results.get(k), float)
        else f"{k}={results.get(k, 'na')}"
        for k in keys
    )
    print(f"RESULT {line}")


if __name__ == "__main__":
    main()
