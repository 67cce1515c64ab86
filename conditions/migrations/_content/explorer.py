"""The explorer's areas, factors and how each fits the six conditions, from the pages' own
symptoms and causes (clinical/conditions.py). Each link cites one of its condition's
references, by its position in that condition's list."""

# slug, name, "you said" words, view, centre x, centre y, width, height
AREAS = [
    ("groin", "Groin and front of the hip", "your groin or the front of your hip",
     "front", 60, 168, 52, 28),
    ("front-of-thigh", "Front of the thigh", "the front of your thigh", "front", 60, 225, 50, 56),
    ("outside-of-hip", "Outside of the hip", "the outside of your hip", "side", 300, 165, 40, 34),
    ("outside-of-thigh", "Outside of the thigh to the knee",
     "the outside of your thigh, down to the knee", "side", 300, 240, 30, 80),
    ("lower-back", "Lower back", "your lower back", "back", 180, 125, 44, 26),
    ("buttock", "Buttock", "your buttock", "back", 180, 170, 56, 30),
    ("back-of-thigh", "Back of the thigh", "the back of your thigh", "back", 180, 228, 50, 56),
    ("below-the-knee", "Below the knee to the foot", "below your knee, down to your foot",
     "back", 180, 330, 50, 100),
]

# key, name, "you said" words, a phrase that finds its warning sign (or None)
FACTORS = [
    ("sudden", "It started after a fall or a sudden movement",
     "that it started after a fall or a sudden movement", None),
    ("weeks", "It built up over weeks of running", "that it built up over weeks of running", None),
    ("each-run", "It gets worse with each run, or starts sooner each time",
     "that it gets worse with each run", "gets worse when you are active"),
    ("rest-or-night", "It is there at rest or at night", "that it is there at rest or at night",
     None),
    ("tingling", "Tingling, pins and needles or numbness",
     "that you have tingling, pins and needles or numbness", None),
    ("lying-on-side", "It hurts to lie on that side", "that it hurts to lie on that side", None),
    ("morning-stiffness", "It is stiff first thing in the morning, then eases",
     "that it is stiff first thing in the morning", None),
    ("stairs-or-chair", "It hurts on stairs or getting up from a chair",
     "that it hurts on stairs or getting up from a chair", None),
    ("downhill", "It is worse running downhill", "that it is worse running downhill", None),
    ("clicking", "Clicking, catching or grinding", "clicking, catching or grinding", None),
    ("over-40", "I am over 40", "that you are over 40", None),
    ("both-legs", "It is in both legs", "that it is in both legs", "both legs"),
    ("bladder", "New trouble peeing, or controlling my bladder or bowels",
     "new trouble with your bladder or bowels", "bladder or bowels"),
    ("fall-cannot-stand", "After a fall, I cannot stand or put weight on my leg",
     "that after a fall you cannot put weight on your leg", "After a fall"),
]

STRAIN = "muscle-strain-and-tendinopathy"
BURSITIS = "trochanteric-bursitis"
IT_BAND = "it-band-syndrome"
OA = "hip-osteoarthritis"
FRACTURE = "femoral-neck-stress-fracture"
SCIATICA = "sciatica"

# condition, area, fit, reason, reference (position in the condition's references)
AREA_LINKS = [
    (STRAIN, "groin", "typical",
     "Strains of the hip flexors and inner thigh muscles hurt in the groin and front of the hip.",
     2),
    (STRAIN, "front-of-thigh", "possible", "A strained hip muscle can ache down the thigh.", 0),
    (STRAIN, "outside-of-hip", "possible",
     "A sore buttock tendon often hurts on the outer side of the hip.", 2),
    (STRAIN, "buttock", "possible", "The buttock muscles and their tendons can be strained.", 2),
    (STRAIN, "back-of-thigh", "possible",
     "A hamstring strain hurts at the back of the thigh.", 0),
    (BURSITIS, "outside-of-hip", "typical",
     "Bursitis hurts at the bony point on the outside of the hip.", 1),
    (BURSITIS, "outside-of-thigh", "possible",
     "The pain of bursitis can spread down the outer thigh, sometimes to the knee.", 1),
    (IT_BAND, "outside-of-thigh", "typical",
     "IT band pain runs along the outer thigh and is most common at the outer knee.", 0),
    (IT_BAND, "outside-of-hip", "possible",
     "IT band syndrome can also hurt on the outer hip.", 0),
    (OA, "groin", "typical", "Hip osteoarthritis is most often felt in the groin.", 0),
    (OA, "front-of-thigh", "possible",
     "Pain from a worn hip joint can spread to the thigh and knee.", 0),
    (OA, "buttock", "possible", "Hip osteoarthritis can spread to the buttock.", 0),
    (FRACTURE, "groin", "typical",
     "A stress fracture at the top of the thigh bone gives a deep ache in the groin or the "
     "front of the hip.", 0),
    (FRACTURE, "front-of-thigh", "possible",
     "The pain of a hip stress fracture can spread into the thigh.", 2),
    (SCIATICA, "lower-back", "typical",
     "Sciatica starts in the lower back, though the leg often hurts more than the back.", 0),
    (SCIATICA, "buttock", "typical", "Sciatica hurts in the buttock.", 0),
    (SCIATICA, "back-of-thigh", "typical",
     "Sciatica runs down the back of the leg.", 0),
    (SCIATICA, "below-the-knee", "typical",
     "Sciatica can reach below the knee and into the foot.", 0),
]

