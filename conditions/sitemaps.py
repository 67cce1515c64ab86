"""The sitemap: every page readers can open, each dated by the content it shows."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from conditions.models import Area, CareAdvice, Condition, Factor, SiteText, WarningSign


def latest(*dates):
    return max((date for date in dates if date is not None), default=None)


def conditions_changed():
    """When a published condition last changed or went live."""
    dates = Condition.objects.published().aggregate(Max("updated"), Max("publish_at"))
    return latest(*dates.values())


def warning_signs_changed():
    return latest(
        WarningSign.objects.aggregate(Max("updated"))["updated__max"],
        CareAdvice.objects.aggregate(Max("updated"))["updated__max"],
    )


class PageSitemap(Sitemap):
    """The pages that are not a single condition, with what each one shows."""

    pages = {
        "conditions:hub": lambda: latest(
            SiteText.objects.current().updated, conditions_changed(), warning_signs_changed()
        ),
        "conditions:list": conditions_changed,
        "conditions:checklist": lambda: latest(
            SiteText.objects.current().updated, warning_signs_changed()
        ),
        "conditions:explorer": lambda: latest(
            SiteText.objects.current().updated,
            Area.objects.aggregate(Max("updated"))["updated__max"],
            Factor.objects.aggregate(Max("updated"))["updated__max"],
        ),
    }

    def items(self):
        return list(self.pages)

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return self.pages[item]()


class ConditionSitemap(Sitemap):
    def items(self):
        return (
            Condition.objects.published()
            .summaries()
            .annotate(warning_signs_changed=Max("warning_signs__updated"))
            .order_by("order", "title")
        )

    def lastmod(self, condition):
        # A page changes when it is edited, when it goes live and when its warning signs change.
        return latest(condition.updated, condition.publish_at, condition.warning_signs_changed)


SITEMAPS = {"pages": PageSitemap, "conditions": ConditionSitemap}
