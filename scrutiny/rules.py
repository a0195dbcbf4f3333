"""Object-level permissions on committees' papers (django-rules, found by its autodiscovery)."""

import rules

from . import access


@rules.predicate
def reads_every_exempt_paper(user):
    return access.reads_every_exempt_paper(user)


@rules.predicate
def sits_on(user, committee):
    return committee is not None and committee.pk in access.committee_ids(user)


# A member of one committee does not read another committee's exempt papers.
rules.add_perm("meetings.read_exempt_papers_of", reads_every_exempt_paper | sits_on)
