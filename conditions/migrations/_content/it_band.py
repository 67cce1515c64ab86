"""IT band syndrome: condition content for HipGuide."""

TITLE = "IT band syndrome"
SLUG = "it-band-syndrome"

SUMMARY = (
    "IT band syndrome is when the tough band down your outer thigh gets inflamed. "
    "It is common in runners and causes pain on the outer hip or knee."
)

WHERE_IT_HURTS = "The outside of your knee or hip, sometimes along the outer thigh"

SIGNS_OR_SYMPTOMS = [
    "Pain on the outer side of the knee",
    "Pain on the outer side of the hip",
    "Pain that starts partway through a run and gets worse",
    "Pain that is worse running downhill or going down stairs",
    "Tenderness along the outer thigh or knee",
    "A clicking or snapping feeling at the outer knee",
]

TREATMENTS = [
    "Rest from running, or running less",
    "Ice packs on the sore area",
    "Over-the-counter pain medicine",
    "Hip and thigh strengthening exercises",
    "Physical therapy (physiotherapy)",
    "A gradual return to running",
]

BODY = """## Overview

Runners often get IT band syndrome. It can cause pain on the outer side of your knee or hip.

Your iliotibial band (IT band or ITB) is a long, tough strip of tissue, about 2.5 cm (1 inch) wide. It starts at the iliac crest, which is the top edge of your pelvis (hip bone). It then travels down your outer thigh to your knee. On the way, it passes over a bony bump at the top of your thigh bone.

The IT band's main job is to help keep your knee steady (stable) as you move. If it becomes inflamed (irritated, sore and swollen), it can hurt so much that you have to stop mid-run.

## Symptoms

Symptoms may include:

- pain on the outer side of your knee, which is the most common place
- pain on your outer hip or along your outer thigh
- pain that starts partway through a run and builds if you keep going
- pain that is worse running downhill or going down stairs
- a clicking or snapping feeling at your outer knee

The pain often eases once you stop.

## Causes

IT band syndrome is usually an overuse injury. The band is loaded again and again, faster than it can adapt.

Things that may raise your risk include:

- increasing your distance or speed too quickly
- lots of downhill running
- running on sloping roads or always the same way round a track
- weak hip and buttock muscles
- worn-out running shoes

## What helps

Most people get better without surgery. Things that may help:

- resting from running, or running less, until the pain settles
- an ice pack wrapped in a towel, held on the sore spot for up to 20 minutes
- over-the-counter pain medicine such as acetaminophen (paracetamol) or ibuprofen (ask a pharmacist which is right for you)
- exercises to strengthen your hip and buttock muscles, and gentle stretches

A physical therapist (physiotherapist) can look at how you run and give you an exercise plan. If the pain does not settle, a doctor may suggest a steroid injection (a medicine that calms swelling).

## When to get help

Call 911 after a serious fall or accident if your leg looks out of shape or you cannot move it.

Get urgent medical care the same day, at urgent care or an emergency room, if:

- you cannot put any weight on your leg
- your knee or hip is very swollen, red or hot
- you feel hot and shivery, which could be a sign of an infection
- the pain is severe and does not ease when you rest

Book an appointment with a GP or doctor, a sports medicine doctor or a physical therapist if:

- the pain has not improved after 2 weeks of self-care
- the pain keeps stopping you from running
- it hurts at night

Outer hip pain can have other causes, such as bursitis (a swollen, fluid-filled sac near the joint). A health professional can find out.

## Running again

Build back up slowly. Doing too much too soon often brings the pain back.

- Wait until you can walk, climb stairs and do your exercises without pain.
- Start with short, easy runs on flat ground, with rest days in between.
- Add distance a little at a time, and avoid hills at first.
- Stop if the pain comes back. Rest, then try a shorter run next time.

A physical therapist or sports medicine doctor can give you a plan that suits you.
"""

REFERENCES = [
    (
        "IT Band Syndrome (Iliotibial Band Syndrome)",
        "Cleveland Clinic",
        "https://my.clevelandclinic.org/health/diseases/21967-iliotibial-band-syndrome",
    ),
    ("Knee pain", "NHS", "https://www.nhs.uk/symptoms/knee-pain/"),
    ("Hip pain in adults", "NHS", "https://www.nhs.uk/symptoms/hip-pain/"),
]
