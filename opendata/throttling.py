from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from scrutiny.clients import client_address


class OpenDataRateThrottle(SimpleRateThrottle):
    """So many requests a minute from each address (REST_FRAMEWORK's DEFAULT_THROTTLE_RATES["opendata"]);
    past it, 429 with the seconds to wait. Nobody signs in to the API, so every caller is counted alike."""

    scope = "opendata"

    def get_rate(self):
        # Read at each request, not when the module was imported, so a changed setting takes effect.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view):
        # Clients are told apart as on the public forms (behind the council's proxies too).
        return self.cache_format % {"scope": self.scope, "ident": client_address(request)}
