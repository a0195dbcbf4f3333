"""Responses no cache may keep: whatever a signed-in user is sent (a member's meeting page with its exempt
papers, the trackers' exports, search results, an action's page), and the pages of the public that show their
own personal data (their email address on an alert's confirmation). Such a response is
`Cache-Control: private, no-store`: neither a shared cache nor the browser keeps it. Anonymous public pages
are left as they are. A view may still send something stricter of its own (Django's never_cache, say)."""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control


def make_private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def private_response(view):
    """For a view whose page holds what its visitor gave (an email address), signed in or not."""

    @wraps(view)
    def private_view(request, *args, **kwargs):
        return make_private(view(request, *args, **kwargs))

    return private_view


class PrivateResponseMiddleware:
    """A request that carries a session cookie (every signed-in request does) gets a private response. The
    cookie is enough to tell, without reading the session or the user from the database for pages (the API,
    a feed) that would not otherwise read them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            make_private(response)
        return response
