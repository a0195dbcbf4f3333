"""The one base for the site's forms: GOV.UK markup from crispy-forms-gds, small labels and legends."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Layout, Size
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator

# The largest id a row can have (a 64-bit integer), in the databases the site runs on.
LARGEST_ID = 2**63 - 1
# Free text a field takes when it gives no bound of its own (forms bound their size): a line, or a box.
LINE_MAX_LENGTH = 500
TEXT_MAX_LENGTH = 10_000


def bound_text_fields(form: forms.Form, *, most: int | None = None, by_name: bool = False) -> None:
    """Bound each text field of `form`: to `most` characters when given (what a search box takes), else,
    where a field has no bound of its own, to a line's or a box's. Going past it is refused with a message
    naming the field (by its label, or by its name for an API's parameters), unless the field has its own."""
    for name, field in form.fields.items():
        if not isinstance(field, forms.CharField):
            continue
        limit = field.max_length
        if most is not None and (limit is None or limit > most):
            limit = most
        elif limit is None:
            limit = TEXT_MAX_LENGTH if isinstance(field.widget, forms.Textarea) else LINE_MAX_LENGTH
        if limit != field.max_length:
            field.max_length = limit
            others = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
            field.validators = [*others, MaxLengthValidator(limit)]
        what = name if by_name else field.label or name
        field.error_messages.setdefault("max_length", f"‘{what}’ must be {limit:,} characters or fewer")


class GovUKForm(forms.Form):
    """Renders with crispy-forms-gds; the page supplies the <form> tag and the error summary. Its text fields
    are bounded (bound_text_fields)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bound_text_fields(self)
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
