"""PDF/X-4: the output intent and metadata a print file declares, and the check that it keeps
the promise (no RGB, no transparency, fonts embedded, boxes on every page).

reportlab draws the run as it always does (CMYK only, every font embedded and subset, TrimBox
and BleedBox on every page: see ``pdf``); it cannot write an output intent or XMP metadata. So
the finished file is opened with pikepdf (qpdf), which adds:

- ``/OutputIntents`` with one ``/GTS_PDFX`` intent: the condition's identifier and the CMYK ICC
  profile embedded as ``/DestOutputProfile`` (``assets/icc/``, or the deployment's own through
  ``INSERTS_PDFX_OUTPUT_INTENT``);
- the XMP packet PDF/X-4 asks for (``pdfxid:GTS_PDFXVersion``, ``pdf:Trapped``, the document
  and version IDs, the dates) and the same in the Info dictionary (``/Trapped /False``,
  ``/GTS_PDFXVersion``);
- PDF 1.6 and a document ID computed from the content, so identical input still gives
  identical bytes.

``check`` then reads the written file the way a preflight would for the rules this renderer
could break, and the job fails the run when it finds anything (``job.run``). It is not a full
PDF/X-4 preflight (Acrobat's or callas pdfToolbox's): docs/inserts.md says what a print shop
should still run.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "icc"
VERSION = "PDF/X-4"
#: PDF/X-4 is based on PDF 1.6.
PDF_VERSION = "1.6"


class PdfxError(ValueError):
    """The output intent cannot be used (the profile is missing or not a CMYK output profile)."""


@dataclass(frozen=True)
class OutputIntent:
    """The printing condition a PDF/X file is made for.

    *identifier* is the condition's name; a condition registered with the ICC (e.g. "FOGRA39",
    with *registry* "http://www.color.org") only with the profile made for it. *profile* is the
    path of its ICC profile, embedded in every file."""

    profile: str
    identifier: str
    condition: str = ""
    info: str = ""
    registry: str = ""


#: Ghostscript's CMYK output profile, shipped in assets/icc/ (AGPL-3.0-or-later, as Bridgecard).
#: It is not a FOGRA39 profile, so the files do not claim that condition: see assets/icc/README.md.
DEFAULT_INTENT = OutputIntent(
    profile=str(ASSETS / "default_cmyk.icc"),
    identifier="Artifex CMYK SWOP Profile",
    condition="Artifex CMYK SWOP Profile (GPL Ghostscript default_cmyk.icc)",
    info="Artifex CMYK SWOP Profile",
)


def _profile_bytes(intent: OutputIntent) -> bytes:
    try:
        data = Path(intent.profile).read_bytes()
    except OSError as error:
        raise PdfxError(f"The output profile {intent.profile} cannot be read: {error}") from error
    # ICC header: bytes 12–15 the device class, 16–19 the data colour space.
    if len(data) < 128 or data[36:40] != b"acsp":
        raise PdfxError(f"{intent.profile} is not an ICC profile.")
    if data[16:20] != b"CMYK" or data[12:16] != b"prtr":
        raise PdfxError(f"{intent.profile} is not a CMYK output (printer) profile.")
    return data


def _document_uuid(path: str | Path) -> uuid.UUID:
    """A document ID that follows from the content: the same run gives the same file."""
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for chunk in iter(lambda: source.read(1 << 20), b""):
            digest.update(chunk)
    return uuid.UUID(bytes=digest.digest()[:16], version=4)


def convert(path: str | Path, intent: OutputIntent = DEFAULT_INTENT) -> None:
    """Make the PDF at *path* (as ``pdf.render`` wrote it) a PDF/X-4 file, in place."""
    icc = _profile_bytes(intent)
    document = f"uuid:{_document_uuid(path)}"
    target = f"{path}.pdfx"
    with pikepdf.open(path) as pdf:
        profile = pdf.make_stream(icc, Dictionary(N=4))
        output_intent = Dictionary(
            Type=Name.OutputIntent,
            S=Name.GTS_PDFX,
            OutputConditionIdentifier=String(intent.identifier),
            DestOutputProfile=profile,
        )
        if intent.condition:
            output_intent.OutputCondition = String(intent.condition)
        if intent.info:
            output_intent.Info = String(intent.info)
        if intent.registry:
            output_intent.RegistryName = String(intent.registry)
        pdf.Root.OutputIntents = Array([pdf.make_indirect(output_intent)])
        # Not pikepdf as editor, and no docinfo sync: either would stamp the time of this
        # call and make identical runs differ.
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            # reportlab already writes /Trapped /False, which has no direct XMP twin.
            meta.load_from_docinfo({k: v for k, v in pdf.docinfo.items() if k != "/Trapped"})
            meta["pdfxid:GTS_PDFXVersion"] = VERSION
            meta["pdf:Trapped"] = "False"
            meta["xmpMM:DocumentID"] = document
            meta["xmpMM:InstanceID"] = document
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
            if "xmp:ModifyDate" in meta:
                meta["xmp:MetadataDate"] = meta["xmp:ModifyDate"]
        pdf.docinfo[Name.Trapped] = Name("/False")
        pdf.docinfo[Name.GTS_PDFXVersion] = String(VERSION)
        pdf.save(target, min_version=PDF_VERSION, deterministic_id=True)
    os.replace(target, path)


# --- the check ---------------------------------------------------------------------------------

_RGB_SPACES = {"/DeviceRGB", "/CalRGB", "/RGB"}
_RGB_OPERATORS = {"rg", "RG"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def _colour_space_problem(space: pikepdf.Object) -> str | None:
    """Why *space* is RGB (DeviceRGB, CalRGB, a three-component ICC profile, or an indexed or
    separation space over one), or None."""
    if isinstance(space, Name):
        return f"colour space {space}" if str(space) in _RGB_SPACES else None
    if isinstance(space, Array) and len(space):
        family = str(space[0])
        if family in _RGB_SPACES:
            return f"colour space {family}"
        if family == "/ICCBased" and int(space[1].get("/N", 0)) == 3:
            return "an RGB ICC colour space"
        if family == "/Indexed":
            return _colour_space_problem(space[1])
        if family in ("/Separation", "/DeviceN"):
            return _colour_space_problem(space[2])
    return None


def _alpha_problem(state: pikepdf.Object) -> str | None:
    for key in ("/CA", "/ca"):
        if key in state and float(state[key]) < 1:
            return f"transparency ({key} {float(state[key]):g})"
    if "/SMask" in state and state.SMask != Name.None_:
        return "a soft mask in a graphics state"
    if "/BM" in state and str(state.BM) not in ("/Normal", "/Compatible"):
        return f"blend mode {state.BM}"
    return None


def _font_problem(font: pikepdf.Object) -> str | None:
    subtype = str(font.get("/Subtype", ""))
    if subtype == "/Type3":  # glyphs are content streams of the file
        return None
    descriptor_owner = font.DescendantFonts[0] if subtype == "/Type0" else font
    descriptor = descriptor_owner.get("/FontDescriptor")
    name = str(font.get("/BaseFont", "?"))
    if descriptor is None or not any(key in descriptor for key in _FONT_FILES):
        return f"font {name} is not embedded"
    return None


class _Walker:
    """Visits every content stream and resource dictionary once (forms are shared by pages)."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[tuple[int, int]] = set()

    def note(self, where: str, problem: str | None) -> None:
        if problem and len(self.problems) < 50:
            self.problems.append(f"{where}: {problem}")

    def first_visit(self, obj: pikepdf.Object) -> bool:
        if not obj.is_indirect:
            return True
        key = obj.objgen
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def content(
        self, where: str, owner: pikepdf.Object | pikepdf.Page, resources: pikepdf.Object | None
    ) -> None:
        states = resources.get("/ExtGState", Dictionary()) if resources is not None else {}
        for operands, operator in pikepdf.parse_content_stream(owner, "rg RG cs CS gs"):
            op = str(operator)
            if op in _RGB_OPERATORS:
                self.note(where, f"RGB colour operator {op}")
            elif op == "gs" and operands:
                # reportlab writes a form's alpha as "/gRLs0 gs" without defining it in the
                # form's resources: an undefined state is refused, not skipped.
                state = states.get(str(operands[0]))
                if state is None:
                    self.note(where, f"graphics state {operands[0]} is not defined")
                else:
                    self.note(where, _alpha_problem(state))
            elif operands:
                self.note(where, _colour_space_problem(operands[0]))
        for instruction in pikepdf.parse_content_stream(owner, "INLINE IMAGE"):
            image = instruction.operands[0] if instruction.operands else None
            if isinstance(image, pikepdf.PdfInlineImage):
                self.note(where, _colour_space_problem(image.obj.get("/CS", Name.DeviceGray)))

    def resources(self, where: str, resources: pikepdf.Object | None) -> None:
        if resources is None or not self.first_visit(resources):
            return
        for space in resources.get("/ColorSpace", Dictionary()).values():
            self.note(where, _colour_space_problem(space))
        for state in resources.get("/ExtGState", Dictionary()).values():
            self.note(where, _alpha_problem(state))
        for font in resources.get("/Font", Dictionary()).values():
            if self.first_visit(font):
                self.note(where, _font_problem(font))
        for name, xobject in resources.get("/XObject", Dictionary()).items():
            if not self.first_visit(xobject):
                continue
            label = f"{where} {name}"
            if xobject.get("/Subtype") == Name.Image:
                self.note(label, _colour_space_problem(xobject.get("/ColorSpace", Name.DeviceGray)))
                if "/SMask" in xobject or int(xobject.get("/SMaskInData", 0)):
                    self.note(label, "an image with a soft mask (transparency)")
            elif xobject.get("/Subtype") == Name.Form:
                self.group(label, xobject)
                self.content(label, xobject, xobject.get("/Resources"))
                self.resources(label, xobject.get("/Resources"))

    def group(self, where: str, owner: pikepdf.Object) -> None:
        group = owner.get("/Group")
        if group is not None and group.get("/S") == Name.Transparency:
            self.note(where, "a transparency group")


