"""The demo: `manage.py load_demo` loads the Children and Families Overview and Scrutiny Committee from its
real papers (meetings.py and its data, meetings_data.py), the follow-up arising (followup.py), the quarterly
dashboards (indicators.py, from dashboards/), a petition (participation.py) and a sign-in for each role. Above
every app it loads: no app imports it."""
