from conditions.models.condition import REVIEW_NOTICE, Condition, ReviewStatus
from conditions.models.content import ContentModel, ContentQuerySet
from conditions.models.editor import EditorTimeZone
from conditions.models.explorer import Area, ConditionArea, ConditionFactor, Factor, Fit, View
from conditions.models.glossary import GlossaryTerm
from conditions.models.old_address import OldAddress
from conditions.models.reference import Reference
from conditions.models.review import PendingChange
from conditions.models.reviewer import ReviewerProfile
from conditions.models.site import SiteText
from conditions.models.warning_signs import CareAdvice, Tier, WarningSign

__all__ = [
    "Area",
    "ConditionArea",
    "ConditionFactor",
    "Factor",
    "Fit",
    "View",
    "REVIEW_NOTICE",
    "CareAdvice",
    "Condition",
    "ContentModel",
    "ContentQuerySet",
    "EditorTimeZone",
    "GlossaryTerm",
    "OldAddress",
    "WarningSign",
    "Reference",
    "PendingChange",
    "ReviewStatus",
    "ReviewerProfile",
    "SiteText",
    "Tier",
]
