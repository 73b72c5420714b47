"""Render an approved insert design to a print-ready PDF, for print-shop automation.

The same path as the admin: a print run is recorded (codes, revision, profile), rendered,
verified by scanning every QR code back, and the PDF copied to --out. A design the policy blocks
is refused with its findings on stderr and exit status 2; any other failure exits 1.
"""

import shutil
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from catalog.models import SKU
from inserts import gate, selectors, services
from inserts.models import InsertDesign, PrintProfile, PrintRun

EXIT_BLOCKED = 2


class Command(BaseCommand):
    help = (
        "Render an approved insert design to a print-ready PDF (same as a print run in the admin)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--design", required=True, help="The design's slug.")
        parser.add_argument(
            "--language", "--locale", dest="language",
            help="Which translation (en, de, fr, es, it, zh-hans); default: the site language.",
        )  # fmt: skip
        parser.add_argument(
            "--sku", action="append", dest="skus", default=[], metavar="SKU",
            help="A SKU to print (repeat for several); default: every active SKU of the brand.",
        )  # fmt: skip
        parser.add_argument(
            "--serialized", type=int, metavar="N", default=0,
            help="N cards per SKU, each with its own registration code and serial.",
        )  # fmt: skip
        parser.add_argument(
            "--serial-prefix", default="",
            help="Serial prefix; prefix and number must match the product's serial format "
            "(default: the format's fixed beginning, or R<run>- for a product without one).",
        )  # fmt: skip
        parser.add_argument(
            "--serial-start", type=int, metavar="N", default=None,
            help="First serial number (default: after the last serial already issued).",
        )  # fmt: skip
        parser.add_argument(
            "--lot", default="",
            help="Lot printed in GS1 Digital Link codes (/10/<lot>); needs a Digital Link profile.",
        )  # fmt: skip
        parser.add_argument("--profile", help="Print profile slug; default: the design's profile.")
        parser.add_argument("--out", required=True, help="Where to write the PDF.")

    def handle(self, *args, **options):
        try:
            design = selectors.design_for_print(options["design"], options["language"])
        except InsertDesign.DoesNotExist as error:
            raise CommandError(str(error)) from error
        profile = self._profile(design, options["profile"])
        skus = self._skus(design, options["skus"])
        try:
            run = services.printrun_create(
                design=design,
                skus=skus,
                profile=profile,
                serialized=options["serialized"] > 0,
                quantity=options["serialized"],
                serial_prefix=options["serial_prefix"],
                serial_start=options["serial_start"],
                lot=options["lot"],
                enqueue=False,
            )
        except gate.InsertBlocked as error:
            self._blocked(error.findings, str(error).splitlines()[0])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stderr.write(f"Print run {run.pk}: rendering {run.unit_count} card(s)…")
        run = services.printrun_render(run_id=run.pk)
        if run.status != PrintRun.Status.DONE:
            if run.findings:
                self._blocked([gate.DesignFinding(**f) for f in run.findings], run.message)
            raise CommandError(f"Print run {run.pk} failed: {run.message}")
        with run.pdf.open("rb") as source, open(options["out"], "wb") as target:
            shutil.copyfileobj(source, target)
        self.stdout.write(
            f"{options['out']}: {run.pages} pages, {run.cards} cards, "
            f"{run.codes_verified} QR codes verified, sha256 {run.pdf_sha256} (print run {run.pk})"
        )

    def _blocked(self, findings, headline: str):
        self.stderr.write(headline)
        for finding in findings:
            self.stderr.write(f"  {finding}")
        sys.exit(EXIT_BLOCKED)

    def _profile(self, design, slug):
        if slug:
            try:
                return PrintProfile.objects.get(slug=slug)
            except PrintProfile.DoesNotExist as error:
                known = ", ".join(PrintProfile.objects.values_list("slug", flat=True))
                raise CommandError(f"No print profile {slug!r}; there are: {known}") from error
        if design.profile is None:
            raise CommandError("The design has no print profile: pass --profile.")
        return design.profile

    def _skus(self, design, codes):
        if not codes:
            skus = SKU.objects.filter(is_active=True)
            if design.brand_id:
                skus = skus.filter(product__brand=design.brand_id)
            return list(skus.order_by("code"))
        found = {s.code: s for s in SKU.objects.filter(code__in=codes)}
        missing = [c for c in codes if c not in found]
        if missing:
            raise CommandError(f"Unknown SKU(s): {', '.join(missing)}")
        return [found[c] for c in codes]
