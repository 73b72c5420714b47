"""Print-ready PDF rendering of insert designs: geometry, layout, vector QR codes, the streaming
PDF writer and scan-back verification.

Nothing here touches the database: ``inserts.services`` turns a design revision and a print run
into a ``spec.DesignSpec`` and a list of ``spec.Card``s and calls ``pdf.render``. That keeps the
renderer usable from the benchmark, tests and any other caller, and keeps this subpackage safe to
import in the worker processes that build QR symbols.
"""
