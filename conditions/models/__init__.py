from conditions.models.condition import REVIEW_NOTICE, Condition, Reference, ReviewStatus
from conditions.models.content import ContentModel, ContentQuerySet
from conditions.models.review import PendingChange
from conditions.models.reviewer import ReviewerProfile
from conditions.models.site import SiteText
from conditions.models.snapshot import Snapshot
from conditions.models.warning_signs import CareAdvice, Tier, WarningSign

__all__ = [
    "REVIEW_NOTICE",
    "CareAdvice",
    "Condition",
    "ContentModel",
    "ContentQuerySet",
    "WarningSign",
    "Reference",
    "PendingChange",
    "ReviewStatus",
    "ReviewerProfile",
    "SiteText",
    "Snapshot",
    "Tier",
]
