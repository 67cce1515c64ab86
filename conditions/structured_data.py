"""What search engines read about each page: schema.org descriptions, given to them as JSON-LD.

Built from the same rows the page shows, so the description can never drift from the page.
"""

from django.urls import reverse

CONTEXT = "https://schema.org"
PATIENTS = "https://schema.org/Patient"


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def condition_page(condition, request):
    url = request.build_absolute_uri(condition.get_absolute_url())
    about = {"@type": "MedicalCondition", "name": condition.title, "url": url}
    signs = lines(condition.signs_or_symptoms)
    if signs:
        about["signOrSymptom"] = [{"@type": "MedicalSignOrSymptom", "name": s} for s in signs]
    treatments = lines(condition.treatments)
    if treatments:
        about["possibleTreatment"] = [{"@type": "MedicalTherapy", "name": t} for t in treatments]
    page = {
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "url": url,
        "name": condition.title,
        "description": condition.summary,
        "inLanguage": "en",
        "about": about,
        "lastReviewed": condition.last_reviewed.isoformat(),
        "medicalAudience": PATIENTS,
        "breadcrumb": breadcrumb(request, [
            ("Home", reverse("conditions:hub")),
            ("Conditions", reverse("conditions:list")),
            (condition.title, condition.get_absolute_url()),
        ]),
    }
    profile = condition.reviewer_profile
    if profile is not None:
        page["reviewedBy"] = {
            "@type": "Person", "name": profile.display_name, "jobTitle": profile.qualification,
        }
    elif condition.reviewed_by:
        page["reviewedBy"] = {"@type": "Person", "name": condition.reviewed_by}
    return page


def hub_page(site, conditions, request):
    return {
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "url": request.build_absolute_uri(reverse("conditions:hub")),
        "name": site.hub_title,
        "description": site.description,
        "inLanguage": "en",
        "medicalAudience": PATIENTS,
        "about": [
            {
                "@type": "MedicalCondition",
                "name": condition.title,
                "description": condition.summary,
                "url": request.build_absolute_uri(condition.get_absolute_url()),
            }
            for condition in conditions
        ],
    }


def breadcrumb(request, trail):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }
