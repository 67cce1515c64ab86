TITLE = "Sciatica"

SLUG = "sciatica"

SUMMARY = (
    "Sciatica is back pain that spreads down into your leg. It is a symptom, not a "
    "diagnosis, and a slipped (herniated) disc is a common cause."
)

WHERE_IT_HURTS = "Your lower back and buttock, spreading down one leg, sometimes to the foot"

SIGNS_OR_SYMPTOMS = [
    "Pain spreading from the back down one leg",
    "Tingling or pins and needles in the leg or foot",
    "Numbness in the buttock, leg or foot",
    "Weakness in the leg or foot",
    "Pain that is worse when you move, sneeze or cough",
]

TREATMENTS = [
    "Staying active",
    "Exercises and stretches for sciatica",
    "Physical therapy (physiotherapy)",
    "Over-the-counter pain medicine",
    "Heat or cold packs",
]

BODY = """## Overview

Sciatica is the name for back pain that spreads (radiates) down into your leg. It happens when the sciatic nerve is irritated or pressed on. This long nerve runs from your lower back, through your buttock and down each leg.

Sciatica is a symptom. It is not a diagnosis or an injury in its own right. Many different problems can cause sciatic nerve pain.

Most cases get better within 4 to 6 weeks, but some last longer.

## Symptoms

Sciatica usually affects only one side of your body. You may have:

- pain in your bottom (buttock), the back of your leg or your foot
- pain that feels sharp, shooting or burning
- tingling or pins and needles
- numbness
- weakness in your leg or foot

The pain can be worse when you move, sneeze or cough.

## Causes

Many things can cause sciatica. A very common one is a slipped disc (herniated disc). Discs are soft pads between the bones of your spine. If part of a disc bulges out, it can press on a nerve.

Other possible causes include:

- spinal stenosis (when the space around the nerves in your spine gets narrower)
- spondylolisthesis (when one bone in your spine slips forward over another)
- a back injury
- rarely, an infection or a growth in the spine

## What helps

Things you can try:

- Keep active. Carry on with your normal daily activities as much as you can. Lying in bed for long periods can slow your recovery.
- Do gentle exercises and stretches for sciatica. A physical therapist (physiotherapist) can show you which ones suit you.
- Use a heat pack or a cold pack for short periods to ease pain.
- Take over-the-counter pain medicine such as acetaminophen (paracetamol) or ibuprofen. Ask a pharmacist which is best for you.

If the pain does not get better, a doctor may suggest other medicines or injections. Surgery is only needed in a small number of cases.

## When to get help

Call 911 if you have sciatica and:

- you have it in both legs
- you have numbness, tingling or weakness in both legs
- you have numbness around or under your genitals, or around your bottom (anus)
- you have new problems peeing, or cannot control when you pee
- you have new problems with your bowels, such as not being able to control when you poo

These can be signs of cauda equina syndrome. This is when the nerves at the bottom of the spine are badly squashed. It is rare, but it needs treatment in hospital straight away.

See a doctor the same day if:

- your pain is very bad or getting worse quickly
- you have new weakness in your leg or foot
- you have back or leg pain with a high temperature or feel very unwell

Book an appointment with a doctor, sports medicine doctor or physical therapist if:

- the pain has not improved after a few weeks
- the pain is stopping you doing your normal activities

## Running again

Short, easy walks are a good place to start. When your pain is settling, you may be able to try short, easy runs on flat ground. Build up slowly over several weeks.

Use pain as a guide. Mild discomfort that settles within a day may be OK. Stop and get advice if leg pain, tingling or numbness gets worse or spreads further down your leg.

A physical therapist can give you strengthening exercises and advise you on when to return to running.
"""

REFERENCES = [
    ("Sciatica", "NHS", "https://www.nhs.uk/conditions/sciatica/"),
    ("Cauda equina syndrome", "NHS", "https://www.nhs.uk/conditions/cauda-equina-syndrome/"),
    (
        "Sciatica - Symptoms and causes",
        "Mayo Clinic",
        "https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435",
    ),
]
