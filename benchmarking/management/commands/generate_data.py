"""manage.py generate_data --scale large|small: a realistic synthetic data set for benchmarks."""

from django.core.management.base import BaseCommand

from benchmarking.synthetic import Scale, analyse, generate
from scrutiny.models import Committee


class Command(BaseCommand):
    help = (
        "Generate a synthetic data set shaped like the seed papers: 'large' is 40 committees over 15 "
        "municipal years (about 100,000 agenda items, 150,000 resolutions, 30,000 actions with responses, "
        "500 indicators with 500,000 figures, and their documents); 'small' is a few committees to compare."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=["large", "small", "tiny"], default="small")
        parser.add_argument("--seed", type=int, default=2024)
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Generate nothing if the database holds committees already.",
        )

    def handle(self, *args, scale, seed, if_empty=False, **options):
        if if_empty and Committee.objects.exists():
            self.stdout.write("The database holds a data set already: nothing generated.")
            return
        generated = generate(Scale.named(scale), seed=seed)
        analyse()  # outside generate's transaction: VACUUM cannot run in one
        for model, count in generated.counts.items():
            self.stdout.write(f"{model}: {count:,}")
        self.stdout.write(self.style.SUCCESS(f"Generated in {generated.seconds:.0f} s."))
