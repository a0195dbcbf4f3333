"""The one base for the site's forms: GOV.UK markup from crispy-forms-gds, small labels and legends."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Layout, Size
from django import forms


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
