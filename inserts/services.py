"""Writes of the inserts app: print runs, their codes and their PDFs (held designs' sign-offs
are ``inserts/holds.py``).

``printrun_create`` checks everything a person can fix (policy, sign-off, layout, profile,
SKUs) before a run exists; ``printrun_render`` (the background task and ``print_inserts``)
issues the codes, renders, verifies and stores the PDF. Both run the compliance gate on the
exact revision printed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog.models import Product
from catalog.selectors import product_name
from registration import scans
from registration.models import CodeBatch, ShortCode
from registration.services import shortcodes_issue

from . import digital_links, gate, serials, variants
from .models import InsertDesign, PrintProfile, PrintRun, PrintRunVariant
from .rendering import geometry as geo
from .rendering import job as render_job
from .rendering import pdf, pdfx, qr
from .rendering.layout import LayoutError
from .rendering.spec import Card, DesignSpec
from .specs import design_spec

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from catalog.models import SKU

logger = logging.getLogger(__name__)

#: QR purposes that get one code per unit on a serialized run (the code proves the unit);
#: the others (manual, support) share one code per SKU.
UNIT_PURPOSES = ("register", "warranty")
MAX_UNITS = 100_000
ISSUE_SLICE = 1000


class IssuedCode(NamedTuple):
    code: str
    serial: str
    variant: int | None = None


#: The codes of a run: {(sku_id, purpose): [code…]}.
IssuedCodes = dict[tuple[int, str], list[IssuedCode]]


class VerificationFailed(RuntimeError):
    """A QR code on the finished PDF did not decode to its URL."""


def site_host() -> str:
    parts = urlsplit(settings.SITE_URL)
    return (parts.netloc + parts.path).rstrip("/")


def sample_cards(spec: DesignSpec, count: int = 1, *, gs1: bool = False) -> list[Card]:
    """Cards for a preview: real-looking codes that lead to no unit (*gs1*: Digital Links)."""
    cards = []
    sample = next(iter(spec.products), "")
    for i in range(count):
        code = f"SAMPLE{i:04d}"
        urls = {
            p: digital_links.sample_url(settings.SITE_URL, p)
            if gs1 and p in digital_links.PURPOSES
            else f"{settings.SITE_URL}/r/{code}"
            for p in spec.purposes
        }
        codes = {p: f"{site_host()}/r/{code}" for p in spec.purposes}
        cards.append(Card(urls=urls, codes=codes, label=_("Preview"), product=sample))
    return cards


def profile_for(snapshot: dict[str, Any]) -> PrintProfile:
    """An unsaved profile with the values a run recorded."""
    w, h = snapshot["trim_mm"]
    return PrintProfile(
        name=snapshot["name"],
        slug=snapshot["slug"],
        trim_size=PrintProfile.TrimSize.CUSTOM,
        custom_width_mm=w,
        custom_height_mm=h,
        orientation="landscape" if w > h else "portrait",
        bleed_mm=snapshot["bleed_mm"],
        safe_margin_mm=snapshot["safe_margin_mm"],
        sides=snapshot["sides"],
        imposition=snapshot["imposition"],
        gutter_mm=snapshot["gutter_mm"],
        cut_and_stack=snapshot["cut_and_stack"],
        codes=snapshot.get("codes", PrintProfile.Codes.SHORT_CODE),
        pdf_x4=snapshot.get("pdf_x4", False),
    )


def design_pdf(
    design: InsertDesign,
    profile: PrintProfile,
    *,
    cards: int = 1,
    sheet: bool = False,
    products: Iterable[Product] | None = None,
) -> bytes:
    """A small PDF of *design* (any revision's object, drafts included) with sample codes: the
    preview, and the layout check before a run is created. *sheet* imposes as the profile does;
    otherwise one card per page (front, then back). *products*: those of a run (the product
    block reserves room for the longest name); a preview shows the brand's first."""
    spec = design_spec(design, products=products)
    g = profile.geometry()
    if not sheet and g.imposed:
        w, h = profile.trim_mm()
        g = geo.one_up(w, h, float(profile.bleed_mm), float(profile.safe_margin_mm))
    count = g.per_sheet if sheet else cards
    out = io.BytesIO()
    pdf.render(
        out, spec, g, sample_cards(spec, count, gs1=profile.digital_link),
        double_sided=profile.double_sided or bool(spec.back), qr_workers=0,
    )  # fmt: skip
    return out.getvalue()


def _check_layout(
    design: InsertDesign, profile: PrintProfile, products: Iterable[Product] | None = None
) -> None:
    try:
        if design.back and not profile.double_sided:
            raise ValidationError(
                _("This design has a back side: choose a double-sided print profile.")
            )
        design_pdf(design, profile, products=products)
    except (LayoutError, pdf.RenderError, geo.GeometryError) as error:
        raise ValidationError(str(error)) from error


def printrun_create(
    *,
    design: InsertDesign,
    skus: Iterable[SKU],
    profile: PrintProfile,
    serialized: bool = False,
    quantity: int = 0,
    serial_prefix: str = "",
    serial_start: int | None = None,
    lot: str = "",
    challengers: Sequence[variants.VariantChoice] = (),
    control_weight: int = 50,
    user: User | None = None,
    enqueue: bool = True,
) -> PrintRun:
    """Create a print run of *design*'s published revision and (on commit) enqueue its render.

    Refuses with ``gate.InsertBlocked`` when the policy finds anything in that revision (or
    ``gate.InsertHeld`` while its risks wait for a Compliance reviewer's sign-off, which the
    run records when there is one), and
    with ``ValidationError`` for anything else a person can fix, such as a serial prefix that
    does not fit a SKU's serial format (see ``serials.serials_plan``). Without *serial_start*
    a serialized run continues after the serials already issued. A GS1 Digital Link profile
    refuses SKUs without a GTIN and serials GS1 cannot carry, naming them; *lot* is printed
    in its codes (``/10/<lot>``). With *challengers* a serialized run splits its units
    between the design (the control, *control_weight*) and each challenger by weight
    (``inserts/variants.py``); every variant passes the same checks, and a refusal names it."""
    design = InsertDesign.objects.select_related("locale").get(pk=design.pk)
    revision = design.live_revision
    if not design.live or revision is None:
        raise ValidationError(_("Only a published (approved) design can be printed."))
    approved = revision.as_object()
    sign_off = gate.ensure_printable(approved, _("This design cannot be printed:"))
    skus = list(skus)
    if not skus:
        raise ValidationError(_("Choose at least one SKU."))
    language = design.locale.language_code
    names = [product_name(product=sku.product, language=language) for sku in skus]
    if findings := gate.product_names_check(approved, names):
        raise gate.InsertBlocked(findings, _("This design cannot be printed:"))
    if serialized:
        if not 1 <= quantity <= MAX_UNITS:
            raise ValidationError(
                _("A serialized run has between 1 and %(max)s units per SKU.") % {"max": MAX_UNITS}
            )
        if not unit_purpose_of(design_spec(approved).purposes):
            raise ValidationError(
                _("A serialized run needs a registration or warranty QR code on the design.")
            )
    if profile.digital_link:
        digital_links.skus_without_gtin_check(skus)
    lot = lot.strip()
    if lot:
        if not profile.digital_link:
            raise ValidationError(_("Only GS1 Digital Link codes carry a lot."))
        PrintRun._meta.get_field("lot").run_validators(lot)
    _check_layout(approved, profile, {sku.product for sku in skus})
    checked = variants.variants_check(
        control=design, control_weight=control_weight, challengers=challengers, skus=skus,
        profile=profile, serialized=serialized, check_layout=_check_layout,
    )  # fmt: skip
    with transaction.atomic():
        batch = CodeBatch.objects.create(
            label=f"{design.name} ({design.locale.language_code})", serialized=serialized,
            owner_target=design.owner_target,
        )  # fmt: skip
        run = PrintRun.objects.create(
            design=design,
            design_revision=revision,
            profile=profile,
            profile_snapshot=profile.snapshot(),
            serialized=serialized,
            quantity=quantity if serialized else 0,
            serial_prefix=serials.normalise_prefix(serial_prefix),
            serial_start=serial_start or 1,
            lot=lot,
            code_batch=batch,
            sign_off=sign_off,
            created_by=user,
        )
        run.skus.set(skus)
        PrintRunVariant.objects.bulk_create(
            PrintRunVariant(
                run=run,
                position=position,
                design=v.design,
                design_revision=v.revision,
                weight=v.weight,
                sign_off=v.sign_off if position else sign_off,
            )
            for position, v in enumerate(checked)
        )
        if serialized:
            # Inside the transaction: a refusal leaves neither a run nor a batch behind.
            skus = list(run.skus.select_related("product"))
            if serial_start is None:
                run.serial_start = serials.first_free_number(
                    skus, prefix=run.serial_prefix, run_id=run.pk
                )
                run.save(update_fields=["serial_start"])
            plan = serials.serials_plan(
                skus, quantity=run.quantity, prefix=run.serial_prefix,
                start=run.serial_start, run_id=run.pk,
            )  # fmt: skip
            if profile.digital_link:
                digital_links.serials_check(skus, plan)
        batch.label = f"Print run {run.pk}: {batch.label}"
        batch.save(update_fields=["label"])
        if enqueue:
            from .tasks import print_run_render_task

            transaction.on_commit(lambda: print_run_render_task.enqueue(run.pk))
    return run


RENDER_SHARE = render_job.RENDER_SHARE


def _progress(run_id: int, fraction: float) -> None:
    status = PrintRun.Status.VERIFYING if fraction >= RENDER_SHARE else PrintRun.Status.RENDERING
    PrintRun.objects.filter(pk=run_id).update(
        progress=max(0, min(99, int(fraction * 100))), status=status
    )


def _set_status(run: PrintRun, status: str, **fields: Any) -> None:
    run.status = status
    for key, value in fields.items():
        setattr(run, key, value)
    run.save(update_fields=["status", *fields])


def unit_purpose_of(purposes: tuple[str, ...]) -> str | None:
    """The QR purpose that carries one code per unit on a serialized run."""
    return next((p for p in purposes if p in UNIT_PURPOSES), None)


def _issue_codes(run: PrintRun, purposes: tuple[str, ...], language: str) -> IssuedCodes:
    """The run's codes, issued once (a retried render reuses them): {(sku_id, purpose): [code…]}.

    One code per SKU and purpose; on a serialized run the unit purpose (register or warranty)
    gets one code per unit instead, carrying the unit's serial."""
    existing = ShortCode.objects.filter(batch=run.code_batch).order_by("serial", "pk")
    unit_purpose = unit_purpose_of(purposes) if run.serialized else None
    if not existing.exists():
        with transaction.atomic():
            skus = list(run.skus.select_related("product").order_by("code"))
            plan = {}
            if unit_purpose:
                # One run at a time numbers a product: two queued runs cannot print one serial.
                products = {sku.product_id for sku in skus}
                locked = Product.objects.select_for_update().filter(pk__in=products)
                list(locked.order_by("pk").values_list("pk", flat=True))
                plan = serials.serials_plan(
                    skus, quantity=run.quantity, prefix=run.serial_prefix,
                    start=run.serial_start, run_id=run.pk,
                )  # fmt: skip
            assigned = _assignment(run, plan, skus) if unit_purpose else None
            offset = 0
            for sku in skus:
                for purpose in purposes:
                    units = plan[sku.pk] if purpose == unit_purpose else None
                    # In slices: the service returns model instances, and 10,000 of them at
                    # once would be the largest thing this process ever holds.
                    for start in range(0, len(units) if units else 1, ISSUE_SLICE):
                        part = units[start : start + ISSUE_SLICE] if units else None
                        chosen = None
                        if assigned is not None and part:
                            at = offset + start
                            chosen = assigned[at : at + len(part)]
                        shortcodes_issue(
                            sku=sku, count=len(part) if part else 1, batch=run.code_batch,
                            insert_revision=run.design_revision, locale=language,
                            target=purpose, serials=part, variants=chosen,
                        )  # fmt: skip
                offset += len(plan.get(sku.pk, ()))
    found: IssuedCodes = {}
    # Plain tuples, not model instances: 10,000 codes stay a few megabytes.
    rows = existing.values_list("code", "sku_id", "target", "serial", "variant")
    for code, sku_id, target, serial, variant in rows:
        found.setdefault((sku_id, target), []).append(IssuedCode(code, serial, variant))
    return found


def _assignment(run: PrintRun, plan: dict[int, list[str]], skus: list[SKU]) -> list[int] | None:
    """The variant of each unit in print order (``variants.assign``), recorded as each
    variant's unit count; ``None`` for a run without variants."""
    chosen = list(run.variants.order_by("position"))
    if len(chosen) < 2:
        return None
    total = sum(len(plan[sku.pk]) for sku in skus)
    assigned = variants.assign(run.pk, total, [v.weight for v in chosen])
    for v in chosen:
        v.units = assigned.count(v.position)
    PrintRunVariant.objects.bulk_update(chosen, ["units"])
    return assigned


def _cards(
    run: PrintRun, spec: DesignSpec, g: geo.Geometry, codes: IssuedCodes
) -> list[Card | None]:
    host, base = site_host(), settings.SITE_URL
    unit_purpose = unit_purpose_of(spec.purposes) if run.serialized else None
    gs1 = run.profile_snapshot.get("codes") == PrintProfile.Codes.DIGITAL_LINK

    def url(sku: SKU, purpose: str, code: IssuedCode) -> str:
        if not gs1 or purpose not in digital_links.PURPOSES:
            return f"{base}/r/{code.code}"
        serial = code.serial if purpose == unit_purpose else ""
        return digital_links.card_url(sku, purpose, lot=run.lot, serial=serial)

    def card(
        chosen: dict[str, IssuedCode], label: str, product: str, sku: SKU, variant: int = 0
    ) -> Card:
        return Card(
            urls={p: url(sku, p, c) for p, c in chosen.items()},
            codes={p: f"{host}/r/{c.code}" for p, c in chosen.items()},
            label=label,
            product=product,
            variant=variant,
        )

    cards: list[Card | None] = []
    for sku in run.skus.select_related("product__brand").order_by("code"):
        product = str(sku.product_id)
        shared = {p: codes[(sku.pk, p)][0] for p in spec.purposes if p != unit_purpose}
        if unit_purpose:
            for unit in codes[(sku.pk, unit_purpose)]:
                label = f"{sku.code} {unit.serial}"
                if unit.variant is not None:
                    label += f" {variants.label(unit.variant)}"
                chosen = {**shared, unit_purpose: unit}
                cards.append(card(chosen, label, product, sku, unit.variant or 0))
        else:
            # n-up: a sheet of the same card per SKU (step and repeat); one-up: one page
            cards.extend([card(shared, sku.code, product, sku)] * g.per_sheet)
    if run.serialized and g.imposed and run.profile_snapshot.get("cut_and_stack"):
        cards = cut_and_stack(cards, g.per_sheet)
    return cards


def cut_and_stack(cards: list[Card | None], per_sheet: int) -> list[Card | None]:
    """Reorder so that after cutting the sheets, each stack of one slot is in sequence: slot k
    of sheet s carries card k × sheets + s."""
    sheets = (len(cards) + per_sheet - 1) // per_sheet
    ordered: list[Card | None] = []
    for s in range(sheets):
        for k in range(per_sheet):
            index = k * sheets + s
            ordered.append(cards[index] if index < len(cards) else None)
    return ordered


def printrun_retry(*, run: PrintRun, user: User | None = None, enqueue: bool = True) -> PrintRun:
    """Queue a failed run again, or one whose worker died while rendering (no task backend
    notices that: see ``printruns_requeue_stale``). The codes already issued are reused, so a
    retried run prints the same codes it would have printed the first time."""
    with transaction.atomic():
        run = PrintRun.objects.select_for_update().get(pk=run.pk)
        if run.status == PrintRun.Status.DONE:
            raise ValidationError(_("This run is finished; start a new run to print again."))
        run.status = PrintRun.Status.QUEUED
        run.progress = 0
        run.message = _("Queued again.")
        run.findings = []
        run.started_at = run.finished_at = None
        run.save(
            update_fields=["status", "progress", "message", "findings", "started_at", "finished_at"]
        )
        if enqueue:
            from .tasks import print_run_render_task

            transaction.on_commit(lambda: print_run_render_task.enqueue(run.pk))
    logger.info("Print run %s queued again by %s", run.pk, user or "the system")
    return run


def printruns_requeue_stale(*, older_than_minutes: int = 30) -> list[int]:
    """Queue again the runs that have been rendering or verifying for longer than any run
    takes: their worker died (a deploy, the OOM killer) and no task backend retries. Run it
    from cron (``manage.py print_runs_requeue``)."""
    cutoff = timezone.now() - timedelta(minutes=older_than_minutes)
    stale = PrintRun.objects.filter(
        status__in=[PrintRun.Status.RENDERING, PrintRun.Status.VERIFYING], started_at__lt=cutoff
    )
    requeued = []
    for run in stale:
        printrun_retry(run=run)
        requeued.append(run.pk)
    return requeued


def printrun_render(*, run_id: int) -> PrintRun:
    """Issue the codes, render the PDF, verify every QR code and store the file.

    Idempotent: a run that is not queued is left alone (a task delivered twice renders once).
    Any failure marks the run failed with the reason; a policy refusal keeps the findings."""
    with transaction.atomic():
        run = PrintRun.objects.select_for_update().get(pk=run_id)
        if run.status != PrintRun.Status.QUEUED:
            return run
        _set_status(run, PrintRun.Status.RENDERING, started_at=timezone.now(), progress=0)
    try:
        _render(run)
    except gate.InsertBlocked as error:
        _set_status(
            run, PrintRun.Status.FAILED, message=str(error), finished_at=timezone.now(),
            findings=[f.to_dict() for f in error.findings],
        )  # fmt: skip
    except (
        ValidationError,
        LayoutError,
        pdf.RenderError,
        geo.GeometryError,
        pdfx.PdfxError,
    ) as error:
        message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        _set_status(run, PrintRun.Status.FAILED, message=message, finished_at=timezone.now())
    except VerificationFailed as error:
        logger.error("Print run %s failed the scan-back check:\n%s", run.pk, error)
        _set_status(run, PrintRun.Status.FAILED, message=str(error), finished_at=timezone.now())
    except Exception as error:
        logger.exception("Print run %s failed", run.pk)
        _set_status(
            run, PrintRun.Status.FAILED, finished_at=timezone.now(),
            message=_("Unexpected error: %(error)s") % {"error": error},
        )  # fmt: skip
        raise
    run.refresh_from_db()
    return run


def pdfx_output_intent() -> pdfx.OutputIntent:
    """The printing condition PDF/X-4 runs are made for: ``INSERTS_PDFX_OUTPUT_INTENT`` (the
    fields of ``pdfx.OutputIntent``, e.g. a print shop's FOGRA39 profile) or the profile shipped
    in assets/icc/."""
    configured = getattr(settings, "INSERTS_PDFX_OUTPUT_INTENT", None)
    return pdfx.OutputIntent(**configured) if configured else pdfx.DEFAULT_INTENT


def _render(run: PrintRun) -> None:
    revision = run.design_revision
    design = revision.as_object()
    gate.ensure_printable(design, _("This design cannot be printed:"))
    profile = profile_for(run.profile_snapshot)
    g = profile.geometry()
    job_line = _("%(name)s · revision %(rev)s · run %(run)s") % {
        "name": design.name, "rev": revision.pk, "run": run.pk,
    }  # fmt: skip
    products = Product.objects.filter(skus__print_runs=run).distinct().select_related("image")
    spec = design_spec(design, job=job_line, products=products)
    challengers = _variant_specs(run, job_line, products)
    if any(s.back for s in (spec, *challengers)) and not profile.double_sided:
        raise ValidationError(
            _("This design has a back side: choose a double-sided print profile.")
        )
    codes = _issue_codes(run, spec.purposes, design.locale.language_code)
    cards = _cards(run, spec, g, codes)
    job = render_job.Job(
        spec=spec,
        geometry=g,
        cards=cards,
        variants=tuple(challengers),
        double_sided=profile.double_sided,
        ec_level=getattr(settings, "INSERTS_QR_EC_LEVEL", qr.DEFAULT_EC_LEVEL),
        qr_workers=getattr(settings, "INSERTS_QR_WORKERS", 1),
        verify_workers=getattr(settings, "INSERTS_VERIFY_WORKERS", 1),
        title=f"{design.name} — {run}",
        pdf_x4=pdfx_output_intent() if profile.pdf_x4 else None,
    )
    isolate = len(cards) >= getattr(settings, "INSERTS_RENDER_PROCESS_FROM", 1000)
    work_dir = getattr(settings, "INSERTS_WORK_DIR", None) or None
    handle, path = tempfile.mkstemp(suffix=".pdf", prefix=f"print-run-{run.pk}-", dir=work_dir)
    os.close(handle)
    try:
        execute = render_job.run_isolated if isolate else render_job.run
        outcome = execute(job, path, progress=lambda fraction: _progress(run.pk, fraction))
        logger.info(
            "Print run %s: %s pages rendered in %.1f s, %s codes checked in %.1f s %s",
            run.pk, outcome.pages, outcome.render_seconds, outcome.checked,
            outcome.verify_seconds, outcome.extra,
        )  # fmt: skip
        if not outcome.ok:
            raise VerificationFailed(outcome.summary)
        digest = hashlib.sha256()
        with open(path, "rb") as source:
            for chunk in iter(lambda: source.read(1 << 20), b""):
                digest.update(chunk)
            source.seek(0)
            name = f"{design.slug}-{design.locale.language_code}-run{run.pk}.pdf"
            run.pdf.save(name, File(source), save=False)
        _set_status(
            run, PrintRun.Status.DONE, pdf=run.pdf, pdf_sha256=digest.hexdigest(),
            pdf_bytes=os.path.getsize(path), pages=outcome.pages, cards=outcome.cards,
            render_seconds=outcome.render_seconds,
            codes_verified=outcome.checked, verify_seconds=outcome.verify_seconds,
            progress=100, finished_at=timezone.now(), message=outcome.summary,
        )  # fmt: skip
    finally:
        if os.path.exists(path):
            os.unlink(path)


def _variant_specs(run: PrintRun, job_line: str, products: Any) -> list[DesignSpec]:
    """The challengers' specs (B, C…), each through the gate again: a variant whose revision
    the policy now blocks refuses the whole run, naming the variant."""
    specs = []
    for v in run.variants.filter(position__gt=0).select_related("design_revision"):
        design = v.design_revision.as_object()
        what = _("Variant %(label)s (%(design)s) cannot be printed:") % {
            "label": v.label, "design": design.name,
        }  # fmt: skip
        gate.ensure_printable(design, what)
        specs.append(design_spec(design, job=f"{job_line} · {v.label}", products=products))
    return specs


def design_owner_target_apply(*, design: InsertDesign) -> int:
    """Where registered units of *design*'s printed cards lead follows the design's choice: the
    code batches of its runs take it (``registration.resolver`` reads it there). Returns how
    many batches changed. The printed codes stay as they are."""
    changed = CodeBatch.objects.filter(print_run__design=design).exclude(
        owner_target=design.owner_target
    )
    count = changed.update(owner_target=design.owner_target)
    if count:
        transaction.on_commit(scans.forget)
    return count
