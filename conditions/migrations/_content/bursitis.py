"""Condition content: trochanteric bursitis (outer hip pain)."""

TITLE = "Trochanteric bursitis"

SLUG = "trochanteric-bursitis"

SUMMARY = (
    "Bursae are small fluid-filled sacs that ease friction. Trochanteric bursitis "
    "is when the one over the bony point of your outer hip gets sore."
)

WHERE_IT_HURTS = "The outside of your hip, sometimes spreading down the outer thigh"

SIGNS_OR_SYMPTOMS = [
    "Pain on the outer side of the hip",
    "Pain spreading down the outside of the thigh",
    "Tenderness over the bony point of the hip",
    "Pain when lying on that side at night",
    "Pain on stairs, rising from a chair or running",
]

TREATMENTS = [
    "Relative rest from running",
    "Ice packs wrapped in a towel",
    "Over-the-counter pain medicine",
    "Hip and buttock strengthening exercises",
    "Physical therapy (physiotherapy)",
    "Steroid injection in some cases",
]

BODY = """## Overview

Bursae are small sacs filled with fluid. They sit between bones and the soft tissue around them. They cut down friction (rubbing) and wear where tissues slide over bone.

You have one of these bursae on the outer side of each hip. It lies over the greater trochanter. This is the bony bump that sticks out a little at the top of your thigh bone (femur).

Trochanteric bursitis is when this bursa becomes irritated and swollen. This is also the spot where IT band syndrome can flare up. The IT band (iliotibial band) is a strip of tough tissue down the outside of your thigh.

Many cases are now thought to be part of greater trochanteric pain syndrome. This often involves the gluteal tendons (cords joining buttock muscles to bone), not only the bursa. Treatment is usually similar.

## Symptoms

You may notice:

- pain at the point of your hip, on the outside
- pain that spreads down your outer thigh, sometimes to the knee
- tenderness when you press on the bony point
- pain when you lie on that side, which may wake you
- pain on stairs, getting up from a chair, or running

Hip arthritis or a back problem can feel similar. A health professional can check the cause.

## Causes

The bursa and nearby tendons can get sore from repeated rubbing or pressure. In runners, this may be linked to:

- running long distances, or building up training too quickly
- running on sloping roads or always the same way round a track
- weak hip and buttock muscles
- one leg being slightly longer than the other
- a fall onto the side of your hip

It is more common in women and in middle-aged people.

## What helps

Most people get better without surgery. It may help to:

- rest from running, or cut back to a level that does not make the pain worse
- hold an ice pack wrapped in a towel on the area for up to 20 minutes
- take over-the-counter pain medicine such as acetaminophen (paracetamol) or ibuprofen
- avoid lying on the painful side or crossing your legs
- put a pillow between your knees when you sleep

A physical therapist (physiotherapist) can give you exercises to strengthen your hip and buttock muscles. They can also tell you which stretches to avoid.

If the pain does not settle, a doctor may suggest a steroid injection (medicine to calm swelling). Surgery is rarely needed.

## When to get help

Call 911 after a bad fall if you cannot stand, or your leg looks shorter or turned out.

Get urgent medical care the same day, at an emergency room or urgent care clinic, if:

- your hip is hot, red or swollen, or you feel hot and shivery (this could be an infection)
- you cannot put weight on your leg
- your pain is severe and rest or pain medicine does not ease it
- you have numbness or tingling in your leg

Book an appointment with a GP/doctor, sports medicine doctor or physical therapist if:

- your pain has not improved after 2 weeks of self-care
- the pain keeps you awake at night
- the pain is getting worse or keeps coming back
- you cannot move your hip as far as usual

## Running again

Ease back into running once your pain has settled. Use pain as your guide.

- Start with short, easy runs on flat, even ground.
- Avoid sloping roads and tight bends at first.
- Build up your time gradually over several weeks.
- Keep doing your strengthening exercises.
- Stop and rest if the pain comes back.

Ask a sports medicine doctor or physical therapist when it is safe to return.
"""

REFERENCES = [
    ("Bursitis", "NHS", "https://www.nhs.uk/conditions/bursitis/"),
    ("Hip Bursitis", "American Academy of Orthopaedic Surgeons (OrthoInfo)",
     "https://orthoinfo.aaos.org/en/diseases--conditions/hip-bursitis/"),
    ("Hip pain in adults", "NHS", "https://www.nhs.uk/conditions/hip-pain/"),
]
