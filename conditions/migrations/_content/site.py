"""Site-wide content for HipGuide: hub page, care advice, warning signs and call to action.

Plain str constants and lists of dicts. Fields marked Markdown may use Markdown;
everything else is plain text. No HTML, no H1.
"""

HUB_TITLE = "Hip pain that runs down the leg in runners"

HUB_INTRO = (
    "Hip pain that spreads down into your leg is common in people who run. "
    "This guide looks at the usual causes in runners. It also explains what you "
    "can do to ease the pain and get back to running.\n"
    "\n"
    "Each cause has its own page. You can read what it feels like, what may help, "
    "and when to get help from a health professional.\n"
    "\n"
    "This site gives general information only. It cannot tell you what is causing "
    "your pain. Only a health professional who examines you can do that."
)

CARE_INTRO = (
    "Most runners with hip pain get better by looking after themselves and doing "
    "exercises at home. But sometimes you need help from a professional.\n"
    "\n"
    "See a health professional if your pain is severe or does not go away. Also "
    "see one if you have other symptoms that worry you.\n"
    "\n"
    "A sports medicine doctor or a physical therapist (physiotherapist) can examine "
    "your hip and find out what is wrong. They can then make a treatment plan that "
    "suits you and your running.\n"
    "\n"
    "Check the warning signs below to see how soon you should get help."
)

CTA_HEADING = "Talk to a sports medicine specialist online for $29"

CTA_TEXT = (
    "Not sure how to look after an injury, or how serious it is? Wondering whether "
    "to go to urgent care or to a hospital?\n"
    "\n"
    "SportsMD offers online appointments with a sports medicine specialist, called "
    "Virtual Sports Specialized appointments. Each one costs $29. You talk on a "
    "phone call or a video call, wherever you are.\n"
    "\n"
    "The service is open 24 hours a day, 7 days a week, 365 days a year. Your "
    "appointment starts within 5 minutes. It is part of SportsMD's Virtual "
    "Urgent Care Service."
)

CTA_LINK_LABEL = "Find out about SportsMD's Virtual Urgent Care Service"

CTA_URL = "https://www.sportsmd.com/virtual-urgent-care/"

DISCLAIMER = (
    "This site gives general information about hip pain in runners. It is not "
    "medical advice and it cannot diagnose you. Talk to a health professional about "
    "your own symptoms. In an emergency, call 911."
)

EMERGENCY_NUMBER = "911"

# The five warning signs from the source article, in the article's order.
ARTICLE_FLAGS = [
    {
        "sign": "Severe pain that does not get better when you rest or take "
        "over-the-counter pain medicine",
        "why": "Pain this strong is not usual for a simple strain. It could be a sign "
        "of a more serious problem. Examples are a stress fracture (a small crack in a "
        "bone) or a trapped nerve.",
        "tier": "urgent",
        "related": ["femoral-neck-stress-fracture", "sciatica"],
    },
    {
        "sign": "You cannot stand or put weight on the leg with the painful hip",
        "why": "Not being able to take your weight could be a sign of a broken bone. "
        "One example is a stress fracture in the upper thigh bone, near the hip. This "
        "needs checking quickly so it does not get worse.",
        "tier": "urgent",
        "related": ["femoral-neck-stress-fracture"],
    },
    {
        "sign": "Your hip is swollen, red or feels warm",
        "why": "These can be signs of inflammation (swelling and irritation) or an "
        "infection in or around the joint. An infection needs treatment as soon as "
        "possible.",
        "tier": "urgent",
        "related": ["trochanteric-bursitis"],
    },
    {
        "sign": "Your hip will not move as far as it normally does",
        "why": "Stiffness like this may be a sign of a problem inside the joint. One "
        "example is osteoarthritis (wear and tear of the joint). A health professional "
        "can check what is causing it.",
        "tier": "soon",
        "related": ["hip-osteoarthritis"],
    },
    {
        "sign": "Pain that gets worse when you are active, or that is bad at night",
        "why": "Pain that builds with exercise or wakes you up may mean the problem is "
        "not settling. It can happen with a stress fracture, bursitis or osteoarthritis, "
        "so it is worth getting checked.",
        "tier": "soon",
        "related": [
            "femoral-neck-stress-fracture",
            "trochanteric-bursitis",
            "hip-osteoarthritis",
        ],
    },
]

