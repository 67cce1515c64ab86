"""Texts for the warning-sign checklist page (Markdown where noted)."""

CHECKLIST_TITLE = "Check your warning signs"

# Markdown
CHECKLIST_INTRO = (
    "Tell us if you have any of these warning signs with your hip or leg pain. "
    "We will tell you what kind of care to get, and how soon.\n"
    "\n"
    "This is not a diagnosis. If you are worried, get medical help anyway."
)

# Markdown; {number} becomes the emergency number.
CHECKLIST_EMERGENCY_NOTICE = (
    "**If you think it is an emergency, do not use this checklist. Call {number} now.**\n"
    "\n"
    "For example, call {number} if you have just had a bad fall and cannot move your leg, "
    "or if you have chest pain or trouble breathing."
)

CHECKLIST_LEGEND = "Do you have any of these warning signs?"

CHECKLIST_HINT = "Select all that apply."

CHECKLIST_PRIVACY = (
    "Your answers are not saved or sent anywhere: they are only used to show your result."
)

CHECKLIST_LINK_LABEL = "Check your warning signs"
