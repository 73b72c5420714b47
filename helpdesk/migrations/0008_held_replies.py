"""Held replies: a gate decision records the linter's three-way decision (allow, review, block)
and its risk signals; a reviewer's decision on a held reply is a new append-only table; a
channel names the staff who may approve held replies on it. The guards are lifted around the
change (a table rebuild on SQLite drops them) and installed again over the new columns."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from helpdesk import audit_guard


def lift_old_guards(apps, schema_editor):
    audit_guard.remove(schema_editor.connection, audit_guard.GUARDS_BEFORE_HELD_REPLIES)


def install_old_guards(apps, schema_editor):
    audit_guard.install(schema_editor.connection, audit_guard.GUARDS_BEFORE_HELD_REPLIES)


def install_guards(apps, schema_editor):
    audit_guard.install(schema_editor.connection)


def lift_guards(apps, schema_editor):
    audit_guard.remove(schema_editor.connection)


def outcome_from_allowed(apps, schema_editor):
    GateDecision = apps.get_model("helpdesk", "GateDecision")
    GateDecision.objects.filter(allowed=True).update(outcome="allow")


class Migration(migrations.Migration):

    dependencies = [
        ('helpdesk', '0007_inbound_events_and_quarantine'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(lift_old_guards, install_old_guards),
        migrations.AlterModelOptions(
            name='gatedecision',
            options={'default_permissions': ('view',), 'ordering': ['-created_at', '-id'], 'permissions': [('review_held_replies', 'Can approve or reject held replies on every channel')], 'verbose_name': 'gate decision', 'verbose_name_plural': 'gate decisions'},
        ),
        migrations.AddField(
            model_name='channel',
            name='hold_approvers',
            field=models.ManyToManyField(blank=True, help_text='Staff who may approve or reject replies held for compliance review on this channel, besides the Compliance reviewers. Nobody approves their own reply.', related_name='helpdesk_hold_channels', to=settings.AUTH_USER_MODEL, verbose_name='may approve held replies'),
        ),
        migrations.AddField(
            model_name='gatedecision',
            name='outcome',
            field=models.CharField(choices=[('allow', 'Allowed'), ('review', 'Held for review'), ('block', 'Blocked')], default='block', max_length=10, verbose_name='decision'),
        ),
        migrations.AddField(
            model_name='gatedecision',
            name='risks',
            field=models.JSONField(blank=True, default=list, verbose_name='risk signals'),
        ),
        migrations.CreateModel(
            name='HoldDecision',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('verdict', models.CharField(choices=[('approved', 'Approved'), ('rejected', 'Rejected'), ('withdrawn', 'Withdrawn by the agent')], max_length=10, verbose_name='verdict')),
                ('reason', models.TextField(verbose_name='reason')),
                ('category', models.CharField(blank=True, help_text='Rejections: what the text breaks.', max_length=40, verbose_name='category')),
                ('approved_sha256', models.CharField(blank=True, max_length=64, verbose_name='digest of the approved text')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='time')),
                ('decision', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='hold_decision', to='helpdesk.gatedecision', verbose_name='held reply')),
                ('reviewer', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='decided by')),
            ],
            options={
                'verbose_name': 'decision on a held reply',
                'verbose_name_plural': 'decisions on held replies',
                'ordering': ['-created_at', '-id'],
                'default_permissions': ('view',),
            },
        ),
        migrations.CreateModel(
            name='HoldDigest',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sent_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('holds', models.PositiveIntegerField(default=0)),
                ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-sent_at'],
                'default_permissions': (),
                'indexes': [models.Index(fields=['recipient', 'sent_at'], name='helpdesk_ho_recipie_285c21_idx')],
            },
        ),
        migrations.RunPython(outcome_from_allowed, migrations.RunPython.noop),
        migrations.RunPython(install_guards, lift_guards),
    ]