# Extra warning signs from mainstream guidance (NHS, NICE, AAOS, MedlinePlus).
# Order: emergency, then urgent, then soon.
EXTRA_FLAGS = [
    # Emergency
    {
        "sign": "New trouble peeing, or you cannot control your bladder or bowels",
        "why": "Together with back or leg pain, this could be a sign of cauda equina "
        "syndrome. This is a rare but serious problem where the nerves at the bottom of "
        "the spine are squashed. It needs treatment straight away.",
        "tier": "emergency",
        "related": ["sciatica"],
    },
    {
        "sign": "Numbness or tingling around your genitals, back passage (anus) or "
        "buttocks",
        "why": "Numbness in this area (the saddle area) could be a sign of cauda equina "
        "syndrome. This is where nerves at the bottom of the spine are squashed. Quick "
        "treatment can help prevent lasting damage.",
        "tier": "emergency",
        "related": ["sciatica"],
    },
    {
        "sign": "Weakness or numbness in both legs, or pain in both legs that is severe "
        "or getting worse",
        "why": "Symptoms in both legs at once could mean the nerves in your lower back "
        "are under serious pressure. This needs to be checked in hospital straight "
        "away.",
        "tier": "emergency",
        "related": ["sciatica"],
    },
    {
        "sign": "After a fall or injury, you cannot put weight on your leg, or your leg "
        "looks shorter or turned out",
        "why": "This could be a sign of a broken hip (hip fracture). Try not to move the "
        "leg and get emergency help.",
        "tier": "emergency",
        "related": ["femoral-neck-stress-fracture"],
    },
    {
        "sign": "Leg swelling together with breathlessness or chest pain",
        "why": "This could be a sign of a blood clot that has travelled to the lungs "
        "(pulmonary embolism). This can be life-threatening.",
        "tier": "emergency",
        "related": [],
    },
    # Urgent (get help today)
    {
        "sign": "Groin pain that gets worse with each run, is there at rest or at "
        "night, or makes you limp",
        "why": "This could be a femoral neck stress fracture. This is a small crack in "
        "the neck of the thigh bone, just below the ball of the hip joint. Stop running "
        "until you have been checked, as the crack can get bigger.",
        "tier": "urgent",
        "related": ["femoral-neck-stress-fracture"],
    },
    {
        "sign": "A hot, swollen, very painful joint, and you have a fever or feel unwell",
        "why": "This could be a sign of an infection in the joint (septic arthritis). "
        "It needs treatment quickly to protect the joint.",
        "tier": "urgent",
        "related": [],
    },
    {
        "sign": "One calf or thigh is swollen, warm or red",
        "why": "This could be a sign of deep vein thrombosis (DVT), a blood clot in a "
        "deep vein of the leg. A DVT needs to be checked and treated quickly.",
        "tier": "urgent",
        "related": [],
    },
    {
        "sign": "Leg weakness that is getting worse, such as a foot that drags or "
        "slaps on the ground",
        "why": "A foot that drags or slaps is called foot drop. It may mean a nerve in "
        "your back or leg is being pressed on. Getting checked soon gives the nerve the best chance "
        "to recover.",
        "tier": "urgent",
        "related": ["sciatica"],
    },
    # Soon (book an appointment)
    {
        "sign": "You have had cancer before, or you are losing weight without trying",
        "why": "Most hip pain is not caused by anything serious. But rarely, bone pain "
        "can be a sign of cancer or another illness, so a doctor should check it.",
        "tier": "soon",
        "related": [],
    },
    {
        "sign": "You have missed periods, you eat too little for your training, or you "
        "have had a stress fracture before",
        "why": "Not eating enough energy for your training (relative energy deficiency "
        "in sport, or RED-S) can weaken your bones. This makes stress fractures more "
        "likely.",
        "tier": "soon",
        "related": ["femoral-neck-stress-fracture"],
    },
    {
        "sign": "Your pain is no better after about 2 weeks of self-care",
        "why": "Most running injuries start to improve with rest and simple self-care. "
        "If yours has not, a health professional can find out why and help you recover.",
        "tier": "soon",
        "related": [],
    },
]

