"""The People list in windows: every window is the same slice of the whole list, read from whichever end is nearer."""

from __future__ import annotations

from desktop.core import people


def test_every_window_is_its_slice_of_the_whole_list(db: object) -> None:
    for number in range(23):
        people.create_person({"name": f"Person {number:02d}", "company": "Acme GmbH" if number % 3 else None})
    people.create_person({"name": "Person 05"})  # a name twice: the id keeps them in order
    whole = people.list_people()
    assert [row.name for row in whole][:7] == [
        "Person 00", "Person 01", "Person 02", "Person 03", "Person 04", "Person 05", "Person 05",
    ]  # fmt: skip
    for limit in (1, 5, 7, 24, 30):
        for offset in range(0, 27):
            assert people.list_people(offset=offset, limit=limit) == whole[offset : offset + limit], (offset, limit)
