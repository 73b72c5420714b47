from django.shortcuts import redirect

from . import codes


def code_entry(request):
    """The home page's "type the code on your card" box: tidy what was typed and follow it as if
    the QR code had been scanned."""
    code = codes.normalise(request.GET.get("code", ""))[:16]
    if not code:
        return redirect("/")
    return redirect(f"/r/{code}")
