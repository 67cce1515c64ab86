"""Hip osteoarthritis: condition content for HipGuide."""

TITLE = "Hip osteoarthritis"
SLUG = "hip-osteoarthritis"

SUMMARY = (
    "Hip osteoarthritis is when the hip joint wears and breaks down, causing pain "
    "and stiffness. It is more common in runners once they reach their 40s and 50s."
)

WHERE_IT_HURTS = "Your groin, sometimes spreading to the thigh, buttock or knee"

SIGNS_OR_SYMPTOMS = [
    "Pain in the groin",
    "Pain spreading to the thigh or knee",
    "Hip stiffness, especially after rest",
    "Difficulty moving the hip, such as putting on socks",
    "Pain that is worse with activity",
    "A limp or a grinding feeling in the hip",
]

TREATMENTS = [
    "Regular exercise, including hip strengthening",
    "Low-impact exercise, like swimming or cycling",
    "Physical therapy (physiotherapy)",
    "Keeping to a healthy weight",
    "Over-the-counter pain medicine",
    "Hip replacement surgery for severe cases",
]

BODY = """## Overview

Hip osteoarthritis (OA) is a condition where the hip joint slowly starts to wear and break down (deteriorate). This can make your hip painful and stiff. Runners are more likely to have it once they reach their 40s and 50s.

The hip is one of your body's ball-and-socket joints. The rounded top of your thigh bone (the ball) sits in a cup-shaped socket in your pelvis. A smooth, slippery layer called cartilage covers both surfaces so they glide easily.

In osteoarthritis, this cartilage gets thinner and rougher, and small bony growths may form.

## Symptoms

Symptoms may include:

- pain in your groin, which is the most common place
- pain that spreads to your buttock, your thigh or your knee
- stiffness after sitting or first thing in the morning
- finding it harder to move your hip, for example to put on socks or shoes
- pain that is worse after activity, such as a run
- a limp, or a grinding feeling in the joint

Symptoms often come and go. Sometimes hip OA is felt mostly in the knee.

## Causes

Things that can raise your risk include:

- getting older
- a family history of osteoarthritis
- a previous hip injury
- a hip socket that is shallower than usual
- carrying extra body weight

For some people, the repeated jolts of running may speed up this wearing process.

But research suggests that running for fun (recreational running) does not cause osteoarthritis in most people. Some studies found recreational runners had lower rates of hip and knee OA than people who did not exercise.

## What helps

There is no cure, but a lot can help. Exercise is one of the main treatments.

- Strengthening exercises for the muscles around your hip.
- Low-impact exercise, like swimming or cycling. These keep your heart and lungs fit (cardiovascular fitness) but put less strain on your joints.
- A physical therapist (physiotherapist), who can plan your exercises.
- If you are overweight, losing some weight can ease the load on your hips.
- Over-the-counter pain medicine such as acetaminophen (paracetamol) or ibuprofen may help. Check with a pharmacist or doctor first.

If other treatments have not helped, a doctor may talk to you about a hip replacement. This operation swaps the worn joint for an artificial one.

## When to get help

Call 911 if you have hurt your hip in a fall and cannot move your leg. Also call if, after a fall, your leg looks shorter or turned outwards.

Get urgent medical care the same day if:

- you suddenly cannot put weight on your leg
- your hip is hot, red or swollen, or you feel hot and shivery (this could be an infection)
- you have severe pain that does not ease when you rest

Book an appointment with a GP or doctor, a sports medicine doctor or a physical therapist if:

- your hip pain or stiffness has not improved after 2 weeks
- the pain is stopping you from running, walking or sleeping

## Running again

Hip osteoarthritis does not always mean you must stop running. But you may need to make some changes (modifications). Ask a sports medicine doctor or physical therapist first.

These may help:

- run shorter distances, or mix running with walking
- run on softer, flat ground such as grass or a running track
- leave a rest day between runs
- keep up strength exercises for your hips and legs

Use pain as a guide. Mild aching that settles by the next day is often OK. Cut back if the pain is sharp, makes you limp or is worse next morning.
"""

REFERENCES = [
    (
        "Osteoarthritis of the Hip",
        "American Academy of Orthopaedic Surgeons (OrthoInfo)",
        "https://orthoinfo.aaos.org/en/diseases--conditions/osteoarthritis-of-the-hip/",
    ),
    ("Osteoarthritis", "NHS", "https://www.nhs.uk/conditions/osteoarthritis/"),
    (
        "Osteoarthritis in over 16s: diagnosis and management (NG226)",
        "National Institute for Health and Care Excellence (NICE)",
        "https://www.nice.org.uk/guidance/ng226",
    ),
]
