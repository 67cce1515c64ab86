"""Condition content: muscle strain and tendinopathy around the hip."""

TITLE = "Muscle strain and tendinopathy"

SLUG = "muscle-strain-and-tendinopathy"

SUMMARY = (
    "Hip muscle and tendon problems often come from overuse, tight muscles or "
    "weak muscles. They can cause pain that stops you running as you want to."
)

WHERE_IT_HURTS = "The front, side or back of your hip, your buttock, groin or upper thigh"

SIGNS_OR_SYMPTOMS = [
    "Pain or aching in the hip, buttock, groin or thigh",
    "Tenderness when you press on the sore muscle or tendon",
    "Stiffness after rest or first thing in the morning",
    "Pain when running, climbing stairs or lifting the leg",
    "Weakness in the hip or leg",
    "Swelling or bruising after a sudden strain",
]

TREATMENTS = [
    "Relative rest and cutting back on running",
    "Ice packs wrapped in a towel",
    "Over-the-counter pain medicine",
    "Strengthening and stretching exercises",
    "Physical therapy (physiotherapy)",
    "A gradual return to running",
]

BODY = """## Overview

A muscle strain is when a muscle or its tendon is overstretched or torn. A tendon is the strong cord that joins a muscle to a bone.

Tendinopathy (a long-term problem with a tendon) makes a tendon painful and weaker. It usually builds up over weeks.

In runners, the muscles and tendons most often affected are:

- the hip flexors (muscles at the front of your hip that lift your knee)
- the gluteal muscles (your buttock muscles)
- the hamstrings (back of the thigh) and adductors (inner thigh, in your groin)

## Symptoms

You may have:

- pain or aching in your hip, buttock, groin or thigh
- pain that spreads a little way down your leg
- tenderness when you press on the sore area
- stiffness after rest or first thing in the morning
- pain when you run, climb stairs or lift your leg

Gluteal tendinopathy (a problem with your buttock tendons) usually causes pain on the outer side of your hip. Lying on that side may hurt.

A sudden strain may cause sharp pain, swelling or bruising. Other conditions can cause similar symptoms, so a health professional can help find the cause.

## Causes

Common reasons include overuse, poor flexibility (tight muscles) and weak muscles.

Your hip muscles take a lot of load each time your foot lands. If they are not trained or stretched enough, they can get strained and inflamed (sore and swollen).

Running too far or too fast, or building up training too quickly, can add to the problem. The pain can then hold back your running.

## What helps

Many mild cases get better with self-care. It may help to:

- rest from running, or cut back to a level that does not make the pain worse
- hold an ice pack wrapped in a towel on the area for up to 20 minutes
- take over-the-counter pain medicine such as acetaminophen (paracetamol) or ibuprofen
- keep moving gently, such as walking, so you do not get stiff

Tendons usually recover best with a slow increase in load (effort), rather than complete rest.

A physical therapist (physiotherapist) can give you exercises to strengthen and stretch your hip muscles. They can also check how you run.

## When to get help

Call 911 after a serious fall or accident if you cannot move your leg, or it looks out of shape.

Get urgent medical care the same day, at an emergency room or urgent care clinic, if:

- you cannot put any weight on your leg
- you felt a sudden pop or snap, with severe pain, swelling or bruising
- your pain is severe and rest or pain medicine does not ease it
- your hip is hot, red or swollen, or you feel hot and shivery
- your leg feels numb, tingly or weak

Book an appointment with a GP/doctor, sports medicine doctor or physical therapist if:

- your pain has not improved after 2 weeks of self-care
- the pain gets worse with activity or wakes you at night
- you cannot move your hip as far as usual
- the problem keeps coming back

## Running again

Most people can get back to running. Take it slowly and let pain be your guide.

- Start with walking, then short, easy runs on flat ground.
- Build up distance and speed gradually over several weeks.
- Stop if the pain is sharp or makes you limp.
- Keep doing your exercises, even when you feel better.

A sports medicine doctor or physical therapist can advise when and how to return.
"""

REFERENCES = [
    ("Sprains and strains", "NHS", "https://www.nhs.uk/conditions/sprains-and-strains/"),
    ("Sprains and Strains", "MedlinePlus", "https://medlineplus.gov/sprainsandstrains.html"),
    ("Tendinitis", "Cleveland Clinic", "https://my.clevelandclinic.org/health/diseases/10919-tendinitis"),
]
