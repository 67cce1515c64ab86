"""Every warning sign's level of urgency follows a named guideline, and readers can check it.

The table is the clinical review's decision, written out: a change to a sign's level or source
is a change to this table, made with the reason.
"""

import pytest
from django.core.exceptions import ValidationError

from conditions.models import WarningSign
from tests.conftest import make_warning_sign

pytestmark = pytest.mark.django_db

# Every warning sign, its level of urgency, and the guideline that level follows.
WARNING_SIGNS = [
    ('You have back pain or sciatica and new trouble peeing, or you cannot control your bladder or bowels',
     'emergency', 'NHS: Cauda equina syndrome'),
    ('Numbness or tingling around your genitals, back passage (anus) or buttocks',
     'emergency', 'NHS: Cauda equina syndrome'),
    ('You have back pain or sciatica and new problems with sex, such as no feeling in your genitals, or you cannot get an erection or ejaculate',
     'emergency', 'NHS: Cauda equina syndrome'),
    ('Sciatica in both legs, or weakness or numbness in both legs that is bad or getting worse',
     'emergency', 'NHS: Sciatica'),
    ('You have had cancer, and you have new back pain with pain, numbness or weakness going down your legs, trouble walking, or bladder or bowel problems',
     'emergency', 'NICE NG234: Spinal metastases and metastatic spinal cord compression'),
    ('After a fall or injury, you cannot stand or put weight on your leg, or your leg looks shorter or turned out',
     'emergency', 'NHS: Hip pain in adults'),
    ('Sudden, severe pain in your hip or groin during a run, even without a fall, or you suddenly cannot put weight on your leg',
     'emergency', 'AAOS OrthoInfo: Stress fractures'),
    ('You are short of breath or have chest pain, and one leg is swollen, sore or warm',
     'emergency', 'NHS: DVT (deep vein thrombosis)'),
    ('You feel very ill, with confusion or slurred speech, blue, grey or blotchy skin or lips, a rash that does not fade when you press a glass on it, or very fast breathing',
     'emergency', 'NHS: Sepsis'),
    ('A child or teenager has hip, thigh or knee pain and cannot put any weight on the leg, or has a high temperature and seems unwell',
     'emergency', 'NHS: Hip pain in children (irritable hip)'),
    ('Hip or groin pain that gets worse when you are active, or that is there when you rest or at night',
     'urgent', 'AAOS OrthoInfo: Stress fractures'),
    ('You run, and hip or groin pain makes you limp or comes back every time you run',
     'urgent', 'AAOS OrthoInfo: Stress fractures'),
    ('You cannot stand or put weight on the leg with the painful hip, and this did not start suddenly or after a fall',
     'urgent', 'NHS: Hip pain in adults'),
    ('Severe pain that does not get better when you rest or take over-the-counter pain medicine',
     'urgent', 'NHS: Hip pain in adults'),
    ('You felt a sudden pop or snap in your hip or thigh, then severe pain, and you have bruising or cannot walk normally',
     'urgent', 'NHS: Sprains and strains'),
    ('Your hip is swollen, red or feels warm',
     'urgent', 'NHS: Hip pain in adults'),
    ('A hot, swollen, very painful joint, or a hot, swollen lump over your hip or knee, and you have a high temperature or feel unwell',
     'urgent', 'NHS: Bursitis'),
    ('You have had cancer, and you have new back pain or hip pain',
     'urgent', 'NICE NG234: Spinal metastases and metastatic spinal cord compression'),
    ('Back pain with a high temperature, or you feel hot and shivery',
     'urgent', 'NHS: Back pain'),
    ("You have a weak immune system (your body's defence against germs), or you inject drugs, and you have back or hip pain with a high temperature",
     'urgent', 'NICE CKS: Back pain - low (without radiculopathy)'),
    ('You take steroid tablets long term, or you have osteoporosis (thin, weak bones), and you get new hip or groin pain',
     'urgent', 'AAOS OrthoInfo: Osteonecrosis of the hip'),
    ('A child or teenager has new hip, thigh or knee pain, or a limp',
     'urgent', 'NHS: Hip pain in children (irritable hip)'),
    ('One calf or thigh is swollen, warm or red',
     'urgent', 'NHS: DVT (deep vein thrombosis)'),
    ('Leg weakness that is getting worse, such as a foot that drags or slaps on the ground',
     'urgent', 'NICE CKS: Sciatica (lumbar radiculopathy)'),
    ('Your hip will not move as far as it normally does',
     'soon', 'NHS: Hip pain in adults'),
    ('Your pain is no better after about 2 weeks of self-care',
     'soon', 'NHS: Hip pain in adults'),
    ('Hip or leg pain stops you sleeping, walking or doing your normal activities, or it keeps coming back',
     'soon', 'NHS: Hip pain in adults'),
    ('You are losing weight without trying',
     'soon', 'NICE CKS: Back pain - low (without radiculopathy)'),
    ('You have missed periods, you eat too little for your training, or you have had a stress fracture before',
     'soon', 'AAOS OrthoInfo: Stress fractures'),
]


def test_every_warning_sign_has_the_tier_and_source_of_the_table():
    signs = {
        (sign.sign, sign.tier_id, sign.source_title)
        for sign in WarningSign.objects.active()
    }
    assert signs == set(WARNING_SIGNS)


def test_every_warning_sign_links_its_source_securely():
    for sign in WarningSign.objects.all():
        assert sign.source_url.startswith("https://"), sign.sign


def test_a_source_must_be_a_secure_address():
    sign = make_warning_sign(source_url="http://www.nhs.uk/symptoms/hip-pain/")
    with pytest.raises(ValidationError) as refused:
        sign.full_clean()
    assert "source_url" in refused.value.message_dict
