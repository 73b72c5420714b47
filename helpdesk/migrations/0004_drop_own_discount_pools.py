"""After 0003 copied them into the funnel's pools: drop the helpdesk's own pool tables."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("helpdesk", "0003_shared_discount_pools"),
    ]

    operations = [
        migrations.RemoveField(model_name="macro", name="discount_pool"),
        migrations.RenameField(model_name="macro", old_name="shared_pool", new_name="discount_pool"),
        migrations.AlterField(
            model_name="macro",
            name="discount_pool",
            field=models.ForeignKey(blank=True, help_text="Own channels: where {discount_code} takes its one-time code from.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name="macros", to="funnel.discountcodepool"),
        ),
        migrations.DeleteModel(name="DiscountCode"),
        migrations.DeleteModel(name="DiscountPool"),
        migrations.AlterField(
            model_name="ticketdiscountcode",
            name="ticket",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="discount_codes", to="helpdesk.ticket"),
        ),
        migrations.AddConstraint(
            model_name="ticketdiscountcode",
            constraint=models.UniqueConstraint(fields=("pool", "ticket"), name="helpdesk_ticketcode_one_per_pool"),
        ),
    ]
