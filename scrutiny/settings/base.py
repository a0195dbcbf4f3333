"""Settings shared by every environment. Values a deployment changes come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tables2",
    "django_filters",
    "crispy_forms",
    "crispy_forms_gds",
    "simple_history",
    "rules.apps.AutodiscoverRulesConfig",
    "scrutiny",
    "meetings",
    "followup",
    "indicators",
    "papers",
    "feeds",
    "participation",
    "search",
    "opendata",
    "archive",
    # Above every app: nothing imports them.
    "benchmarking",
    "backup",
    "demo",
    "rest_framework",
    "drf_spectacular",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Signed out after SESSION_IDLE_HOURS without a request, or SESSION_MAX_DAYS after signing in; before
    # django-otp's, which then finds the user signed out.
    "scrutiny.session_timeouts.SessionTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # A user with an authenticator app gives its code before anything else (scrutiny/second_factor.py).
    "scrutiny.second_factor.SecondFactorMiddleware",
    # Whatever a signed-in user is sent is kept by no cache (scrutiny/private_responses.py).
    "scrutiny.private_responses.PrivateResponseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a sign-in refused by the lock-out into the "locked out" page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first, so a locked-out sign-in is refused before any password is checked; then django-rules:
# object-level rules (a member's own committees, an officer's own actions).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "scrutiny.urls"
WSGI_APPLICATION = "scrutiny.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "scrutiny.context_processors.council",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# Each web worker keeps its connection for this many seconds rather than opening one a request (checked
# before it is reused, so a database restart costs no request an error).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database serves several requests at once: a writer takes the lock when its transaction
    # starts and others wait for it (up to 20 s), instead of failing mid-way with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
else:
    # The pages' queries are short: PostgreSQL's JIT compiler, which the planner starts on their (high) cost
    # estimates, took longer than the queries themselves (60 ms of a 110 ms tracker query). And the database
    # is on SSD or in memory: with the default random_page_cost of 4 (a spinning disk) the planner preferred
    # rechecking 36,000 texts to following an index to 2,500 (90 ms against 7 on the filtered resolutions).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off -c random_page_cost=1.1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Where `collectstatic` puts the hashed, compressed copies the app serves (WhiteNoise) in production.
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
# static/build/ holds the compiled theme and the GOV.UK Frontend script, made by `npm run build`.
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
MEDIA_URL = "/media-not-served/"  # documents are served only through a permission check
# What the service writes is readable by its own user and group only, never by other accounts on the server:
# papers may be exempt and hold personal data. FILE_UPLOAD_* give the modes of what is saved through the
# storage API (uploaded papers and attachments, agenda packs, restored files); the umask those of everything
# else a process that loads these settings creates (manage.py, gunicorn's and Celery's workers): the embedded
# SQLite database, collected static files.
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750
os.umask(0o027)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "scrutiny.storage.StaticStorage"},
}
# S3-compatible storage for documents is a setting: install the "s3" extra and set the bucket.
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="democratic.services@example.gov.uk")

LOGIN_URL = "sign-in"
LOGIN_REDIRECT_URL = "my-home"
LOGOUT_REDIRECT_URL = "home"
# A link to set a password (an invitation, or a reset asked for) works once, for this many days.
PASSWORD_RESET_TIMEOUT = env.int("PASSWORD_LINK_DAYS", default=3) * 24 * 60 * 60
# Asking for a password reset: requests one address may make (the email goes only to a known address, but
# each one asked for is an email sent).
PASSWORD_RESET_RATE_LIMIT = env("PASSWORD_RESET_RATE_LIMIT", default="5/h")
# Sessions end after SESSION_IDLE_HOURS without a request (a working day), and SESSION_MAX_DAYS after
# signing in, however busy (scrutiny/session_timeouts.py). The cookie lasts no longer than that either.
SESSION_IDLE_SECONDS = int(env.float("SESSION_IDLE_HOURS", default=8) * 60 * 60)
SESSION_MAX_SECONDS = int(env.float("SESSION_MAX_DAYS", default=7) * 24 * 60 * 60)
SESSION_COOKIE_AGE = SESSION_MAX_SECONDS
# The second factor (django-otp): an authenticator app's six-digit codes (TOTP). Anyone signed in may add
# one; with this on, Democratic Services must, before they use the admin or any page (on in production).
DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR = env.bool(
    "DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR", default=True
)
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # nobody reads another's secret key in the admin, superusers included
# Where the site is served: links in emails point here.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# Optional sign-in with the council's own accounts (Microsoft Entra ID or any OpenID Connect provider).
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID", default="")
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID)
if OIDC_ENABLED:
    from .oidc import provider_settings

    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.insert(2, "scrutiny.oidc.CouncilOIDCBackend")
    vars().update(provider_settings(env))
    # Where a refused council account is told why: a path, as mozilla-django-oidc does not reverse it.
    LOGIN_REDIRECT_URL_FAILURE = "/sign-in/"

# Content Security Policy: scripts, styles, images and fonts from the site itself only, never inline, and no
# page may be framed. Every environment enforces it, so the browser tests fail on anything it blocks.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # data: for the admin's and GOV.UK Frontend's small inline icons
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Sign-in lock-out (django-axes): after SIGN_IN_FAILURE_LIMIT wrong passwords for one username from one
# address, that username is locked out from that address for SIGN_IN_LOCKOUT_MINUTES (counted from the
# failure that locked it; trying again meanwhile does not extend it). Username and address together, so
# nobody can lock a councillor out everywhere by guessing from elsewhere, and colleagues behind the
# council's one address are not locked out with them. Democratic Services may unlock sooner in the admin.
AXES_FAILURE_LIMIT = env.int("SIGN_IN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("SIGN_IN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True  # a correct password forgets the earlier mistakes
AXES_CLIENT_IP_CALLABLE = "scrutiny.clients.client_ip"  # the address the rate limits count, as an IP
AXES_LOCKOUT_CALLABLE = "scrutiny.lockout.locked_out"
AXES_WHITELIST_CALLABLE = "scrutiny.lockout.without_a_username"
AXES_DISABLE_ACCESS_LOG = True  # failures are kept (to lock out); a log of every sign-in is not needed
AXES_VERBOSE = False  # no banner on every manage.py command; lock-outs are still logged
# Sign-in POSTs (site and admin together) one address may make, whatever the usernames: slows guessing one
# password against many usernames. Generous, because a council's offices share one address.
SIGN_IN_RATE_LIMIT = env("SIGN_IN_RATE_LIMIT", default="60/h")

# Work that takes seconds (email, agenda packs, text extraction) runs on Celery workers fed through Redis.
# Without a broker (the embedded demo, the tests) tasks run inline, in the request that queued them.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = "Europe/London"

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
DJANGO_TABLES2_TEMPLATE = "django_tables2/govuk.html"
DJANGO_TABLES2_TABLE_ATTRS = {"class": "govuk-table"}

# The council running this instance. Each rule below is the law's default; a council may change it.
COUNCIL_NAME = env("COUNCIL_NAME", default="Leicestershire County Council")
OTP_TOTP_ISSUER = f"{COUNCIL_NAME} committees"  # how authenticator apps name the site's codes
# LGA 1972 s.100B: agendas open to the public at least five clear days before the meeting.
PUBLICATION_CLEAR_DAYS = env.int("PUBLICATION_CLEAR_DAYS", default=5)
# Count clear days as working days (no weekends or bank holidays), as most councils do.
PUBLICATION_COUNTS_WORKING_DAYS = env.bool("PUBLICATION_COUNTS_WORKING_DAYS", default=True)
# Bank holidays of this part of the UK (python-holidays subdivision: ENG covers England and Wales).
BANK_HOLIDAY_REGION = env("BANK_HOLIDAY_REGION", default="ENG")
# Extra days the council's offices are closed, as ISO dates (for example between Christmas and New Year): the
# first value of the closure days Democratic Services keep in the admin (scrutiny migration 0005 copies them).
COUNCIL_CLOSURE_DAYS = env.list("COUNCIL_CLOSURE_DAYS", default=[])
# The municipal year starts on this month and day (the annual council meeting is in May).
MUNICIPAL_YEAR_START = (
    env.int("MUNICIPAL_YEAR_START_MONTH", default=5),
    env.int("MUNICIPAL_YEAR_START_DAY", default=1),
)

# Follow-up of actions. A new action is due this many working days before the committee's next meeting,
# so its answer can go into that meeting's agenda; with no next meeting, this many working days after it.
ACTION_DUE_WORKING_DAYS_BEFORE_MEETING = env.int("ACTION_DUE_WORKING_DAYS_BEFORE_MEETING", default=10)
ACTION_DUE_WORKING_DAYS_WITHOUT_MEETING = env.int("ACTION_DUE_WORKING_DAYS_WITHOUT_MEETING", default=20)
# Owners are reminded this many working days before an action is due.
ACTION_REMINDER_WORKING_DAYS = env.int("ACTION_REMINDER_WORKING_DAYS", default=3)
# Local Government Act 2000 s.9FE: the executive responds to scrutiny recommendations within two months.
EXECUTIVE_RESPONSE_MONTHS = env.int("EXECUTIVE_RESPONSE_MONTHS", default=2)
# Responses' attachments: the largest file accepted, in megabytes.
ATTACHMENT_MAX_MEGABYTES = env.int("ATTACHMENT_MAX_MEGABYTES", default=20)
# Papers Democratic Services upload to an agenda (a report with its appendices can run to hundreds of pages).
DOCUMENT_MAX_MEGABYTES = env.int("DOCUMENT_MAX_MEGABYTES", default=50)
SIMPLE_HISTORY_REVERT_DISABLED = True  # history is the audit trail: read it, never roll back through it

# Performance indicators. A target missed by no more than this is Amber (relative: a percentage of the
# target; absolute: in the indicator's units); an indicator's own target may say otherwise.
RAG_TOLERANCE_KIND = env("RAG_TOLERANCE_KIND", default="relative")
RAG_TOLERANCE = env.float("RAG_TOLERANCE", default=10)
# House style: numbers up to this are written in words in the reports' sentences ("three are in the top …").
NUMBER_WORDS_UP_TO = env.int("NUMBER_WORDS_UP_TO", default=9)
# The council's area as the reports name it: "Leicestershire continues to be placed in the top quartile".
COUNCIL_AREA_NAME = env("COUNCIL_AREA_NAME", default="Leicestershire")
# A figure further than this many robust deviations from the indicator's own history asks for a comment.
OUTLIER_DEVIATIONS = env.float("OUTLIER_DEVIATIONS", default=3.5)
# A figure missing for a period that ended within this many months is still asked of its officer
# (indicators/due.py); the latest period to have ended always is.
FIGURES_DUE_MONTHS = env.int("FIGURES_DUE_MONTHS", default=12)
# The rows a spreadsheet of figures uploaded through the site may have under its heading row (the command
# import_dashboard takes any number).
FIGURE_UPLOAD_MAX_ROWS = env.int("FIGURE_UPLOAD_MAX_ROWS", default=10_000)

# Public participation. A question for Question Time must leave this many clear working days before its
# meeting (counted as agenda publication counts them: the day sent and the meeting day do not count).
QUESTION_DEADLINE_CLEAR_WORKING_DAYS = env.int("QUESTION_DEADLINE_CLEAR_WORKING_DAYS", default=3)
# Confirmed signatures at which a petition is debated; Democratic Services are told once when it gets there.
# A committee's quorum: this share of its voting members, and never fewer than the minimum (committee types
# may set their own).
QUORUM_FRACTION = env.float("QUORUM_FRACTION", default=0.25)
QUORUM_MINIMUM = env.int("QUORUM_MINIMUM", default=3)
# The draft minutes sent to the Chair before they are published: how many days the link works.
MINUTES_PREVIEW_DAYS = env.int("MINUTES_PREVIEW_DAYS", default=7)
# Reports commissioned from officers: the draft and the final due so many working days before the agenda's
# publication deadline.
REPORT_DRAFT_WORKING_DAYS = env.int("REPORT_DRAFT_WORKING_DAYS", default=10)
REPORT_FINAL_WORKING_DAYS = env.int("REPORT_FINAL_WORKING_DAYS", default=3)
PETITION_DEBATE_THRESHOLD = env.int("PETITION_DEBATE_THRESHOLD", default=1500)
# A published petition can be signed for this many months, unless Democratic Services set its closing date.
PETITION_OPEN_MONTHS = env.int("PETITION_OPEN_MONTHS", default=6)
# Public forms take this many submissions from one IP address ("5/h": five an hour; s, m, h or d), so one
# source cannot flood Democratic Services. Signing allows more: a street or a library may share an address.
PARTICIPATION_RATE_LIMITS = {
    "question": env("QUESTION_RATE_LIMIT", default="5/h"),
    "petition": env("PETITION_RATE_LIMIT", default="5/h"),
    "signature": env("SIGNATURE_RATE_LIMIT", default="30/h"),
    "confirmation": env("SIGNATURE_CONFIRMATION_RATE_LIMIT", default="60/h"),
}
# Behind the council's own proxies the client's address is read from X-Forwarded-For, that many from the end.
RATE_LIMIT_TRUSTED_PROXIES = env.int("RATE_LIMIT_TRUSTED_PROXIES", default=0)
# If the cache is unreachable, let residents through rather than refuse everyone (the honeypot still works).
RATELIMIT_FAIL_OPEN = True
# Rate limits count in the default cache, which every web worker must share: Redis (CACHE_URL) in production.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

# Email alerts from a committee: subscription requests taken from one IP address ("10/h": ten an hour).
ALERT_SUBSCRIPTIONS_RATE = env("ALERT_SUBSCRIPTIONS_RATE", default="10/h")

# The open data API (opendata/): anonymous and read-only, the same published, non-exempt data for everybody.
# Nobody signs in to it, so no authentication (and no CSRF); anything but GET, HEAD or OPTIONS is 405.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["opendata.permissions.ReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "opendata.pagination.OpenDataPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["opendata.throttling.OpenDataRateThrottle"],
    # Requests a client (by IP address) may make, e.g. "120/minute"; past it, 429 with Retry-After.
    "DEFAULT_THROTTLE_RATES": {"opendata": env("OPEN_DATA_RATE", default="120/minute")},
    # Figures as JSON numbers, not strings.
    "COERCE_DECIMAL_TO_STRING": False,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": f"{COUNCIL_NAME} committees: open data API",
    "DESCRIPTION": "The committees' public record, read-only and without signing in: committees and their "
    "members, meetings, agendas, papers, minutes, resolutions, actions, recommendations and performance "
    "figures. Exempt information (Schedule 12A of the Local Government Act 1972) and unpublished material "
    "are never included.",
    "VERSION": "1.0.0",
    "SERVE_URLCONF": "opendata.urls",  # the API's addresses only, not the site's pages
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    # Several models have a "kind" or "status" of their own: each choice set gets its own name.
    "ENUM_NAME_OVERRIDES": {
        "PersonKindEnum": "scrutiny.models.Person.Kind",
        "AgendaItemKindEnum": "meetings.models.AgendaItem.Kind",
        "DocumentKindEnum": "meetings.models.Document.Kind",
        "ResolutionKindEnum": "meetings.models.Resolution.Kind",
        "ActionResponseKindEnum": "followup.models.ActionResponse.Kind",
        "MeetingStatusEnum": "meetings.models.Meeting.Status",
        "ActionStatusEnum": "followup.models.Action.Status",
        "PeriodTypeEnum": "indicators.periods.PeriodType",
    },
}

# Agenda packs: a page "This page is intentionally left blank" makes each item start on an odd page, so a
# printed pack opens every item on a right-hand page.
PACK_PAD_TO_ODD_PAGES = env.bool("PACK_PAD_TO_ODD_PAGES", default=True)
