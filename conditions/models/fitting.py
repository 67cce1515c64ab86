"""The explorer's answer: which conditions the areas and factors a reader chose fit, best first."""

from django.db import models


class FittingQuerySet(models.QuerySet):
    def fitting(self, areas, factors, texts):
        """The conditions the chosen areas and factors fit, best first: a typical match counts
        twice as much as a possible one. Each carries its score, its matching links, and the
        reason sentences made from the site texts."""
        from conditions.models.explorer import SCORES, ConditionArea, ConditionFactor, Fit

        links = [
            *ConditionArea.objects.filter(area__in=areas).select_related("area"),
            *ConditionFactor.objects.filter(factor__in=factors).select_related("factor"),
        ]
        conditions = {condition.pk: condition for condition in self.summaries()}
        fitting = []
        for condition in conditions.values():
            matches = [link for link in links if link.condition_id == condition.pk]
            if not matches:
                continue
            condition.score = sum(SCORES[link.fit] for link in matches)
            condition.typical = [link for link in matches if link.fit == Fit.TYPICAL]
            condition.possible = [link for link in matches if link.fit == Fit.POSSIBLE]
            by_fit = [(Fit.TYPICAL, condition.typical), (Fit.POSSIBLE, condition.possible)]
            condition.more_label = texts.explorer_more.replace("{condition}", condition.title)
            condition.reasons = [
                texts.reason(fit, fit_links, condition) for fit, fit_links in by_fit if fit_links
            ]
            fitting.append(condition)
        # Equal scores keep the site's own order, so answers never depend on the database.
        return sorted(fitting, key=lambda condition: -condition.score)
