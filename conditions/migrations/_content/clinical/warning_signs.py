"""Every warning sign on HipGuide, most urgent first.

Each sign has a tier taken from a named guideline. Where guidelines differ, the
more cautious tier is used. "replaces" gives the exact old sign text this entry
replaces (from site.ARTICLE_FLAGS or migration 0003), or None for a new sign.

Tiers: "emergency" = call the emergency number now; "urgent" = get medical help
today; "soon" = book an appointment.
"""

NHS_HIP_PAIN = ("NHS: Hip pain in adults", "https://www.nhs.uk/symptoms/hip-pain/")
NHS_CAUDA_EQUINA = (
    "NHS: Cauda equina syndrome",
    "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
)
NICE_NG234 = (
    "NICE NG234: Spinal metastases and metastatic spinal cord compression",
    "https://www.nice.org.uk/guidance/ng234",
)
NHS_CHILD_HIP = (
    "NHS: Hip pain in children (irritable hip)",
    "https://www.nhs.uk/conditions/hip-pain-children-irritable-hip/",
)
NICE_CKS_BACK_PAIN = (
    "NICE CKS: Back pain - low (without radiculopathy)",
    "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
)
NICE_CKS_SCIATICA = (
    "NICE CKS: Sciatica (lumbar radiculopathy)",
    "https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/",
)
AAOS_STRESS_FRACTURES = (
    "AAOS OrthoInfo: Stress fractures",
    "https://orthoinfo.aaos.org/en/diseases--conditions/stress-fractures/",
)

ALL_CONDITIONS = [
    "muscle-strain-and-tendinopathy",
    "trochanteric-bursitis",
    "it-band-syndrome",
    "hip-osteoarthritis",
    "femoral-neck-stress-fracture",
    "sciatica",
]


def _sign(sign, why, tier, related, source, replaces=None):
    return {
        "sign": sign,
        "why": why,
        "tier": tier,
        "related": list(related),
        "source_title": source[0],
        "source_url": source[1],
        "replaces": replaces,
    }


