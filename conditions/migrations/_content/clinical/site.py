"""Site-wide texts for HipGuide: hub, care advice, call to action, disclaimer.

Markdown where noted, plain text otherwise. "{number}" stands for the site's
editable emergency number setting. No literal emergency number appears here,
except the list of other countries' numbers in EMERGENCY_NUMBER_NOTE.
"""

HUB_TITLE = "Hip pain that runs down the leg in runners"

# Markdown
HUB_INTRO = (
    "Hip pain that spreads down into your leg is common in people who run. This "
    "guide looks at 6 common causes in runners. It explains what you can do to ease "
    "the pain and get back to running.\n"
    "\n"
    "Each cause has its own page. You can read what it feels like, what may help, and "
    "which warning signs mean you should get help.\n"
    "\n"
    "This site gives general information only. It cannot tell you what is causing "
    "your pain. Only a health professional who examines you can do that."
)

# Markdown
CARE_INTRO = (
    "Most runners with hip pain get better with self-care and exercises at home. But "
    "sometimes you need help from a health professional.\n"
    "\n"
    "See a health professional if your pain is severe or does not go away. Also see "
    "one if you have other symptoms that worry you.\n"
    "\n"
    "A sports medicine doctor or a physical therapist (physiotherapist) can examine "
    "your hip and find out what is wrong. They can then make a treatment plan that "
    "suits you and your running.\n"
    "\n"
    "Check the warning signs below to see how soon you should get help."
)

# Markdown; {number} becomes the emergency number.
DISCLAIMER = (
    "This site gives general information about hip pain in runners. It is not "
    "medical advice, and it cannot diagnose you. Talk to a health professional about "
    "your own symptoms. In an emergency, call {number}."
)

# Plain text. The one place where other countries' emergency numbers are written.
EMERGENCY_NUMBER_NOTE = (
    "If you are not in the US, call your local emergency number: 999 in the UK, 112 "
    "in the EU, 000 in Australia."
)

# Markdown. Shown on every page that suggests anti-inflammatory medicines.
# Sources: NHS Ibuprofen for adults; NHS Sciatica; NICE NG226.
MEDICINES_CAUTION = (
    "**Anti-inflammatory painkillers are not safe for everyone.** These include "
    "ibuprofen and naproxen, as tablets or as gels and creams. Ask a pharmacist or "
    "doctor before you use them if you:\n"
    "\n"
    "- Have, or have had, a stomach ulcer, bleeding in your stomach or other stomach "
    "problems.\n"
    "- Have kidney disease or liver disease.\n"
    "- Have asthma.\n"
    "- Have heart problems or high blood pressure, or have had a stroke.\n"
    "- Take medicine to thin your blood.\n"
    "- Are pregnant, trying to get pregnant or breastfeeding.\n"
    "- Are over 65.\n"
    "- Take any other medicines.\n"
    "\n"
    "Always read the leaflet that comes with the medicine, and do not take more than "
    "it says. Use them for the shortest time you can."
)

MEDICINES_CAUTION_SOURCE_TITLE = "NHS: Ibuprofen for adults"
MEDICINES_CAUTION_SOURCE_URL = "https://www.nhs.uk/medicines/ibuprofen-for-adults/"

CTA_HEADING = "Questions about a running injury? Talk to a sports medicine specialist for $29"

# Markdown
CTA_TEXT = (
    "Not sure how to look after an injury that is not urgent, or how bad it is? You "
    "can talk it through with a sports medicine specialist.\n"
    "\n"
    "SportsMD offers online appointments with a specialist, known as Virtual Sports "
    "Specialized appointments. Each one costs $29. You talk by phone or by video "
    "call, wherever you are. The service is open 24 hours a day, 7 days a week, 365 "
    "days a year. Your appointment starts within 5 minutes. It is part of SportsMD's "
    "Virtual Urgent Care Service.\n"
    "\n"
    "**This service is for questions that are not urgent. It is not for emergencies "
    "or urgent symptoms, and it does not replace urgent care or an emergency room.** "
    "If you have any warning sign, follow the advice for that sign instead."
)

CTA_LINK_LABEL = "Find out about SportsMD's Virtual Urgent Care Service"

CTA_URL = "https://www.sportsmd.com/virtual-urgent-care/"