def check(path: str | Path) -> list[str]:
    """What keeps the file at *path* from being the PDF/X-4 file ``convert`` promises; empty
    when nothing does."""
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        if pdf.pdf_version < PDF_VERSION:
            problems.append(f"PDF version {pdf.pdf_version}, PDF/X-4 needs {PDF_VERSION}")
        intents = [
            i for i in pdf.Root.get("/OutputIntents", Array()) if i.get("/S") == Name.GTS_PDFX
        ]
        if len(intents) != 1:
            problems.append(f"{len(intents)} GTS_PDFX output intents, one is needed")
        else:
            profile = intents[0].get("/DestOutputProfile")
            data = profile.read_bytes() if profile is not None else b""
            if data[16:20] != b"CMYK":
                problems.append("the output intent has no embedded CMYK profile")
            if not str(intents[0].get("/OutputConditionIdentifier", "")):
                problems.append("the output intent has no OutputConditionIdentifier")
        meta = pdf.open_metadata()
        if meta.get("pdfxid:GTS_PDFXVersion") != VERSION:
            problems.append(f"the XMP metadata does not say {VERSION}")
        if pdf.docinfo.get("/Trapped") != Name("/False") or meta.get("pdf:Trapped") != "False":
            problems.append("Trapped is not False in the Info dictionary and the XMP metadata")
        if "/ID" not in pdf.trailer:
            problems.append("the document has no ID")
        walker = _Walker()
        for number, page in enumerate(pdf.pages, start=1):
            where = f"page {number}"
            for box in ("/TrimBox", "/BleedBox"):
                if box not in page.obj:
                    problems.append(f"{where}: no {box[1:]}")
            walker.group(where, page.obj)
            walker.content(where, page, page.obj.get("/Resources"))
            walker.resources(where, page.obj.get("/Resources"))
        problems += walker.problems
    return problems