# condition, factor, fit, reason, reference
FACTOR_LINKS = [
    (STRAIN, "sudden", "typical",
     "A strain often starts with a sudden movement, sometimes with swelling or bruising.", 0),
    (STRAIN, "weeks", "possible",
     "Tendinopathy builds up slowly, often over weeks of too much load.", 2),
    (STRAIN, "morning-stiffness", "possible",
     "Sore muscles and tendons can be stiff after rest or first thing in the morning.", 0),
    (STRAIN, "stairs-or-chair", "possible",
     "Strained hip muscles hurt when you climb stairs or lift your leg.", 0),
    (STRAIN, "lying-on-side", "possible",
     "A sore buttock tendon can hurt when you lie on that side.", 2),
    (BURSITIS, "lying-on-side", "typical",
     "Bursitis hurts when you lie on that side, and may wake you.", 1),
    (BURSITIS, "stairs-or-chair", "typical",
     "Bursitis hurts on stairs and when you get up from a chair.", 1),
    (BURSITIS, "weeks", "possible",
     "Bursitis builds up with long runs or training that grows too fast.", 1),
    (BURSITIS, "over-40", "possible", "Bursitis is more common in middle-aged people.", 3),
    (BURSITIS, "rest-or-night", "possible", "The pain of bursitis can wake you at night.", 1),
    (IT_BAND, "weeks", "typical",
     "IT band syndrome is an overuse injury that builds up over weeks of running.", 0),
    (IT_BAND, "downhill", "typical", "IT band pain is worse running downhill.", 0),
    (IT_BAND, "each-run", "possible",
     "IT band pain starts partway through a run and builds if you keep going.", 0),
    (IT_BAND, "clicking", "possible",
     "Some people feel clicking or snapping at the outside of the knee.", 0),
    (IT_BAND, "stairs-or-chair", "possible", "IT band pain is worse going down stairs.", 0),
    (OA, "morning-stiffness", "typical",
     "A stiff hip after rest or first thing in the morning is typical of osteoarthritis.", 0),
    (OA, "over-40", "typical", "Hip osteoarthritis becomes more common with age.", 3),
    (OA, "clicking", "possible", "A worn hip can grind or catch.", 0),
    (OA, "stairs-or-chair", "possible", "Osteoarthritis makes stairs and chairs harder.", 0),
    (OA, "rest-or-night", "possible", "Hip osteoarthritis can ache at night.", 1),
    (FRACTURE, "each-run", "typical",
     "The pain of a stress fracture gets worse with each run, or starts sooner each time.", 1),
    (FRACTURE, "rest-or-night", "typical",
     "A stress fracture can hurt at rest and at night.", 0),
    (FRACTURE, "weeks", "typical",
     "A stress fracture builds up when running increases faster than bone can repair.", 1),
    (FRACTURE, "sudden", "possible",
     "A stress fracture can suddenly get worse during a run, even without a fall.", 2),
    (SCIATICA, "tingling", "typical",
     "Tingling, pins and needles and numbness are typical of a squeezed nerve.", 0),
    (SCIATICA, "both-legs", "possible",
     "Sciatica usually affects one leg; both legs at once needs checking straight away.", 2),
    (SCIATICA, "bladder", "possible",
     "Bladder or bowel trouble with sciatica needs checking straight away.", 2),
    (SCIATICA, "rest-or-night", "possible", "Sciatica can hurt at rest.", 0),
]

SITE_TEXTS = {
    "explorer_title": "Where does it hurt?",
    "explorer_link_label": "Find which causes fit where it hurts",
    "explorer_intro": (
        "Tell us where it hurts and what it is like. We will show which of the six common "
        "causes fit, and why. This is not a diagnosis: only a health professional who "
        "examines you can say what is causing your pain."
    ),
    "explorer_areas_legend": "Where does it hurt?",
    "explorer_areas_hint": "Choose every place that hurts, on the body or in the list.",
    "explorer_factors_legend": "What is it like?",
    "explorer_factors_hint": "Choose everything that is true for you, or nothing.",
    "explorer_button": "Show the causes that fit",
    "explorer_result_title": "Causes that fit what you told us",
    "explorer_not_a_diagnosis": (
        "**This is not a diagnosis.** Several causes can feel the same. If you are worried, "
        "or the pain is not getting better, see a health professional. In an emergency, "
        "call {number}."
    ),
    "explorer_best_heading": "Fit best",
    "explorer_less_heading": "Fit less well",
    "explorer_no_fit": (
        "Nothing you chose fits the six causes on this site. A health professional can "
        "find out what is causing your pain."
    ),
    "explorer_typical": "You said {answers}: typical of {condition}.",
    "explorer_possible": "You said {answers}: possible with {condition}.",
    "explorer_and": "and",
    "explorer_more": "More information on {condition}",
    "explorer_change": "Change your answers",
    "explorer_privacy": "We do not store or share your answers.",
    "diagram_alt": "The body from the front, back and side, with the usual places marked: {areas}.",
    "search_label": "Search the site",
    "search_button": "Search",
    "search_title": "Search",
    "search_results": "{count} found for “{query}”",
    "search_nothing": "Nothing found for “{query}”. Try other words, or:",
    "search_privacy": "We do not store or share what you search for.",
}
