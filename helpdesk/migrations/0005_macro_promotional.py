"""Macros say whether they offer something; existing macros are marked from their text, as a
save would mark them."""

from django.db import migrations, models


def mark_existing(apps, schema_editor):
    from helpdesk.models.macros import macro_is_promotional

    Macro = apps.get_model("helpdesk", "Macro")
    for macro in Macro.objects.all():
        if macro_is_promotional(body=macro.body, pool=macro.discount_pool_id):
            Macro.objects.filter(pk=macro.pk).update(promotional=True)


class Migration(migrations.Migration):
    dependencies = [
        ("helpdesk", "0004_drop_own_discount_pools"),
    ]

    operations = [
        migrations.AddField(
            model_name="macro",
            name="promotional",
            field=models.BooleanField(default=False, editable=False, help_text="Offers something (a discount code, the loyalty programme, a sale): offered only on tickets of customers who may be marketed to. Worked out from the text on save.", verbose_name="promotional"),
        ),
        migrations.RunPython(mark_existing, migrations.RunPython.noop),
    ]
