TITLE = "Femoral neck stress fracture"

SLUG = "femoral-neck-stress-fracture"

SUMMARY = (
    "A small crack in the neck of the thigh bone near the hip, caused by repeated "
    "stress and overuse. It needs rest and rehab to heal properly."
)

WHERE_IT_HURTS = "Deep in your groin or the front of your hip, sometimes down the thigh"

SIGNS_OR_SYMPTOMS = [
    "Deep ache in the groin or front of the hip",
    "Pain that gets worse with each run",
    "Hip pain at rest or at night",
    "Limping or pain when standing on the leg",
    "Pain spreading into the thigh",
]

TREATMENTS = [
    "Stopping running and other impact activity",
    "Rest, sometimes with crutches",
    "Rehabilitation with a physical therapist",
    "Surgery for some fractures",
    "Checks on diet and bone health",
]

BODY = """## Overview

A stress fracture is a small crack in a bone. It is caused by repeated stress and overuse, not by one fall.

The hip area is a common place for stress fractures. They often affect the femoral neck. This is the narrow part at the top of your thigh bone (femur) that joins it to your hip joint.

If it is not treated, the crack can grow or the bone can break completely. This can cause serious problems, and some may last a long time.

To heal, the bone needs rest. Then you need proper rehabilitation (exercises and a step-by-step return to activity).

## Symptoms

Symptoms often start slowly. You may have:

- a deep, dull ache in your groin or the front of your hip
- pain that may spread into your thigh
- pain that gets worse with each run, or starts sooner each time
- pain when you rest, or pain at night
- a limp, or pain when you stand on that leg

At first, the pain may ease when you stop running. It is easy to mistake for a pulled muscle.

## Causes

Bone normally repairs itself after exercise. If you load it again and again without enough recovery, damage can build up faster than the repair. A small crack can then form.

Things that can raise your risk include:

- a sudden increase in how far, how often or how hard you run
- not eating enough to match the energy you use in training (low energy availability)
- missed or stopped periods
- low bone density (bones that are thinner or weaker than usual)
- having had a stress fracture before

## What helps

A doctor will usually arrange an X-ray or an MRI scan (a detailed scan using magnets). Early cracks may not show on an X-ray.

Treatment depends on where the crack is. It may include:

- stopping running and other impact activity straight away
- resting the hip, sometimes using crutches so you put less weight on it
- rehabilitation with a physical therapist (physiotherapist)
- checks on your diet and bone health, if needed

A crack on the inner, lower edge of the femoral neck (the compression side) often heals with rest. A crack on the outer, upper edge (the tension side) is more likely to break fully. It can need surgery.

Over-the-counter pain medicine such as acetaminophen (paracetamol) or ibuprofen may help. Ask a pharmacist which suits you.

## When to get help

Stop running and see a doctor the same day if:

- you have groin or hip pain that gets worse with each run
- you have hip pain at rest or at night
- hip or groin pain is making you limp

Call 911 if:

- you fall and then cannot put any weight on your leg
- you have sudden, severe hip pain and cannot stand or walk

Book an appointment with a doctor, sports medicine doctor or physical therapist if:

- you have mild hip or groin pain that does not settle after a few days of rest
- you have missed periods or worries about your eating and your bones

## Running again

Do not run until a health professional says the bone has healed. This often takes a few months, and longer if you needed surgery.

Plan a slow return with your doctor or physical therapist. You will usually need to walk without pain first, then try short walk-run sessions.

Use pain as a guide. If groin or hip pain comes back, stop running and get it checked.

It also helps to deal with the cause, such as building up training too fast or not eating enough.
"""

REFERENCES = [
    (
        "Stress Fractures",
        "American Academy of Orthopaedic Surgeons (OrthoInfo)",
        "https://orthoinfo.aaos.org/en/diseases--conditions/stress-fractures/",
    ),
    (
        "Stress fractures - Symptoms and causes",
        "Mayo Clinic",
        "https://www.mayoclinic.org/diseases-conditions/stress-fractures/symptoms-causes/syc-20354057",
    ),
    (
        "Femoral Neck Stress Fractures in Sport: A Current Concepts Review",
        "Sports Medicine International Open (via PubMed Central)",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070/",
    ),
]
