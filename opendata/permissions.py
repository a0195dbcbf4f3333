from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOnly(BasePermission):
    """Open data is read by anyone and written by nobody: any method but GET, HEAD and OPTIONS is refused
    as not allowed (405), whoever asks, before anything else is looked at."""

    def has_permission(self, request, view):
        if request.method not in SAFE_METHODS:
            raise MethodNotAllowed(request.method)
        return True
