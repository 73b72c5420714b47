import re

from django.shortcuts import redirect

CODE_RE = re.compile(r"[^A-Za-z0-9]")


def code_entry(request):
    """The home page's "type the code on your card" box: tidy what was typed and follow it as if
    the QR code had been scanned."""
    code = CODE_RE.sub("", request.GET.get("code", ""))[:32]
    if not code:
        return redirect("/")
    return redirect(f"/r/{code}")
