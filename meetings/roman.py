"""Discussion points in minutes are numbered in lower-case Roman numerals: (i), (ii), (iii) …"""

_NUMERALS = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def to_roman(number: int) -> str:
    if number < 1:
        raise ValueError("Roman numerals start at 1")
    result = []
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value)
        result.append(numeral * count)
    return "".join(result)
