from django import forms

from conditions.models import Tier

NOTHING_CHOSEN = "Select the warning signs you have, or select “None of these”"
NONE_WITH_SIGNS = "Select “None of these” only if you have none of the warning signs"
UNKNOWN_SIGN = (
    "One of your answers is not on this list any more. Check your answers and try again"
)


class ChecklistForm(forms.Form):
    """The reader's answers. Choices come from signs the view has already loaded."""

    signs = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox__input"}),
        error_messages={"invalid_choice": UNKNOWN_SIGN, "invalid_list": UNKNOWN_SIGN},
    )
    none = forms.BooleanField(
        required=False,
        label="None of these",
        widget=forms.CheckboxInput(attrs={"class": "checkbox__input"}),
    )

    def __init__(self, *args, warning_signs, **kwargs):
        super().__init__(*args, **kwargs)
        self.warning_signs = {str(flag.pk): flag for flag in warning_signs}
        self.fields["signs"].choices = [(pk, flag.sign) for pk, flag in self.warning_signs.items()]

    def clean(self):
        cleaned = super().clean()
        signs, none = cleaned.get("signs"), cleaned.get("none")
        if "signs" in self.errors:
            return cleaned
        if not signs and not none:
            self.add_error("signs", NOTHING_CHOSEN)
        elif signs and none:
            self.add_error("signs", NONE_WITH_SIGNS)
        return cleaned

    def ticked(self):
        """The ticked warning signs, most urgent first, in the order they were offered."""
        chosen = set(self.cleaned_data["signs"])
        return [flag for pk, flag in self.warning_signs.items() if pk in chosen]


EXPLORER_NOTHING_CHOSEN = "Select where it hurts, or what it is like, or both"


class ExplorerForm(forms.Form):
    """Where it hurts and what it is like. Choices come from rows the view has loaded."""

    areas = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox__input"}),
        error_messages={"invalid_choice": UNKNOWN_SIGN, "invalid_list": UNKNOWN_SIGN},
    )
    factors = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "checkbox__input"}),
        error_messages={"invalid_choice": UNKNOWN_SIGN, "invalid_list": UNKNOWN_SIGN},
    )

    def __init__(self, *args, areas, factors, **kwargs):
        super().__init__(*args, **kwargs)
        # A new area or factor is hidden until a clinical reviewer approves it: not offered,
        # and refused if sent.
        self.areas = {str(area.pk): area for area in areas if area.is_active}
        self.factors = {str(factor.pk): factor for factor in factors if factor.is_active}
        self.fields["areas"].choices = [(pk, area.name) for pk, area in self.areas.items()]
        self.fields["factors"].choices = [(pk, f.name) for pk, f in self.factors.items()]

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("areas") and not cleaned.get("factors"):
            self.add_error("areas", EXPLORER_NOTHING_CHOSEN)
        return cleaned

    def chosen_areas(self):
        return [self.areas[pk] for pk in self.areas if pk in self.cleaned_data["areas"]]

    def chosen_factors(self):
        return [self.factors[pk] for pk in self.factors if pk in self.cleaned_data["factors"]]

    def warning_signs(self):
        """The active warning signs among the chosen factors, most urgent first."""
        signs = {
            factor.warning_sign.pk: factor.warning_sign
            for factor in self.chosen_factors()
            if factor.warning_sign and factor.warning_sign.is_active
        }
        return sorted(
            signs.values(),
            key=lambda sign: (Tier.values.index(sign.tier_id), sign.order, sign.pk),
        )


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=200,
        strip=True,
        error_messages={"max_length": "Search for fewer words: at most 200 letters"},
    )