WARNING_SIGNS = [
    # ------------------------------------------------------------------
    # Emergency: call the emergency number now
    # ------------------------------------------------------------------
    # Cauda equina syndrome (NHS and NICE CKS: go to A&E / call 999 straight away).
    _sign(
        "You have back pain or sciatica and new trouble peeing, or you cannot "
        "control your bladder or bowels",
        "This can be a sign of cauda equina syndrome. This is when the nerves at the "
        "bottom of your spine are badly squashed. It is rare, but it needs treatment "
        "in hospital straight away to stop lasting harm.",
        "emergency",
        ["sciatica"],
        NHS_CAUDA_EQUINA,
        replaces="New trouble peeing, or you cannot control your bladder or bowels",
    ),
    _sign(
        "Numbness or tingling around your genitals, back passage (anus) or buttocks",
        "Loss of feeling in the parts of you that touch a saddle can be a sign of "
        "cauda equina syndrome. Quick treatment can help stop the nerve damage from "
        "lasting.",
        "emergency",
        ["sciatica"],
        NHS_CAUDA_EQUINA,
        replaces="Numbness or tingling around your genitals, back passage (anus) or buttocks",
    ),
    _sign(
        "You have back pain or sciatica and new problems with sex, such as no feeling "
        "in your genitals, or you cannot get an erection or ejaculate",
        "New sex problems with back or leg pain can be a sign of cauda equina "
        "syndrome. The nerves that squeeze can also control your sex organs. It needs "
        "checking in hospital straight away.",
        "emergency",
        ["sciatica"],
        NHS_CAUDA_EQUINA,
    ),
    _sign(
        "Sciatica in both legs, or weakness or numbness in both legs that is bad or getting worse",
        "When both legs are affected at once, the nerves in your lower back may be "
        "under a lot of pressure. This can be a sign of cauda equina syndrome. It "
        "needs checking in hospital straight away.",
        "emergency",
        ["sciatica"],
        ("NHS: Sciatica", "https://www.nhs.uk/conditions/sciatica/"),
        replaces="Weakness or numbness in both legs, or pain in both legs that is severe "
        "or getting worse",
    ),
    # NICE NG234: contact immediately when there are neurological symptoms.
    _sign(
        "You have had cancer, and you have new back pain with pain, numbness or "
        "weakness going down your legs, trouble walking, or bladder or bowel problems",
        "Cancer can spread to the bones of the spine and press on the nerves. With "
        "these nerve signs, you need to be checked straight away to protect your "
        "ability to walk.",
        "emergency",
        ["sciatica"],
        NICE_NG234,
    ),
    # Hip fracture (NHS hip pain: go to A&E after a fall if you cannot walk or the
    # leg has changed shape; more cautious tier chosen).
    _sign(
        "After a fall or injury, you cannot stand or put weight on your leg, or your "
        "leg looks shorter or turned out",
        "This can be a sign of a broken hip. Try not to move the leg. Do not try to "
        "walk on it, and wait for help.",
        "emergency",
        [
            "muscle-strain-and-tendinopathy",
            "trochanteric-bursitis",
            "hip-osteoarthritis",
            "femoral-neck-stress-fracture",
        ],
        NHS_HIP_PAIN,
        replaces="After a fall or injury, you cannot put weight on your leg, or your leg "
        "looks shorter or turned out",
    ),
    # A stress fracture of the femoral neck can break right through (displace)
    # during a run. Sudden loss of weight bearing is treated like a fall.
    _sign(
        "Sudden, severe pain in your hip or groin during a run, even without a fall, "
        "or you suddenly cannot put weight on your leg",
        "A small crack in the top of your thigh bone can suddenly break right through. "
        "If that happens, the hip needs treatment in hospital fast. This gives the "
        "bone the best chance to heal.",
        "emergency",
        ["femoral-neck-stress-fracture", "muscle-strain-and-tendinopathy"],
        AAOS_STRESS_FRACTURES,
    ),
    # NHS DVT: go to A&E / call 999 if DVT symptoms come with breathlessness or
    # chest pain.
    _sign(
        "You are short of breath or have chest pain, and one leg is swollen, sore or warm",
        "This could be a blood clot in the leg that has moved to your lungs. This is "
        "a pulmonary embolism. It can be life-threatening.",
        "emergency",
        [],
        (
            "NHS: DVT (deep vein thrombosis)",
            "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
        ),
        replaces="Leg swelling together with breathlessness or chest pain",
    ),
    # NICE NG51 and NHS: sepsis is a medical emergency.
    _sign(
        "You feel very ill, with confusion or slurred speech, blue, grey or blotchy "
        "skin or lips, a rash that does not fade when you press a glass on it, or "
        "very fast breathing",
        "These can be signs of sepsis. This is when your body attacks itself while "
        "it fights an infection. Sepsis can kill, and it needs treatment fast.",
        "emergency",
        [],
        ("NHS: Sepsis", "https://www.nhs.uk/conditions/sepsis/"),
    ),
    # NHS irritable hip and NHS limp advice: A&E if a child cannot bear weight or is
    # unwell with a high temperature.
    _sign(
        "A child or teenager has hip, thigh or knee pain and cannot put any weight on "
        "the leg, or has a high temperature and seems unwell",
        "In children, this can be a sign of an infection in the hip joint, or a "
        "problem with the top of their thigh bone. Both need quick treatment in "
        "hospital.",
        "emergency",
        [],
        NHS_CHILD_HIP,
    ),
    # ------------------------------------------------------------------
    # Urgent: get medical help today
    # ------------------------------------------------------------------
    # Femoral neck stress fracture: a runner with these symptoms must be seen today,
    # because the crack can break right through (displace).
    _sign(
        "Hip or groin pain that gets worse when you are active, or that is there "
        "when you rest or at night",
        "In runners, this can be a sign of a stress fracture in the top of your thigh "
        "bone. If it is not found early, the crack can break right through. Stop "
        "running until you have been checked.",
        "urgent",
        ["femoral-neck-stress-fracture"],
        AAOS_STRESS_FRACTURES,
        replaces="Pain that gets worse when you are active, or that is bad at night",
    ),
    _sign(
        "You run, and hip or groin pain makes you limp or comes back every time you run",
        "This could be a stress fracture in the neck of the thigh bone, just below "
        "the ball of the hip joint. Stop running until you have been checked, as the "
        "crack can get bigger.",
        "urgent",
        ["femoral-neck-stress-fracture"],
        AAOS_STRESS_FRACTURES,
        replaces="Groin pain that gets worse with each run, is there at rest or at "
        "night, or makes you limp",
    ),
    _sign(
        "You cannot stand or put weight on the leg with the painful hip, and this did "
        "not start suddenly or after a fall",
        "This could be a sign of a broken bone, such as a stress fracture near the "
        "hip. It needs checking today so it does not get worse. If it started "
        "suddenly, or after a fall, it is an emergency.",
        "urgent",
        [
            "muscle-strain-and-tendinopathy",
            "trochanteric-bursitis",
            "hip-osteoarthritis",
            "femoral-neck-stress-fracture",
        ],
        NHS_HIP_PAIN,
        replaces="You cannot stand or put weight on the leg with the painful hip",
    ),
    _sign(
        "Severe pain that does not get better when you rest or take over-the-counter pain medicine",
        "Pain this bad is not usual for a simple strain. It could be a sign of a more "
        "serious problem, such as a stress fracture or a nerve that is badly pressed "
        "on.",
        "urgent",
        ALL_CONDITIONS,
        NHS_HIP_PAIN,
        replaces="Severe pain that does not get better when you rest or take "
        "over-the-counter pain medicine",
    ),
    # NHS sprains and strains: urgent treatment centre or A&E if you heard a snap or
    # pop, the pain is severe or you cannot walk.
    _sign(
        "You felt a sudden pop or snap in your hip or thigh, then severe pain, and you "
        "have bruising or cannot walk normally",
        "This can mean a muscle or tendon has torn badly. A tendon can also pull off "
        "a small piece of bone. It needs checking today.",
        "urgent",
        ["muscle-strain-and-tendinopathy"],
        ("NHS: Sprains and strains", "https://www.nhs.uk/conditions/sprains-and-strains/"),
    ),
    _sign(
        "Your hip is swollen, red or feels warm",
        "These can be signs of swelling and irritation in or around the joint. They "
        "can also be a sign of an infection, which needs treatment quickly.",
        "urgent",
        ["trochanteric-bursitis", "hip-osteoarthritis", "it-band-syndrome"],
        NHS_HIP_PAIN,
        replaces="Your hip is swollen, red or feels warm",
    ),
    _sign(
        "A hot, swollen, very painful joint, or a hot, swollen lump over your hip or "
        "knee, and you have a high temperature or feel unwell",
        "This could be an infection in a joint or in a bursa (a small sac of fluid "
        "near a joint). It needs treatment quickly to protect the joint. If you have "
        "any signs of sepsis, it is an emergency.",
        "urgent",
        ["trochanteric-bursitis", "it-band-syndrome", "hip-osteoarthritis"],
        ("NHS: Bursitis", "https://www.nhs.uk/conditions/bursitis/"),
        replaces="A hot, swollen, very painful joint, and you have a fever or feel unwell",
    ),
    # NICE NG234: contact urgently, within 24 hours.
    _sign(
        "You have had cancer, and you have new back pain or hip pain",
        "Most back and hip pain is not caused by cancer. But cancer can spread to the "
        "bones, so new pain needs checking within a day.",
        "urgent",
        ["sciatica", "hip-osteoarthritis", "femoral-neck-stress-fracture"],
        NICE_NG234,
        replaces="You have had cancer before, or you are losing weight without trying",
    ),
    # NHS back pain (urgent GP or 111 with a high temperature); NICE CKS: suspected
    # spinal infection needs same-day hospital assessment.
    _sign(
        "Back pain with a high temperature, or you feel hot and shivery",
        "This could be a sign of an infection in the bones of your spine. It needs "
        "checking today. If you feel very ill, it could be sepsis.",
        "urgent",
        ["sciatica"],
        ("NHS: Back pain", "https://www.nhs.uk/conditions/back-pain/"),
    ),
    # NICE CKS back pain: injecting drugs and a weak immune system raise the risk of
    # spinal and joint infection.
    _sign(
        "You have a weak immune system (your body's defence against germs), or you "
        "inject drugs, and you have back or hip pain with a high temperature",
        "Germs can get into the spine or a joint more easily in people with a weak "
        "immune system or who inject drugs. An infection like this needs treatment "
        "quickly.",
        "urgent",
        ["sciatica", "trochanteric-bursitis", "hip-osteoarthritis"],
        NICE_CKS_BACK_PAIN,
    ),
    # Long-term steroids and osteoporosis weaken bone (fracture, loss of blood supply
    # to the ball of the hip). The more cautious tier is chosen.
    _sign(
        "You take steroid tablets long term, or you have osteoporosis (thin, weak "
        "bones), and you get new hip or groin pain",
        "Steroids and thin bones raise the risk of a crack in the hip bone. Steroids "
        "can also cut the blood supply to the ball of the hip. Finding these early "
        "protects the hip.",
        "urgent",
        ["femoral-neck-stress-fracture", "hip-osteoarthritis"],
        (
            "AAOS OrthoInfo: Osteonecrosis of the hip",
            "https://orthoinfo.aaos.org/en/diseases--conditions/osteonecrosis-of-the-hip/",
        ),
    ),
    # NHS irritable hip: urgent GP or 111 if a child has hip, thigh or knee pain or a
    # limp. Rules out a slipped upper femoral epiphysis (SUFE) or an infected hip.
    _sign(
        "A child or teenager has new hip, thigh or knee pain, or a limp",
        "In children, hip problems are often felt in the thigh or knee. A limp can be "
        "a sign of an infected hip or of the top of their thigh bone slipping. These "
        "need checking today.",
        "urgent",
        [],
        NHS_CHILD_HIP,
    ),
    # NHS DVT: ask for an urgent GP appointment or use 111.
    _sign(
        "One calf or thigh is swollen, warm or red",
        "This could be a sign of a blood clot in a deep vein of the leg. This is a "
        "DVT (deep vein thrombosis). It needs to be checked and treated quickly.",
        "urgent",
        [],
        (
            "NHS: DVT (deep vein thrombosis)",
            "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
        ),
        replaces="One calf or thigh is swollen, warm or red",
    ),
    # NICE CKS sciatica: a nerve problem that is getting worse needs urgent referral.
    _sign(
        "Leg weakness that is getting worse, such as a foot that drags or slaps on the ground",
        "A foot that drags or slaps is known as foot drop. It may mean a nerve in your "
        "back or leg is being pressed on. Getting checked early gives the nerve the "
        "best chance to recover.",
        "urgent",
        ["sciatica"],
        NICE_CKS_SCIATICA,
        replaces="Leg weakness that is getting worse, such as a foot that drags or slaps "
        "on the ground",
    ),
    # ------------------------------------------------------------------
    # Soon: book an appointment
    # ------------------------------------------------------------------
    _sign(
        "Your hip will not move as far as it normally does",
        "Stiffness like this may be a sign of a problem inside the joint, such as "
        "osteoarthritis. A health professional can check what is causing it.",
        "soon",
        ["hip-osteoarthritis"],
        NHS_HIP_PAIN,
        replaces="Your hip will not move as far as it normally does",
    ),
    _sign(
        "Your pain is no better after about 2 weeks of self-care",
        "Most running injuries start to get better with rest and simple self-care. "
        "If yours has not, a health professional can find out why and help you "
        "recover.",
        "soon",
        [
            "muscle-strain-and-tendinopathy",
            "trochanteric-bursitis",
            "it-band-syndrome",
            "hip-osteoarthritis",
            "sciatica",
        ],
        NHS_HIP_PAIN,
        replaces="Your pain is no better after about 2 weeks of self-care",
    ),
    _sign(
        "Hip or leg pain stops you sleeping, walking or doing your normal activities, "
        "or it keeps coming back",
        "Pain like this is worth getting checked. A health professional can find the "
        "cause and plan the right treatment with you.",
        "soon",
        [
            "muscle-strain-and-tendinopathy",
            "trochanteric-bursitis",
            "it-band-syndrome",
            "hip-osteoarthritis",
            "sciatica",
        ],
        NHS_HIP_PAIN,
    ),
    _sign(
        "You are losing weight without trying",
        "Most of the time this is not serious. But with back or hip pain, it can "
        "rarely be a sign of an illness such as cancer, so a doctor should check it.",
        "soon",
        ["sciatica"],
        NICE_CKS_BACK_PAIN,
    ),
    _sign(
        "You have missed periods, you eat too little for your training, or you have "
        "had a stress fracture before",
        "Not eating enough for the training you do can weaken your bones. This makes "
        "stress fractures more likely. If you also have hip or groin pain when you "
        "run, get help today.",
        "soon",
        ["femoral-neck-stress-fracture"],
        AAOS_STRESS_FRACTURES,
        replaces="You have missed periods, you eat too little for your training, or you "
        "have had a stress fracture before",
    ),
]
