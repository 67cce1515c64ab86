from django import forms

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
