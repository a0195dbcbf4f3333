"""The one base for the site's forms: GOV.UK markup from crispy-forms-gds, small labels and legends."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms


class GovUKForm(forms.Form):
    """Renders with crispy-forms-gds; the page supplies the <form> tag and the error summary."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.label_size = Size.for_label(Size.SMALL)
        self.helper.legend_size = Size.for_legend(Size.SMALL)
