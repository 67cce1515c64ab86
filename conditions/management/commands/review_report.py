"""Content due or overdue for clinical review; exits 1 if any is overdue, for a scheduled job."""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from conditions.models import Condition, ReviewStatus


class Command(BaseCommand):
    help = (
        "Lists conditions whose clinical review is overdue or due within 30 days. "
        "Exits with status 1 when any is overdue."
    )

    def handle(self, *args, **options):
        overdue = self.report(ReviewStatus.OVERDUE)
        self.report(ReviewStatus.DUE)
        if overdue:
            raise CommandError(
                f"{overdue} page{'s are' if overdue != 1 else ' is'} overdue for review.",
                returncode=1,
            )
        self.stdout.write(self.style.SUCCESS("Nothing is overdue for review."))

    def report(self, status):
        conditions = Condition.objects.review_status(status).summaries().order_by("next_review_due")
        self.stdout.write(f"{status.label} ({len(conditions)}):")
        for condition in conditions:
            admin_url = reverse("admin:conditions_condition_change", args=[condition.pk])
            self.stdout.write(
                f"  {condition.next_review_due:%Y-%m-%d}  {condition.title}  "
                f"[{condition.get_status_display()}]  {admin_url}"
            )
        if not conditions:
            self.stdout.write("  none")
        return len(conditions)