# Care advice for each tier, in the NHS pattern. {number} becomes the emergency
# number.
CARE_ADVICE = {
    "emergency": {
        "heading": "Call {number} now",
        "urgency_prefix": "Emergency:",
        "what_to_do": (
            "Call {number} now, or go straight to the nearest emergency room (ER).\n"
            "\n"
            "Do not wait to see if it gets better. Do not drive yourself."
        ),
        "action_label": "Call {number}",
        "action_url": "tel:{number}",
        "meanwhile": (
            "- Stop what you are doing. Do not try to walk or run it off.\n"
            "- If you have hurt your hip in a fall, keep the leg as still as you can.\n"
            "- If you can, have someone stay with you.\n"
            "- Take a list of the medicines you take with you."
        ),
        "source_title": "NHS: When to go to A&E",
        "source_url": (
            "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/"
        ),
    },
    "urgent": {
        "heading": "Get medical help today",
        "urgency_prefix": "Urgent advice:",
        "what_to_do": (
            "You need to be seen by a health professional today. You can:\n"
            "\n"
            "- Go to an urgent care center.\n"
            "- Ask your doctor for a same-day appointment.\n"
            "\n"
            "If you cannot be seen today, go to an emergency room (ER). An online or "
            "video appointment is not enough for these signs."
        ),
        "action_label": "When to use urgent care or the ER (MedlinePlus)",
        "action_url": "https://medlineplus.gov/ency/patientinstructions/000593.htm",
        "meanwhile": (
            "- Stop running until you have been checked.\n"
            "- Do not push through the pain.\n"
            "- Keep weight off the painful leg as much as you can.\n"
            "- Do not rub or massage a calf or thigh that is swollen, warm or red.\n"
            "- If your symptoms get much worse, or you get any emergency sign, call "
            "{number}."
        ),
        "source_title": "MedlinePlus: When to use the emergency room - adult",
        "source_url": "https://medlineplus.gov/ency/patientinstructions/000593.htm",
    },
    "soon": {
        "heading": "Book an appointment",
        "urgency_prefix": "Non-urgent advice:",
        "what_to_do": (
            "Book an appointment with your doctor, a sports medicine doctor or a "
            "physical therapist (physiotherapist). Try to be seen within the next few "
            "days to weeks.\n"
            "\n"
            "In the US, all 50 states let you see a physical therapist without a "
            "referral from a doctor. Some states set limits on this."
        ),
        "action_label": "How to choose a physical therapist (American Physical Therapy "
        "Association)",
        "action_url": (
            "https://www.choosept.com/why-physical-therapy/choosing-your-physical-therapist"
        ),
        "meanwhile": (
            "- Run less, or stop running for now if it hurts.\n"
            "- Do not push through pain.\n"
            "- Keep fit with things that do not hurt, like swimming or cycling.\n"
            "- Keep a note of your symptoms and what makes them better or worse.\n"
            "- If you get any urgent or emergency sign, get help sooner."
        ),
        "source_title": "NHS: Hip pain in adults",
        "source_url": "https://www.nhs.uk/symptoms/hip-pain/",
    },
    "none": {
        "heading": "Start with self-care",
        "urgency_prefix": "Self-care:",
        "what_to_do": (
            "You do not have any of the warning signs. Many runners with hip pain get "
            "better with self-care. You can:\n"
            "\n"
            "- Rest from running, or cut down, while it hurts, but keep gently active.\n"
            "- Hold an ice pack wrapped in a towel on the sore area for up to 20 "
            "minutes, a few times a day.\n"
            "- Ask a pharmacist which pain relief is safe for you.\n"
            "- Do gentle stretches and strength exercises that do not make the pain "
            "worse.\n"
            "\n"
            "If the pain is deep in your groin and gets worse when you run, do not "
            "run. It could be a stress fracture. Check the warning signs again."
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
        "source_title": "NHS: Hip pain in adults",
        "source_url": "https://www.nhs.uk/symptoms/hip-pain/",
    },
}

# Markdown; {number} becomes the emergency number.
CHECKLIST_EMERGENCY_NOTICE = (
    "**If you think it is an emergency, do not use this checklist. Call {number} "
    "now.**\n"
    "\n"
    "For example, call {number} if you have had a bad fall and cannot stand or move "
    "your leg, if you have chest pain or trouble breathing, or if you feel very ill "
    "with a high temperature."
)