CARE_TIERS = [
    {
        "tier": "emergency",
        "heading": "Call {number} now",
        "urgency_prefix": "Emergency:",
        "what_to_do": (
            "Call the emergency number now, or go straight to the nearest emergency "
            "room (ER).\n"
            "\n"
            "Do not wait to see if it gets better. Do not drive yourself."
        ),
        "action_label": "Call {number}",
        "action_url": "tel:{number}",
        "meanwhile": (
            "- Stop what you are doing and do not try to walk or run it off.\n"
            "- If you have hurt your hip in a fall, keep the leg as still as you can.\n"
            "- If you can, have someone stay with you.\n"
            "- Take a list of any medicines you take with you."
        ),
    },
    {
        "tier": "urgent",
        "heading": "Get medical help today",
        "urgency_prefix": "Urgent advice:",
        "what_to_do": (
            "You need to be seen by a health professional today. You can:\n"
            "\n"
            "- go to an urgent care center\n"
            "- ask your doctor for a same-day appointment\n"
            "\n"
            "If you cannot be seen today, go to an emergency room (ER)."
        ),
        "action_label": "When to use urgent care or the ER (MedlinePlus)",
        "action_url": "https://medlineplus.gov/ency/patientinstructions/000593.htm",
        "meanwhile": (
            "- Stop running until you have been checked.\n"
            "- Do not push through the pain.\n"
            "- Keep weight off the painful leg as much as you can.\n"
            "- Do not rub or massage a calf or thigh that is swollen, warm or red.\n"
            "- If your symptoms get much worse, or you get any emergency sign, call "
            "the emergency number."
        ),
    },
    {
        "tier": "soon",
        "heading": "Book an appointment",
        "urgency_prefix": "Non-urgent advice:",
        "what_to_do": (
            "Book an appointment with your doctor, a sports medicine doctor or a "
            "physical therapist (physiotherapist). Try to be seen within the next few "
            "days to weeks.\n"
            "\n"
            "In many US states, you can see a physical therapist without a referral "
            "from a doctor."
        ),
        "action_label": "How to choose a physical therapist (American Physical "
        "Therapy Association)",
        "action_url": (
            "https://www.choosept.com/why-physical-therapy/"
            "choosing-your-physical-therapist"
        ),
        "meanwhile": (
            "- Run less, or stop running for now if it hurts.\n"
            "- Do not push through pain.\n"
            "- Keep fit with activities that do not hurt, like swimming or cycling.\n"
            "- Keep a note of your symptoms and what makes them better or worse.\n"
            "- If you get any urgent or emergency sign, get help sooner."
        ),
    },
    {
        "tier": "none",
        "heading": "Look after your hip at home",
        "urgency_prefix": "Self-care:",
        "what_to_do": (
            "You do not have any of the warning signs. Many runners with hip pain "
            "get better with self-care. You can:\n"
            "\n"
            "- rest from running, or cut down, while it hurts, but keep gently active\n"
            "- hold an ice pack wrapped in a towel on the sore area for up to 20 "
            "minutes, a few times a day\n"
            "- try heat, such as a warm bath, if your hip feels stiff\n"
            "- take over-the-counter pain medicine such as acetaminophen (paracetamol) "
            "or ibuprofen if you need it (ask a pharmacist which is safe for you)\n"
            "- do gentle stretches and strength exercises that do not make the pain "
            "worse"
        ),
        "action_label": "Read about the common causes",
        "action_url": "/",
        "meanwhile": (
            "When the pain settles, go back to running slowly. Start with shorter, "
            "easier runs and build up a little at a time.\n"
            "\n"
            "Come back to this checklist if anything changes. See a doctor or a "
            "physical therapist (physiotherapist) if you get a warning sign. Also see "
            "one if your pain is no better after about 2 weeks."
        ),
    },
]
