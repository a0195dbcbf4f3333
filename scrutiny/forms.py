"""The one base for the site's forms: GOV.UK markup from crispy-forms-gds, small labels and legends."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Layout, Size
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator

# The largest id a row can have (a 64-bit integer), in the databases the site runs on.
LARGEST_ID = 2**63 - 1


class GovUKForm(forms.Form):
    """Renders with crispy-forms-gds; the page supplies the <form> tag and the error summary."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        # Sizes reach the templates converted only through a layout, so every form has one.
        self.helper.layout = Layout(*self.fields)
        self.helper.label_size = Size.SMALL
        self.helper.legend_size = Size.SMALL


class ModelIdsField(forms.ModelMultipleChoiceField):
    """Rows chosen by id (ticked boxes). An id beyond the database's integers is no row's, and refused as one:
    Django guards the lookup of one such id, not of several at once, which SQLite cannot even run."""

    def _check_values(self, value):
        for chosen in value if isinstance(value, list | tuple) else []:
            digits = str(chosen).strip().lstrip("+-").lstrip("0")
            # Python will not read an integer of thousands of digits: its length says it is too large.
            if digits.isdigit() and (len(digits) > len(str(LARGEST_ID)) or int(digits) > LARGEST_ID):
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": chosen}
                )
        return super()._check_values(value)


class UsernameWithinLimit:
    """For a sign-in form: Django's AuthenticationForm gives its username field a max_length but never checks
    it, and a longer username went on to the lock-out's record of failures (django-axes keeps 255 characters):
    a server error on PostgreSQL."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = self.fields["username"].max_length
        message = f"Enter a username of {limit} characters or fewer"
        self.fields["username"].validators.append(MaxLengthValidator(limit, message=message))
