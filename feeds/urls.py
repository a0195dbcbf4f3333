from django.urls import path

from . import syndication, views

# Each feed for every committee at the root, and for one committee under its page.
FEEDS = [
    ("agendas.rss", syndication.AgendaFeed, "agendas-rss"),
    ("agendas.atom", syndication.AgendaAtomFeed, "agendas-atom"),
    ("minutes.rss", syndication.MinutesFeed, "minutes-rss"),
    ("minutes.atom", syndication.MinutesAtomFeed, "minutes-atom"),
    ("decisions.rss", syndication.DecisionFeed, "decisions-rss"),
    ("decisions.atom", syndication.DecisionAtomFeed, "decisions-atom"),
]

urlpatterns = [
    path("meetings.ics", views.all_meetings_calendar, name="calendar-all"),
    path("committees/<slug:slug>/meetings.ics", views.committee_calendar, name="calendar-committee"),
    path("meetings/<int:pk>/meeting.ics", views.meeting_calendar, name="calendar-meeting"),
    path("committees/<slug:slug>/alerts/", views.subscribe, name="alert-subscribe"),
    path("alerts/confirm/<str:token>/", views.confirm, name="alert-confirm"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alert-unsubscribe"),
]
urlpatterns += [path(route, feed(), name=f"feed-{name}") for route, feed, name in FEEDS]
urlpatterns += [
    path(f"committees/<slug:slug>/{route}", feed(), name=f"committee-feed-{name}")
    for route, feed, name in FEEDS
]
