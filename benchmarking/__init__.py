"""Benchmarks on generated data: `manage.py generate_data` (synthetic.py) and `manage.py benchmark`
(harness.py, under scrutiny.settings.benchmark, whose addresses are urls.py). Above every app it measures:
no app imports it. The shell scripts that drive it, `make benchmark` and `make loadtest`, are benchmarks/."""
