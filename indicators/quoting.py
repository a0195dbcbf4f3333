"""How a message quotes what someone typed or a file held: on one line (a cell may hold line breaks, and the
import command prints one problem a line), and cut short, since a cell can be of any length."""

from django.utils.text import Truncator

QUOTED_CHARACTERS = 60


def quoted(text) -> str:
    return f'"{Truncator(" ".join(str(text).split())).chars(QUOTED_CHARACTERS)}"'
