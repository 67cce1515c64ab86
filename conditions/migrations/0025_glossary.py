# The glossary of medical words the writing help asks editors to explain, seeded with the words
# the site's own pages use. Editors keep it in the admin; readers never see it.

import django.db.models.functions.text
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

# (term, other forms, plain explanation): the explanation is what an editor could put in
# brackets after the term, in NHS-style plain English.
TERMS = [
    ("adductors", "adductor", "the muscles of your inner thigh"),
    ("anti-inflammatory medicine", "anti-inflammatory\nanti-inflammatory painkiller\nanti-inflammatories",
     "a medicine that eases pain and swelling, such as ibuprofen"),
    ("bone density", "", "how strong and thick your bones are"),
    ("bursa", "bursae", "a small sac of fluid that stops rubbing over a bone"),
    ("bursitis", "", "a sore, swollen sac of fluid near a joint"),
    ("cartilage", "", "the smooth, tough layer that covers the ends of the bones in a joint"),
    ("cauda equina syndrome", "cauda equina",
     "when the nerves at the bottom of your spine are badly squashed"),
    ("deep vein thrombosis", "DVT", "a blood clot in a vein, usually in your leg"),
    ("femoral neck", "", "the narrow top part of your thigh bone, just below the ball of your hip"),
    ("femur", "", "your thigh bone"),
    ("gluteal", "gluteal muscles\nglutes", "to do with your buttock muscles"),
    ("greater trochanter", "", "the bony bump on the outside of the top of your thigh bone"),
    ("greater trochanteric pain syndrome", "GTPS",
     "pain on the outside of your hip from sore tendons or a sore sac of fluid"),
    ("hamstrings", "hamstring", "the muscles at the back of your thigh"),
    ("herniated disc", "slipped disc\nherniated disk\nslipped disk",
     "a soft pad between the bones of your spine that bulges out and presses on a nerve"),
    ("hip flexors", "hip flexor", "the muscles at the front of your hip that lift your knee"),
    ("iliotibial band", "IT band\nITB\niliotibial",
     "a strip of tough tissue down the outside of your thigh"),
    ("inflammation", "inflamed\ninflammatory", "soreness, heat and swelling"),
    ("MRI scan", "MRI", "a scan that uses strong magnets to make detailed pictures inside your body"),
    ("NSAID", "non-steroidal anti-inflammatory",
     "an anti-inflammatory painkiller, such as ibuprofen"),
    ("orthopaedic surgeon", "orthopedic surgeon\northopaedic\northopedic",
     "a doctor who operates on bones and joints"),
    ("osteoarthritis", "", "when a joint becomes stiff and painful as its smooth lining wears"),
    ("osteonecrosis", "avascular necrosis",
     "when part of a bone dies because its blood supply is cut off"),
    ("osteoporosis", "", "when bones become weak and break more easily"),
    ("physiotherapist", "physio",
     "a health professional who helps you move better with exercise and advice"),
    ("physiotherapy", "", "treatment with exercise and advice to help you move better"),
    ("piriformis", "", "a small muscle deep in your buttock"),
    ("RED-S", "relative energy deficiency in sport",
     "when you do not eat enough for the exercise you do, which can weaken your bones"),
    ("sciatic nerve", "", "the long nerve that runs from your lower back down each leg"),
    ("sciatica", "", "pain that spreads from your lower back down your leg, from a pressed nerve"),
    ("sepsis", "", "a life-threatening reaction to an infection"),
    ("spinal stenosis", "", "when the space around the nerves in your spine gets narrower"),
    ("spondylolisthesis", "", "when one bone in your spine slips forward over another"),
    ("steroid injection", "steroid\ncortisone injection", "an injection of medicine to calm swelling"),
    ("stress fracture", "", "a small crack in a bone from repeated strain"),
    ("tendinitis", "tendonitis", "a sore, swollen tendon"),
    ("tendinopathy", "tendinopathies", "a sore, weak tendon, from overuse"),
    ("trochanteric bursitis", "",
     "when the sac of fluid over the bony point of your outer hip is sore and swollen"),
]
CODENAMES = [f"{action}_glossaryterm" for action in ("add", "change", "delete", "view")]


def seed(apps, schema_editor):
    GlossaryTerm = apps.get_model("conditions", "GlossaryTerm")
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(term=term, other_forms=forms, explanation=explanation)
        for term, forms, explanation in TERMS
    )


def grant_editors(apps, schema_editor):
    """Editors keep the glossary, as they keep the content it helps them write."""
    conditions = apps.get_app_config("conditions")
    conditions.models_module = True
    create_permissions(conditions, apps=apps, verbosity=0)
    conditions.models_module = None
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="conditions", codename__in=CODENAMES
    )
    for group in apps.get_model("auth", "Group").objects.filter(name="Editors"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):

    dependencies = [
        ('conditions', '0024_pending_change_kind'),
    ]

    operations = [
        migrations.CreateModel(
            name='GlossaryTerm',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('term', models.CharField(help_text='The medical word or phrase, for example “tendinopathy”. Capital letters do not matter, and plurals ending in “s” or “es” are found too.', max_length=80)),
                ('other_forms', models.TextField(blank=True, help_text='Other forms and spellings to look for, one per line, for example “bursae” for “bursa”, or “tendonitis” for “tendinitis”.')),
                ('explanation', models.CharField(help_text='What it means in everyday words, short enough to put in brackets after the term, for example “a sore, weak tendon”. The writing help suggests it to editors who use the term without explaining it.', max_length=200, verbose_name='plain explanation')),
            ],
            options={
                'verbose_name': 'glossary term',
                'ordering': [django.db.models.functions.text.Lower('term')],
                'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('term'), name='glossary_term_unique', violation_error_message='This term is already in the glossary.'), models.CheckConstraint(condition=models.Q(models.Q(('term', ''), _negated=True), models.Q(('explanation', ''), _negated=True)), name='glossary_term_and_explanation_not_empty')],
            },
        ),
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
