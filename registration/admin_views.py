"""Staff screens of the registration app that are not snippet views, mounted under the Wagtail
admin by ``wagtail_hooks`` (so the admin's login and access check come first).

The consent-evidence PDF lives here rather than in ``customers``' admin, although the ledger it
prints belongs to ``customers``: the report is rendered with this app's PDF toolkit
(``registration.pdf``, shared with the warranty certificate), and ``customers`` sits below this
app and cannot import it.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse

from .pdf import evidence
from .selectors import customer_by_id, customer_consent_ledger


def consent_evidence_pdf(request, customer_id: int):
    """Printable consent evidence for one customer, for the legal team; needs
    ``customers.view_consentrecord``."""
    if not request.user.has_perm("customers.view_consentrecord"):
        raise PermissionDenied
    customer = customer_by_id(customer_id=customer_id)
    if customer is None:
        raise Http404
    pdf = evidence.render(
        customer=customer,
        records=customer_consent_ledger(customer=customer),
        generated_by=request.user.get_username(),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="consent-evidence-{customer.public_id}.pdf"'
    )
    return response
