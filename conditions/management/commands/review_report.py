"""Content due or overdue for clinical review; exits 1 if any is overdue, for a scheduled job."""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from conditions.models import Condition, PendingChange, ReviewStatus


class Command(BaseCommand):
    help = (
        "Lists conditions whose clinical review is overdue or due within 30 days. "
        "Exits with status 1 when any is overdue, or when an urgent correction has waited more "
        "than 48 hours for a second reviewer's check."
    )

    def handle(self, *args, **options):
        overdue = self.report(ReviewStatus.OVERDUE)
        self.report(ReviewStatus.DUE)
        unchecked = self.report_corrections()
        problems = []
        if overdue:
            pages = f"{overdue} page{'s are' if overdue != 1 else ' is'}"
            problems.append(f"{pages} overdue for review.")
        if unchecked:
            problems.append(
                f"{unchecked} urgent correction{'s have' if unchecked != 1 else ' has'} waited "
                "more than 48 hours for a second check."
            )
        if problems:
            raise CommandError(" ".join(problems), returncode=1)
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

    def report_corrections(self):
        corrections = PendingChange.objects.awaiting_second_check().order_by("reviewed_at")
        late = set(PendingChange.objects.overdue_second_check().values_list("pk", flat=True))
        self.stdout.write(f"Urgent corrections awaiting a second check ({len(corrections)}):")
        for correction in corrections:
            admin_url = reverse("admin:conditions_pendingchange_change", args=[correction.pk])
            overdue = "  [more than 48 hours]" if correction.pk in late else ""
            self.stdout.write(
                f"  {correction.reviewed_at:%Y-%m-%d %H:%M}  {correction}  {admin_url}{overdue}"
            )
        if not corrections:
            self.stdout.write("  none")
        return len(late)
