from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.html import format_html
from markdownx.widgets import minified

from conditions.admin import queue  # noqa: F401 - registers the clinical reviewers' queue
from conditions.admin.base import HTTPS_URLS, EditorialAdmin, LabelledInline
from conditions.admin.condition_history import LinkThroughTheSign, RelatedHistory
from conditions.admin.explorer import ConditionAreaInline, ConditionFactorInline
from conditions.admin.glossary import GlossaryTermAdmin  # noqa: F401 - registers it
from conditions.admin.site_texts import SiteTextAdmin  # noqa: F401 - registers it
from conditions.models import CareAdvice, Condition, Reference, ReviewStatus, Tier, WarningSign
from conditions.models.condition import SECTIONS


def most_urgent_first(tier_field):
    """Tiers ranked as Tier declares them (emergency, urgent, soon), not alphabetically."""
    return models.Case(
        *(models.When(**{tier_field: value}, then=rank) for rank, value in enumerate(Tier.values)),
        output_field=models.IntegerField(),
    )


# The words on the sign-in page, every page's header and the browser tab.
admin.site.site_header = admin.site.site_title = admin.site.index_title = "HipGuide editors"
# The side menu took a quarter of a 1280 px screen from the editor; the breadcrumbs and the
# front page lead everywhere it did.
admin.site.enable_nav_sidebar = False

# Django makes the model linking warning signs to conditions, and names its rows
# "WarningSign_conditions object (2)" on deletion screens and in the inline; name them in
# the editors' words instead, without changing the tables.
WarningSignLink = WarningSign.conditions.through
WarningSignLink._meta.verbose_name = "link to a warning sign"
WarningSignLink._meta.verbose_name_plural = "links to warning signs"
WarningSignLink.__str__ = lambda link: f"“{link.warningsign}” points to {link.condition}"


class ReferenceInline(LabelledInline):
    """Saved at once, not held for review: a reference names a source and changes no advice a
    reader acts on, and a wrong one is put right faster by any editor than through the queue.
    The reviewer of the page's next change sees its references on the preview."""

    model = Reference
    extra = 1
    formfield_overrides = HTTPS_URLS


class WarningSignInline(LabelledInline):
    model = WarningSignLink
    formset = LinkThroughTheSign
    named_after = ["warningsign", "condition"]
    extra = 0
    verbose_name = "warning sign"
    verbose_name_plural = "warning signs that point to this condition"
    autocomplete_fields = ["warningsign"]


class ReviewStatusFilter(admin.SimpleListFilter):
    title = "clinical review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return ReviewStatus.choices

    def queryset(self, request, queryset):
        if self.value() in ReviewStatus.values:
            return queryset.review_status(self.value())
        return queryset


def reader_losses(condition):
    """What readers no longer get once `condition` is deleted, in the editors' words."""
    losses = []
    if condition.is_live:
        losses.append(f"The page at {condition.get_absolute_url()}, and its place on the home "
                      "page and in the list of conditions.")
    else:
        losses.append("Nothing yet on the page itself: readers cannot see it until it is "
                      "published.")
    references = condition.references.count()
    if references:
        losses.append(f"Its {references} reference{'s' if references != 1 else ''}.")
    signs = list(condition.warning_signs.active().most_urgent_first())
    if signs:
        names = "; ".join(f"“{sign}”" for sign in signs)
        losses.append(f"The link to this page from {len(signs)} warning "
                      f"sign{'s' if len(signs) != 1 else ''} on the checklist: {names}.")
    return losses


