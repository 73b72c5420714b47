"""The helpdesk's discount pools move into the funnel's pools (one model for both): every pool,
code and ticket reservation is copied, and macros point at the copied pool. A pool whose name
the funnel already uses is copied as "<name> (support)". Migration 0004 drops the old tables
(a separate migration: PostgreSQL refuses to alter a table in the transaction that just wrote
rows with deferred foreign keys)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def _free_name(Pool, name: str) -> str:
    candidate, n = name, 1
    while Pool.objects.filter(name=candidate).exists():
        suffix = " (support)" if n == 1 else f" (support {n})"
        candidate, n = f"{name[: 120 - len(suffix)]}{suffix}", n + 1
    return candidate


def forwards(apps, schema_editor):
    OldPool = apps.get_model("helpdesk", "DiscountPool")
    OldCode = apps.get_model("helpdesk", "DiscountCode")
    Macro = apps.get_model("helpdesk", "Macro")
    Grant = apps.get_model("helpdesk", "TicketDiscountCode")
    Pool = apps.get_model("funnel", "DiscountCodePool")
    Code = apps.get_model("funnel", "DiscountCode")
    for old in OldPool.objects.order_by("pk"):
        pool = Pool.objects.create(
            name=_free_name(Pool, old.name), description=old.description
        )
        for old_code in OldCode.objects.filter(pool=old).order_by("pk"):
            given_at = (old_code.reserved_at or django.utils.timezone.now()) if old_code.ticket_id else None
            code = Code.objects.create(pool=pool, code=old_code.code, assigned_at=given_at)
            if old_code.ticket_id:
                Grant.objects.create(
                    code=code,
                    pool=pool,
                    ticket_id=old_code.ticket_id,
                    reserved_by_id=old_code.reserved_by_id,
                    reserved_at=given_at,
                    sent_in_id=old_code.sent_in_id,
                )
        Macro.objects.filter(discount_pool=old).update(shared_pool=pool)


def backwards(apps, schema_editor):
    OldPool = apps.get_model("helpdesk", "DiscountPool")
    OldCode = apps.get_model("helpdesk", "DiscountCode")
    Macro = apps.get_model("helpdesk", "Macro")
    Grant = apps.get_model("helpdesk", "TicketDiscountCode")
    Pool = apps.get_model("funnel", "DiscountCodePool")
    used = set(Macro.objects.exclude(shared_pool=None).values_list("shared_pool", flat=True))
    used |= set(Grant.objects.values_list("pool", flat=True))
    for pool in Pool.objects.filter(pk__in=used).order_by("pk"):
        old = OldPool.objects.create(name=pool.name[:100], description=pool.description)
        grants = {g.code_id: g for g in Grant.objects.filter(pool=pool)}
        for code in pool.codes.filter(delivery__isnull=True).order_by("pk"):
            grant = grants.get(code.pk)
            if code.assigned_at and grant is None:
                continue  # given out by someone else
            OldCode.objects.create(
                pool=old,
                code=code.code,
                ticket_id=grant.ticket_id if grant else None,
                reserved_by_id=grant.reserved_by_id if grant else None,
                reserved_at=grant.reserved_at if grant else None,
                sent_in_id=grant.sent_in_id if grant else None,
            )
        Macro.objects.filter(shared_pool=pool).update(discount_pool=old)
    if schema_editor.connection.vendor == "postgresql":
        # Check the deferred foreign keys now, so the column can be dropped in this transaction.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("funnel", "0005_discount_code_free_index"),
        ("helpdesk", "0002_audit_triggers"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="TicketDiscountCode",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("reserved_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("code", models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name="ticket_grant", to="funnel.discountcode", verbose_name="code")),
                ("pool", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="funnel.discountcodepool")),
                ("reserved_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to=settings.AUTH_USER_MODEL)),
                ("sent_in", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="helpdesk.message")),
                # related_name "discount_codes" is still the old model's until 0004.
                ("ticket", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="helpdesk.ticket")),
            ],
            options={
                "verbose_name": "discount code given in a ticket",
                "verbose_name_plural": "discount codes given in tickets",
                "ordering": ["ticket", "id"],
            },
        ),
        migrations.AddField(
            model_name="macro",
            name="shared_pool",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="funnel.discountcodepool"),
        ),
        migrations.RunPython(forwards, backwards),
    ]
