"""The short reference a customer reads (``Registration.reference``), given to every existing
registration before it becomes unique and required."""

from django.db import migrations, models

from registration.models import new_registration_reference


def give_references(apps, schema_editor):
    Registration = apps.get_model("registration", "Registration")
    taken: set[str] = set()
    for pk in Registration.objects.filter(reference__isnull=True).values_list("pk", flat=True):
        reference = new_registration_reference()
        while reference in taken:
            reference = new_registration_reference()
        taken.add(reference)
        Registration.objects.filter(pk=pk).update(reference=reference)


class Migration(migrations.Migration):
    dependencies = [("registration", "0007_renamed_tasks")]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="reference",
            field=models.CharField(editable=False, max_length=8, null=True),
        ),
        migrations.RunPython(give_references, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="reference",
            field=models.CharField(
                default=new_registration_reference,
                editable=False,
                help_text="What the customer reads on pages, mails and the certificate.",
                max_length=8,
                unique=True,
                verbose_name="reference",
            ),
        ),
    ]