@admin.register(Condition)
class ConditionAdmin(EditorialAdmin):
    list_display = [
        "title", "status", "publish_at", "order", "review", "page_link",
    ]
    list_editable = ["order"]
    list_filter = ["status", ReviewStatusFilter]
    search_fields = ["title", "summary", "overview", "symptoms"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ReferenceInline, WarningSignInline, ConditionAreaInline, ConditionFactorInline]
    date_hierarchy = "next_review_due"
    recoverable = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "also_known_as", "where_it_hurts"]}),
        (
            "Sections",
            {
                "description": "Each section has its own heading on the page. “When to get "
                "help” is made from the warning signs linked below, in care cards by urgency: "
                "link a sign rather than writing urgent advice here.",
                "fields": SECTIONS,
            },
        ),
        ("Medicines", {"fields": ["uses_anti_inflammatories"]}),
        ("For search engines", {"fields": ["signs_or_symptoms", "treatments"]}),
        ("Publishing", {"fields": ["status", "publish_at", "order"]}),
        ("Clinical review", {"fields": ["last_reviewed", "next_review_due", "reviewed_by"]}),
    ]

    class Media:
        # django-markdownx's script named after ours, so that the writing help's runs first and
        # the first previews already know the page's title (static/js/writing-help.js).
        js = [
            "js/summary-counter.js", "js/date-names.js", "js/writing-help.js",
            f"markdownx/js/markdownx{minified}.js",
        ]

    @admin.display(description="Clinical review", ordering="next_review_due")
    def review(self, condition):
        due = date_format(condition.next_review_due)
        return f"{condition.review_status.label} (due {due})"

    @admin.display(description="Page")
    def page_link(self, condition):
        # Staff see drafts and scheduled pages on the site itself, with a banner.
        label = "View" if condition.is_live else "Preview"
        return format_html(
            '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
            condition.get_absolute_url(), label, condition.title,
        )

    def related_history(self, pk):
        return RelatedHistory(pk)

    def get_actions(self, request):
        # Deleting goes through one page at a time, whose confirmation says what readers lose.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        condition = self.get_object(request, unquote(object_id))
        if condition is not None:
            extra_context = {**(extra_context or {}), "reader_losses": reader_losses(condition)}
        return super().delete_view(request, object_id, extra_context)

    def recover_related(self, request, condition):
        """Its references were deleted with it; its links to warning signs went without the
        signs' histories hearing of it, so they are not put back."""
        existing = Reference.objects.values("pk")
        records = Reference.history.filter(condition_id=condition.pk, history_type="-").exclude(
            id__in=existing
        )
        restored = set()
        for record in records.order_by("-history_date"):
            if record.id not in restored:
                restored.add(record.id)
                reference = record.instance
                reference._history_user = request.user
                reference.save()
        self.message_user(
            request,
            "Its warning signs are not linked again: add them under “Warning signs that point "
            "to this condition” below.",
        )


@admin.register(WarningSign)
class WarningSignAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    list_display = ["sign", "how_urgent", "source_title", "order", "is_active"]
    # "Active" is not editable in the list: switching off a serious sign needs the change
    # form, which asks first.
    list_editable = ["order"]
    list_filter = ["tier", "is_active"]
    search_fields = ["sign", "why_it_matters"]
    # A handful of conditions: plain tick boxes, which screen readers handle well (Django's
    # two-box selector breaks the "aria-prohibited-attr" rule).
    formfield_overrides = {
        **EditorialAdmin.formfield_overrides,
        models.ManyToManyField: {"widget": CheckboxSelectMultiple},
    }
    ordering = [most_urgent_first("tier_id").asc(), "order"]
    recoverable = True

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and "_confirm_switch_off" not in request.POST:
            sign = self.get_object(request, unquote(object_id))
            if sign is not None and self.switches_off_a_serious_sign(request, sign):
                return self.switch_off_confirmation(request, sign)
        return super().changeform_view(request, object_id, form_url, extra_context)

    @staticmethod
    def switches_off_a_serious_sign(request, sign):
        serious = sign.tier_id in {Tier.EMERGENCY, Tier.URGENT}
        # An unticked box is left out of the form's data.
        return serious and sign.is_active and "is_active" not in request.POST

    def switch_off_confirmation(self, request, sign):
        """Ask before readers lose an emergency or urgent sign; the answer posts the form again."""
        context = {
            **self.admin_site.each_context(request),
            "title": "Switch off this warning sign?",
            "opts": self.opts,
            "object": sign,
            "advice": sign.tier,
            "conditions": sign.conditions.published(),
            # Everything the editor typed, sent again unchanged with the confirmation.
            "fields": [
                (name, value)
                for name, values in request.POST.lists()
                if name != "csrfmiddlewaretoken"
                for value in values
            ],
        }
        return TemplateResponse(
            request, "admin/conditions/warningsign/confirm_switch_off.html", context
        )

    @admin.display(description="How urgent", ordering=most_urgent_first("tier_id"))
    def how_urgent(self, sign):
        return sign.tier

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "tier":
            kwargs["queryset"] = CareAdvice.objects.order_by(most_urgent_first("tier"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(CareAdvice)
class CareAdviceAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    list_display = ["__str__", "heading", "action_label", "source_title"]
    # Also the order of the warning-sign list's "How urgent" filter.
    ordering = [most_urgent_first("tier")]
    search_fields = ["heading", "what_to_do", "meanwhile"]

    def has_add_permission(self, request):
        # One per level of urgency, made with the site: new advice would be live at once.
        return False

    def has_delete_permission(self, request, obj=None):
        return False


