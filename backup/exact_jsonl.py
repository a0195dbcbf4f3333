"""Django's JSON Lines format ("jsonl"), with times to the microsecond and in plain ASCII.

Django's JSON encoder cuts times to milliseconds (for JavaScript's sake), so history rows and timestamps
would come back changed; and ASCII reads the same whatever the locale of the process that wrote it.
Django's own jsonl deserializer reads these files, so `manage.py loaddata` loads them as they are."""

import datetime

from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder

NAME = "jsonl-exact"  # the format's name for dumpdata


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(jsonl.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs.update(cls=ExactEncoder, ensure_ascii=True)


Deserializer = jsonl.Deserializer
